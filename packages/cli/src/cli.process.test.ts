import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPsagate, startPsagate, waitForFileSize } from './testing/cli-process.test-helpers';

// Each test spawns the real `psagate` binary (about a second each) and is here because the process
// boundary is the point: what the binary prints, what a signal does, a server other processes reach.
// Everything else runs in-process through runCli and memory IO (run-cli*.test.ts).

const dir = mkdtempSync(join(tmpdir(), 'psagate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('psagate --help', () => {
  it('prints help with the commands, the config precedence and the exit codes, and exits 0', async () => {
    const { code, stdout } = await runPsagate(['--help']);
    expect(code).toBe(0);
    for (const command of ['tickets', 'devices', 'alerts', 'customers', 'export', 'sandbox', 'doctor', 'serve']) expect(stdout).toContain(command);
    expect(stdout).toContain('Exit codes:');
    expect(stdout).toMatch(/130\s+interrupted/);
    expect(stdout).toContain('Configuration (highest precedence first)');
  });
});

describe('psagate export interrupted by Ctrl-C', () => {
  it('stops after the record being written, closes the JSON array and exits 130', async () => {
    const out = join(dir, 'tickets.json');
    // A slow sandbox (latency on every page) so the walk is still running when the signal comes.
    const exporting = startPsagate(['export', 'tickets', '--sandbox', '--out', out, '--page-size', '5'], {
      env: { PSAGATE_SANDBOX_SIZE: '400', PSAGATE_SANDBOX_LATENCY_MS: '100' },
    });
    await waitForFileSize(exporting, out, 200);
    exporting.child.kill('SIGINT');
    const { code, stderr } = await exporting.exited;

    expect(code).toBe(130);
    const tickets = JSON.parse(readFileSync(out, 'utf8')) as { id: string }[];
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets.length).toBeLessThan(400);
    expect(stderr).toContain(`Interrupted: wrote ${tickets.length} tickets`);
    expect(stderr).toContain('the json output is complete up to there');
  });
});

describe('psagate serve', () => {
  const token = 'test-caller-token-6a1f0c9e2b7d';

  it('answers /v1/tickets with the caller token, 401 without, and stops with 0 on SIGTERM', async () => {
    const serving = startPsagate(['serve', '--sandbox', '--port', '0', '--log-level', 'silent'], { env: { PSAGATE_SERVER_TOKENS: token } });
    const [, url] = await serving.waitForStdout(/listening on (http:\/\/127\.0\.0\.1:\d+)/);

    const anonymous = await fetch(`${url}/v1/tickets`);
    expect(anonymous.status).toBe(401);
    const authorised = await fetch(`${url}/v1/tickets?limit=2`, { headers: { Authorization: `Bearer ${token}` } });
    expect(authorised.status).toBe(200);
    expect(((await authorised.json()) as { data: unknown[] }).data).toHaveLength(2);

    serving.child.kill('SIGTERM');
    const { code, stderr } = await serving.exited;
    expect(code).toBe(0);
    expect(stderr).toContain('Gateway stopped.');
    expect(stderr).not.toContain(token);
  });
});
