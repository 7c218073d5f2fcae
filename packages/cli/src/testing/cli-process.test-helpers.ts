import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { statSync, watch } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = fileURLToPath(new URL('../bin.ts', import.meta.url));
// One process (no tsx wrapper), so signals reach the CLI itself; measured faster than the tsx binary.
const tsxLoader = pathToFileURL(`${repoRoot}node_modules/tsx/dist/loader.mjs`).href;

export interface CliProcessResult {
  readonly code: number | null;
  /** The signal that ended the process, when one did. */
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  /** Variables on top of a clean environment (PATH only): nothing leaks in from the developer's shell. */
  readonly env?: Readonly<Record<string, string>> | undefined;
  readonly cwd?: string | undefined;
}

/** A running `psagate` process. */
export interface CliProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with stdout once it matches `pattern` (rejects if the process ends first). */
  waitForStdout(pattern: RegExp): Promise<RegExpMatchArray>;
  readonly exited: Promise<CliProcessResult>;
}

export function startPsagate(args: readonly string[], options: SpawnOptions = {}): CliProcess {
  const child = spawn(process.execPath, ['--conditions=@psagate/source', '--import', tsxLoader, bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'close').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, stdout, stderr }));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitForStdout: (pattern) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = stdout.match(pattern);
          if (match) {
            child.stdout?.off('data', check);
            resolve(match);
          }
        };
        child.stdout?.on('data', check);
        check();
        void exited.then(() => reject(new Error(`psagate ended before printing ${String(pattern)}:\n${stdout}\n${stderr}`)));
      }),
  };
}

/** Runs `psagate args…` to the end. */
export function runPsagate(args: readonly string[], options: SpawnOptions = {}): Promise<CliProcessResult> {
  return startPsagate(args, options).exited;
}

/**
 * Resolves once the file at `path` holds at least `bytes` bytes. Woken by changes in the file's
 * folder rather than by polling (a real process cannot share fake timers); rejects if `running` ends first.
 */
export function waitForFileSize(running: CliProcess, path: string, bytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const watcher = watch(dirname(path));
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      watcher.close();
      if (error) reject(error);
      else resolve();
    };
    const check = (): void => {
      if (sizeOf(path) >= bytes) settle();
    };
    watcher.on('change', check).on('error', settle);
    check();
    void running.exited.then(() => settle(new Error(`psagate ended before ${path} reached ${bytes} bytes:\n${running.stderr()}`)));
  });
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
