import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo, startCliInMemory } from './testing/memory-io.test-helpers';

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
    const memory = memoryIo({
      env: { PSAGATE_SANDBOX: '1' },
      onStdout(chunk, interrupt) {
        records += chunk.split('\n').filter(Boolean).length;
        if (records === 3) interrupt();
      },
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

  it('prints PSA text with escape sequences harmlessly in tables and notes, and exactly in JSON', async () => {
    const title = '\u001b]0;pwned\u0007\u001b[31mRED\u009b2J';
    const created = memoryIo();
    const code = await runCli(['tickets', 'create', '--sandbox', '--title', title, '--description', 'd', '--customer', '101'], created.io);
    expect(code, created.stderr()).toBe(0);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
    expect(created.stdout()).not.toMatch(controls);
    expect(created.stderr()).not.toMatch(controls);
    expect(created.stdout()).toContain('�]0;pwned��[31mRED�2J');

    const asJson = memoryIo();
    expect(await runCli(['tickets', 'create', '--sandbox', '--json', '--title', title, '--description', 'd', '--customer', '101'], asJson.io)).toBe(0);
    expect((JSON.parse(asJson.stdout()) as { title: string }).title).toBe(title);
  });

  it('refuses to serve a sandbox on a non-loopback address, naming the allowed ones', async () => {
    for (const host of ['0.0.0.0', '192.168.1.10', '::', 'localhost.example.com']) {
      const memory = memoryIo();
      expect(await runCli(['sandbox', 'atera', '--host', host], memory.io)).toBe(2);
      expect(memory.stderr()).toContain('only serves on loopback: use 127.0.0.1 (or any 127.x.x.x), ::1 or localhost');
      expect(memory.stdout()).toBe('');
      expect(memory.listeners.size).toBe(0);
    }
  });

  it('serves a sandbox on a loopback host until interrupted', async () => {
    const sandbox = startCliInMemory(['sandbox', 'atera', '--host', '127.0.0.1']);
    await sandbox.waitForStdout(/Press Ctrl-C to stop/);
    sandbox.interrupt();
    const { code, stdout, stderr } = await sandbox.exited;
    expect(code).toBe(0);
    expect(stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(stderr).toContain('Sandbox stopped.');
  });
});
