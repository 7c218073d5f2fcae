/**
 * Watches everything a test process prints (stdout, stderr and the console) for canary secrets:
 * values tests configure as fake credentials, recognisable by the `canary-` prefix they share
 * (`canary-ATERA-legacy-…`). Any canary that reaches the output means a secret would reach a real
 * terminal or log collector.
 */

/** What a canary looks like: `canary-` followed by at least six more characters of a credential. */
export const CANARY_PATTERN = /canary-[A-Za-z0-9][A-Za-z0-9_-]{5,}/i;

type Write = (chunk: unknown, ...rest: unknown[]) => boolean;
type ConsoleMethod = (...args: unknown[]) => void;

export interface OutputTargets {
  readonly stdout: { write: Write };
  readonly stderr: { write: Write };
  readonly console: Partial<Record<'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace', ConsoleMethod>>;
}

export interface OutputGuard {
  /** Where a canary was printed (`stdout`, `console.warn`…) with the line, canary masked; cleared by `take()`. */
  take(): string[];
  /** Puts the original writers back. */
  restore(): void;
}

/**
 * Wraps the writers of `targets` (the process's own by default) so every chunk is checked before it
 * is written. Output is still written: the guard reports, it does not hide.
 */
export function guardOutput(targets: OutputTargets = { stdout: process.stdout as never, stderr: process.stderr as never, console }, pattern = CANARY_PATTERN): OutputGuard {
  const found: string[] = [];
  const check = (where: string, text: string): void => {
    const match = pattern.exec(text);
    if (!match) return;
    const line = text.split('\n').find((candidate) => pattern.test(candidate)) ?? text;
    found.push(`${where}: ${line.replace(new RegExp(pattern.source, 'gi'), 'canary-…').slice(0, 200)}`);
  };
  const restorers: (() => void)[] = [];

  for (const name of ['stdout', 'stderr'] as const) {
    const stream = targets[name];
    const original = stream.write;
    stream.write = function (this: unknown, chunk: unknown, ...rest: unknown[]) {
      check(name, typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
      return original.call(this, chunk, ...rest);
    } as Write;
    restorers.push(() => {
      stream.write = original;
    });
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = targets.console[method];
    if (typeof original !== 'function') continue;
    targets.console[method] = function (this: unknown, ...args: unknown[]) {
      check(`console.${method}`, args.map((arg) => (typeof arg === 'string' ? arg : safeInspect(arg))).join(' '));
      original.apply(this, args);
    };
    restorers.push(() => {
      targets.console[method] = original;
    });
  }

  return {
    take: () => found.splice(0),
    restore: () => {
      for (const restore of restorers.splice(0).reverse()) restore();
    },
  };
}

function safeInspect(value: unknown): string {
  try {
    return value instanceof Error ? `${value.message}\n${value.stack ?? ''}` : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
