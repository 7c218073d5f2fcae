import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, type RunningCli, runCliInMemory, startCliInMemory } from './testing/memory-io.test-helpers';

// One in-process `psagate sandbox` serves every test here over loopback HTTP, so writes made by one command are seen by the next.
let sandbox: RunningCli;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'psagate-cli-'));

/** Runs `psagate args…` configured through the environment the sandbox printed, with `overrides` on top. */
const psagate = (args: readonly string[], overrides: Record<string, string> = {}): Promise<CliRun> => runCliInMemory(args, { env: { ...env, ...overrides } });

beforeAll(async () => {
  sandbox = startCliInMemory(['sandbox', 'atera', '--port', '0', '--seed', '1']);
  await sandbox.waitForStdout(/Press Ctrl-C to stop/);
  const exports = /export (.+)\n/.exec(sandbox.stdout())?.[1] ?? '';
  env = Object.fromEntries(exports.split(' ').map((assignment) => assignment.split('=', 2) as [string, string]));
});

afterAll(async () => {
  sandbox.interrupt();
  await sandbox.exited;
  rmSync(dir, { recursive: true, force: true });
});

describe('psagate sandbox', () => {
  it('prints the URL and the variables to use, and answers HTTP requests with them', async () => {
    expect(sandbox.stdout()).toMatch(/Atera sandbox listening on http:\/\/127\.0\.0\.1:\d+ \(seed 1\)/);
    expect(env).toMatchObject({ PSAGATE_PROVIDER: 'atera', ATERA_BASE_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    const response = await fetch(`${env.ATERA_BASE_URL}/api/v3/customers?itemsInPage=2`, { headers: { Authorization: `Bearer ${env.ATERA_API_KEY}` } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(2);
  });

  it('stops cleanly with status 0 on Ctrl-C', async () => {
    const other = startCliInMemory(['sandbox', 'halopsa']);
    await other.waitForStdout(/Press Ctrl-C to stop/);
    expect(other.stdout()).toContain('HALOPSA_CLIENT_SECRET=');
    other.interrupt();
    const { code, stderr } = await other.exited;
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('Sandbox stopped.');
    expect(other.listeners.size).toBe(0);
  });
});

describe('psagate against a configured provider (the sandbox, through environment variables)', () => {
  it('creates a ticket, updates it, comments on it and resolves an alert', async () => {
    const created = await psagate(['tickets', 'create', '--title', 'Printer offline', '--description', 'Floor 2', '--priority', 'high', '--contact-email', 'mila.novak1@northwind-dental.example.com', '--json']);
    expect(created.code).toBe(0);
    const ticket = JSON.parse(created.stdout) as { id: string; priority: string };
    expect(ticket.priority).toBe('high');
    expect(created.stderr).toContain(`Created ticket ${ticket.id}.`);

    const updated = await psagate(['tickets', 'update', ticket.id, '--status', 'pending', '--json']);
    expect(updated.code).toBe(0);
    expect(JSON.parse(updated.stdout)).toMatchObject({ id: ticket.id, status: 'pending' });

    const commented = await psagate(['tickets', 'comment', ticket.id, '--body', 'On my way.', '--author-email', 'dana.whitfield@sandbox-msp.example.com', '--json']);
    expect(commented.code).toBe(0);
    expect(JSON.parse(commented.stdout)).toMatchObject({ body: 'On my way.' });

    const alertId = (JSON.parse((await psagate(['alerts', 'list', '--status', 'open', '--limit', '1', '--json'])).stdout) as { id: string }[])[0]?.id;
    const resolved = await psagate(['alerts', 'resolve', String(alertId), '--json']);
    expect(resolved.code).toBe(0);
    expect(JSON.parse(resolved.stdout)).toMatchObject({ id: alertId, status: 'resolved' });
  });

  it('exits 2 when an update changes nothing, before sending anything', async () => {
    const { code, stderr } = await psagate(['tickets', 'update', '1']);
    expect(code).toBe(2);
    expect(stderr).toContain('must change at least one field');
  });

  it('exits 4 when the provider refuses the credentials, without echoing them', async () => {
    const { code, stderr } = await psagate(['tickets', 'list'], { ATERA_API_KEY: 'wrong-key-5f1e2d' });
    expect(code).toBe(4);
    expect(stderr).toContain('failed with 401');
    expect(stderr).not.toContain('wrong-key-5f1e2d');
  });

  it('exports complete ndjson, csv and json files', async () => {
    const ndjson = await psagate(['export', 'tickets', '--out', join(dir, 'tickets.ndjson'), '--page-size', '7']);
    expect(ndjson.code).toBe(0);
    const lines = readFileSync(join(dir, 'tickets.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(lines.every((line) => typeof (JSON.parse(line) as { id: string }).id === 'string')).toBe(true);
    expect(ndjson.stderr).toMatch(new RegExp(`Exported ${lines.length} tickets to .*tickets\\.ndjson as ndjson: ${lines.length}/${lines.length} records, \\d+ pages`));

    const csv = await psagate(['export', 'devices', '--out', join(dir, 'devices.csv'), '--quiet']);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe('');
    const rows = readFileSync(join(dir, 'devices.csv'), 'utf8').trimEnd().split('\n');
    expect(rows[0]).toMatch(/^id,provider,kind,name,hostname,/);
    expect(rows.length).toBeGreaterThan(10);

    const json = await psagate(['export', 'customers', '--format', 'json', '--out', join(dir, 'customers.out')]);
    expect(json.code).toBe(0);
    const customers = JSON.parse(readFileSync(join(dir, 'customers.out'), 'utf8')) as unknown[];
    expect(customers.length).toBeGreaterThan(0);
  });
});

describe('psagate doctor', () => {
  it('passes every check on a healthy setup and never prints the key', async () => {
    const { code, stdout } = await psagate(['doctor']);
    expect(code).toBe(0);
    for (const check of ['config', 'reachable', 'clock', 'credentials', 'rate limit']) expect(stdout).toMatch(new RegExp(`^ok\\s+${check}`, 'm'));
    expect(stdout).toContain('"apiKey":"***"');
    expect(stdout).not.toContain(env.ATERA_API_KEY);
    expect(stdout).toContain('All checks passed.');
  });

  it('says which variable to fix when the address cannot be reached, and exits 6', async () => {
    const closedPort = await freePort();
    const { code, stdout } = await psagate(['doctor'], { ATERA_BASE_URL: `http://127.0.0.1:${closedPort}` });
    expect(code).toBe(6);
    expect(stdout).toMatch(/FAIL\s+reachable\s+cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/);
    expect(stdout).toContain('fix: check the address in ATERA_BASE_URL');
  });

  it('names the credential variable when the key is refused, and exits 4', async () => {
    const { code, stdout } = await psagate(['doctor'], { ATERA_API_KEY: 'wrong-key-5f1e2d' });
    expect(code).toBe(4);
    expect(stdout).toMatch(/FAIL\s+credentials/);
    expect(stdout).toContain('fix: check ATERA_API_KEY');
    expect(stdout).not.toContain('wrong-key-5f1e2d');
  });
});

/** A port nothing listens on: bound, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
