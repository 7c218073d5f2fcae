import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo, InterruptSignal } from './cli-io';
import { runCli } from './run-cli';

/** An in-memory CliIo; `onStdout` sees each chunk (and may raise an interrupt). */
function memoryIo(env: Record<string, string> = {}, onStdout?: (chunk: string, interrupt: () => void) => void) {
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

describe('runCli embedded in a process', () => {
  it('resolves with the exit status instead of exiting, output going to the given streams', async () => {
    const memory = memoryIo();
    expect(await runCli(['customers', 'list', '--sandbox', '--limit', '2', '--json'], memory.io)).toBe(0);
    expect(JSON.parse(memory.stdout())).toHaveLength(2);
    expect(await runCli(['--version'], memory.io)).toBe(0);
    expect(await runCli(['customers', 'list', '--limit', 'lots'], memory.io)).toBe(2);
    expect(memory.stderr()).toContain("option '--limit <n>' argument 'lots' is invalid");
  });

  it('stops an export at the first interrupt with status 130 and unsubscribes afterwards', async () => {
    let records = 0;
    const memory = memoryIo({ PSAGATE_SANDBOX: '1' }, (chunk, interrupt) => {
      records += chunk.split('\n').filter(Boolean).length;
      if (records === 3) interrupt();
    });
    const code = await runCli(['export', 'tickets', '--format', 'ndjson', '--page-size', '2'], memory.io);
    expect(code).toBe(130);
    expect(memory.stdout().trimEnd().split('\n')).toHaveLength(3);
    expect(memory.stderr()).toContain('Interrupted: wrote 3 tickets');
    expect(memory.listeners.size).toBe(0);
  });

  it('reports an operation the provider cannot do with status 7', async () => {
    const memory = memoryIo();
    const code = await runCli(['tickets', 'create', '--sandbox', '--provider', 'automate', '--title', 'x'], memory.io);
    expect(code).toBe(7);
    expect(memory.stderr()).toContain('does not support tickets.create');
  });
});
