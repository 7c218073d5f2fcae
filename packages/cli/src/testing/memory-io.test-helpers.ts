import { Writable } from 'node:stream';
import type { CliIo, InterruptSignal } from '../cli-io';

export interface MemoryIo {
  readonly io: CliIo;
  stdout(): string;
  stderr(): string;
  /** The interrupt listeners subscribed now. */
  readonly listeners: ReadonlySet<(signal: InterruptSignal) => void>;
}

/** An in-memory CliIo for in-process `runCli` tests; `onStdout` sees each chunk (and may raise an interrupt). */
export function memoryIo(env: Record<string, string> = {}, onStdout?: (chunk: string, interrupt: () => void) => void): MemoryIo {
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
        onStdout?.(chunk.toString(), interrupt);
        done();
      },
    }),
    stderr: new Writable({
      write(chunk: Buffer, _encoding, done) {
        stderr += chunk.toString();
        done();
      },
    }),
    env,
    cwd: process.cwd(),
    onInterrupt(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { io, stdout: () => stdout, stderr: () => stderr, listeners };
}
