import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInMemory } from './testing/memory-io.test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'psagate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('psagate usage errors', () => {
  it('exits 2 on an unknown command and suggests the closest one', async () => {
    const { code, stderr } = await runCliInMemory(['tickets', 'lst']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'lst'");
    expect(stderr).toContain('Did you mean list?');
  });

  it('exits 2 on an unknown flag and on a filter value that is not a neutral one', async () => {
    const unknownFlag = await runCliInMemory(['tickets', 'list', '--sandbox', '--bogus']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain("unknown option '--bogus'");
    const badStatus = await runCliInMemory(['tickets', 'list', '--sandbox', '--status', 'nope']);
    expect(badStatus.code).toBe(2);
    expect(badStatus.stderr).toContain('Use one or more of: open, pending, in_progress');
  });
});

describe('psagate configuration errors', () => {
  it('exits 3 and says how to choose a provider when none is configured', async () => {
    const { code, stderr } = await runCliInMemory(['tickets', 'list']);
    expect(code).toBe(3);
    expect(stderr).toContain('No provider configured. Pass --provider, set PSAGATE_PROVIDER');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 3 listing every problem of the file and the environment together, never a value or a stack', async () => {
    writeFileSync(join(dir, 'psagate.json'), JSON.stringify({ provider: 'atera', baseUrl: 'http://atera.example.com', retries: 3 }));
    const { code, stderr } = await runCliInMemory(['customers', 'list', '--config', 'psagate.json'], { cwd: dir, env: { PSAGATE_TIMEOUT_MS: 'soon' } });
    expect(code).toBe(3);
    expect(stderr).toContain('Invalid configuration for provider "atera" (4 problems)');
    expect(stderr).toContain('timeoutMs (PSAGATE_TIMEOUT_MS): PSAGATE_TIMEOUT_MS must be a number');
    expect(stderr).toContain('apiKey (ATERA_API_KEY): is required');
    expect(stderr).toContain('baseUrl (psagate.json): must use https://');
    expect(stderr).toContain('unknown setting "retries"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 3 on a config file that is not JSON, without quoting its content', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"provider": "atera", "apiKey": "s3cr3t-value",');
    const { code, stderr } = await runCliInMemory(['customers', 'list', '--config', 'broken.json'], { cwd: dir });
    expect(code).toBe(3);
    expect(stderr).toContain('is not valid JSON');
    expect(stderr).not.toContain('s3cr3t-value');
  });

  it('refuses to serve without PSAGATE_SERVER_TOKENS outside sandbox mode, exiting 3', async () => {
    const { code, stderr } = await runCliInMemory(['serve'], { env: { PSAGATE_PROVIDER: 'atera', ATERA_API_KEY: 'k'.repeat(20) } });
    expect(code).toBe(3);
    expect(stderr).toContain('Set PSAGATE_SERVER_TOKENS');
  });
});

describe('psagate reads from --sandbox', () => {
  it('lists tickets as a table, and says how to see more', async () => {
    const { code, stdout, stderr } = await runCliInMemory(['tickets', 'list', '--sandbox', '--limit', '3']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+PRIORITY\s+CUSTOMER\s+TITLE\s+UPDATED$/);
    expect(lines).toHaveLength(4);
    expect(stderr).toContain('Showing the first 3 tickets');
  });

  it('prints a JSON array with --json and one record a line with --ndjson, filters applied', async () => {
    const json = await runCliInMemory(['alerts', 'list', '--sandbox', '--status', 'open', '--limit', '4', '--json']);
    expect(json.code).toBe(0);
    const alerts = JSON.parse(json.stdout) as { status: string }[];
    expect(alerts).toHaveLength(4);
    expect(alerts.every((alert) => alert.status === 'open')).toBe(true);

    const ndjson = await runCliInMemory(['devices', 'list', '--sandbox', '--provider', 'halopsa', '--limit', '3', '--ndjson']);
    expect(ndjson.code).toBe(0);
    const devices = ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { provider: string });
    expect(devices).toHaveLength(3);
    expect(devices[0]?.provider).toBe('halopsa');
  });

  it('gets one record as fields or JSON, and exits 5 for an id that does not exist', async () => {
    const found = await runCliInMemory(['customers', 'get', '101', '--sandbox', '--json']);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject({ id: '101', provider: 'atera' });

    const missing = await runCliInMemory(['tickets', 'get', '999999', '--sandbox']);
    expect(missing.code).toBe(5);
    expect(missing.stderr).toContain('failed with 404');
  });
});
