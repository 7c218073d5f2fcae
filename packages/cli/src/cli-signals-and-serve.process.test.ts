import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startPsagate } from './testing/cli-process.test-helpers';

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

describe('psagate export interrupted by Ctrl-C', () => {
  it('stops after the record being written, closes the JSON array and exits 130', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'psagate-cli-')), 'tickets.json');
    // A slow sandbox (latency on every page) so the walk is still running when the signal comes.
    const exporting = startPsagate(['export', 'tickets', '--sandbox', '--out', out, '--page-size', '5'], {
      env: { PSAGATE_SANDBOX_SIZE: '400', PSAGATE_SANDBOX_LATENCY_MS: '100' },
    });
    // Polls the file (a real process cannot share fake timers): the first page lands within a second or two.
    for (let attempt = 0; attempt < 300 && sizeOf(out) < 200; attempt++) await delay(50);
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
