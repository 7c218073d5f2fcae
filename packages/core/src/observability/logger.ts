import type { Redactor } from '../security/redactor';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

/** The logging port. psagate is silent by default; pass a logger to see what it does. */
export interface PsaLogger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export const silentLogger: PsaLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** A logger that writes one line per entry to the console (stderr for warn and error). */
export function createConsoleLogger(options: { level?: LogLevel } = {}): PsaLogger {
  const minimum = LEVELS.indexOf(options.level ?? 'info');
  const write =
    (level: LogLevel) =>
    (message: string, fields?: LogFields): void => {
      if (LEVELS.indexOf(level) < minimum) return;
      const line = `[psagate] ${level} ${message}${fields && Object.keys(fields).length > 0 ? ` ${stringify(fields)}` : ''}`;
      if (level === 'warn' || level === 'error') console.error(line);
      else process.stdout.write(`${line}\n`);
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** Wraps a logger so no known secret can reach it, whatever a caller passes. */
export function redactingLogger(logger: PsaLogger, redactor: Redactor): PsaLogger {
  const wrap =
    (level: LogLevel) =>
    (message: string, fields?: LogFields): void =>
      logger[level](redactor.redact(message), fields ? redactor.redactDeep({ ...fields }) : undefined);
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}

/** JSON for a log line that never throws: cycles, BigInts and errors are written in a readable form. */
function stringify(fields: LogFields): string {
  const ancestors: object[] = [];
  try {
    return JSON.stringify(fields, function (this: unknown, _key, value: unknown) {
      if (typeof value === 'bigint') return value.toString();
      if (value instanceof Error) return { ...Object.fromEntries(Object.entries(value)), name: value.name, message: value.message };
      if (!value || typeof value !== 'object') return value;
      // `this` is the object holding `value`: drop ancestors we have climbed back out of.
      while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this) ancestors.pop();
      if (ancestors.includes(value)) return '[Circular]';
      ancestors.push(value);
      return value;
    });
  } catch {
    return '[unserialisable fields]';
  }
}
