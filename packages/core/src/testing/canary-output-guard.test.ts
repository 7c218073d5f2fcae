import { describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../observability/logger';
import { type OutputTargets, guardOutput } from './canary-output-guard';

/** Streams and a console that only collect what they are given. */
function fakeTargets(): OutputTargets & { written: string[] } {
  const written: string[] = [];
  const write = (chunk: unknown) => (written.push(String(chunk)), true);
  const log = (...args: unknown[]) => void written.push(args.map(String).join(' '));
  return { written, stdout: { write }, stderr: { write }, console: { log, info: log, warn: log, error: log, debug: log, trace: log } };
}

describe('guardOutput', () => {
  it('reports a canary printed on any stream or console method, masked, and still prints the output', () => {
    const targets = fakeTargets();
    const guard = guardOutput(targets);
    targets.stdout.write('key=canary-ATERA-legacy-7d1e9c0b\n');
    targets.stderr.write(Buffer.from('token canary-HALO-token-0a6b4c8e'));
    targets.console.warn?.('failed', { header: 'Bearer canary-AUTOMATE-token-b5a1' });
    targets.console.log?.('all good');
    const printed = guard.take();
    expect(printed).toHaveLength(3);
    expect(printed.map((line) => line.split(':')[0])).toEqual(['stdout', 'stderr', 'console.warn']);
    expect(printed.join('\n')).not.toMatch(/canary-[A-Za-z0-9]/);
    expect(targets.written).toHaveLength(4);
    expect(guard.take()).toEqual([]);
    guard.restore();
  });

  it('puts the original writers back', () => {
    const targets = fakeTargets();
    const { write } = targets.stdout;
    const guard = guardOutput(targets);
    expect(targets.stdout.write).not.toBe(write);
    guard.restore();
    expect(targets.stdout.write).toBe(write);
    targets.stdout.write('canary-AFTER-restore-123456');
    expect(guard.take()).toEqual([]);
  });

  it('ignores the word canary on its own, as in test names', () => {
    const targets = fakeTargets();
    const guard = guardOutput(targets);
    targets.stdout.write('secret canary tests: 12 passed\n');
    expect(guard.take()).toEqual([]);
    guard.restore();
  });

  it('catches the console logger printing a canary, as a careless caller could make it', () => {
    // Nothing reaches the real stdout (where a suite-wide guard would rightly object).
    const realWrite = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    const guard = guardOutput();
    try {
      createConsoleLogger({ level: 'debug' }).info('user-provided canary-CONSOLE-logger-0001');
    } finally {
      guard.restore();
      process.stdout.write = realWrite;
    }
    expect(guard.take()).toHaveLength(1);
  });
});
