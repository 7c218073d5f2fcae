import { Writable } from 'node:stream';
import type { CliIo, InterruptSignal } from '../cli-io';
import { runCli } from '../run-cli';

export interface MemoryIoOptions {
  /** The whole environment the CLI sees: nothing leaks in from the test process or the developer's shell. */
  readonly env?: Readonly<Record<string, string>> | undefined;
  /** Directory that relative `--config` and `--out` paths resolve against (default: the test process's). */
  readonly cwd?: string | undefined;
  /** Sees each stdout chunk as it is written, and may raise an interrupt there and then. */
  readonly onStdout?: ((chunk: string, interrupt: () => void) => void) | undefined;
}

export interface MemoryIo {
  readonly io: CliIo;
  stdout(): string;
  stderr(): string;
  /** Delivers Ctrl-C to the listeners subscribed now, as the real process does with its first SIGINT. */
  interrupt(): void;
  /** The interrupt listeners subscribed now. */
  readonly listeners: ReadonlySet<(signal: InterruptSignal) => void>;
}

/** An in-memory CliIo for in-process `runCli` tests. */
export function memoryIo(options: MemoryIoOptions = {}): MemoryIo {
  const listeners = new Set<(signal: InterruptSignal) => void>();
  const interrupt = (): void => {
    for (const listener of [...listeners]) listener('SIGINT');
  };
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: new Writable({
      write(chunk: Buffer, _encoding, done) {
        stdout += chunk.toString();
        options.onStdout?.(chunk.toString(), interrupt);
        done();
      },
    }),
    stderr: new Writable({
      write(chunk: Buffer, _encoding, done) {
        stderr += chunk.toString();
        done();
      },
    }),
    env: { ...options.env },
    cwd: options.cwd ?? process.cwd(),
    onInterrupt(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { io, stdout: () => stdout, stderr: () => stderr, interrupt, listeners };
}

/** How one in-process command line ended, shaped like a process's: exit status and everything printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command line still running in-process (a sandbox, a server), stopped with `interrupt()`. */
export interface RunningCli extends MemoryIo {
  /** Resolves with the stdout so far once it matches `pattern`; rejects if the command ends first. */
  waitForStdout(pattern: RegExp): Promise<RegExpMatchArray>;
  readonly exited: Promise<CliRun>;
}

/** Starts `psagate args…` in-process on fresh memory IO, without waiting for it to end. */
export function startCliInMemory(args: readonly string[], options: Omit<MemoryIoOptions, 'onStdout'> = {}): RunningCli {
  const waiters = new Set<() => void>();
  const memory = memoryIo({ ...options, onStdout: () => [...waiters].forEach((check) => check()) });
  const exited = runCli(args, memory.io).then((code) => ({ code, stdout: memory.stdout(), stderr: memory.stderr() }));
  return {
    ...memory,
    exited,
    waitForStdout: (pattern) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = memory.stdout().match(pattern);
          if (!match) return;
          waiters.delete(check);
          resolve(match);
        };
        waiters.add(check);
        check();
        void exited.then(
          ({ code }) => reject(new Error(`psagate ended (status ${code}) before printing ${String(pattern)}:\n${memory.stdout()}\n${memory.stderr()}`)),
          reject,
        );
      }),
  };
}

/** Runs `psagate args…` in-process to the end: the in-memory twin of `runPsagate`. */
export function runCliInMemory(args: readonly string[], options: Omit<MemoryIoOptions, 'onStdout'> = {}): Promise<CliRun> {
  return startCliInMemory(args, options).exited;
}
