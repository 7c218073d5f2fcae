import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config';

const dir = mkdtempSync(join(tmpdir(), 'psagate-config-'));
const writeConfig = (name: string, content: unknown): string => {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
};
const problemsOf = (attempt: () => unknown): string => {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('takes flags over environment variables over the config file', () => {
    const file = writeConfig('precedence.json', { provider: 'atera', apiKey: 'file-key', baseUrl: 'https://file.example.com', timeoutMs: 1000 });
    const fromFile = loadConfig({ config: file }, {}, dir);
    expect(fromFile.config).toMatchObject({ provider: 'atera', apiKey: 'file-key', baseUrl: 'https://file.example.com', timeoutMs: 1000 });

    const env = { ATERA_API_KEY: 'env-key', ATERA_BASE_URL: 'https://env.example.com' };
    expect(loadConfig({ config: file }, env, dir).config).toMatchObject({ apiKey: 'env-key', baseUrl: 'https://env.example.com', timeoutMs: 1000 });

    const flagged = loadConfig({ config: file, baseUrl: 'https://flag.example.com', timeoutMs: 5 }, env, dir);
    expect(flagged.config).toMatchObject({ apiKey: 'env-key', baseUrl: 'https://flag.example.com', timeoutMs: 5 });
    expect(flagged.sources).toMatchObject({ baseUrl: '--base-url', timeoutMs: '--timeout', apiKey: 'ATERA_API_KEY' });
  });

  it('picks the provider from --provider, then PSAGATE_PROVIDER, then the file', () => {
    const file = writeConfig('provider.json', { provider: 'atera' });
    const atera = { ATERA_API_KEY: 'env-key' };
    const halo = { HALOPSA_BASE_URL: 'https://halo.example.com', HALOPSA_CLIENT_ID: 'id', HALOPSA_CLIENT_SECRET: 'secret' };
    expect(loadConfig({ config: file }, atera, dir).provider.name).toBe('atera');
    expect(loadConfig({ config: file }, { PSAGATE_PROVIDER: 'halopsa', ...halo }, dir).provider.name).toBe('halopsa');
    expect(loadConfig({ config: file, provider: 'halopsa' }, { PSAGATE_PROVIDER: 'atera', ...halo, ...atera }, dir).provider.name).toBe('halopsa');
  });

  it('reads the file named by PSAGATE_CONFIG and a state store from PSAGATE_STATE_STORE_URL', () => {
    const file = writeConfig('env-named.json', { provider: 'atera', apiKey: 'file-key' });
    const loaded = loadConfig({}, { PSAGATE_CONFIG: file, PSAGATE_STATE_STORE_URL: 'redis://localhost:6379' }, dir);
    expect(loaded.config).toMatchObject({ provider: 'atera', stateStore: { type: 'redis', url: 'redis://localhost:6379' } });
    expect(loaded.file).toBe(join(dir, file));
  });

  it('lists every problem at once, naming where each setting comes from and never a value', () => {
    const file = writeConfig('problems.json', { provider: 'atera', apiKey: 'k3y-4f9a1c2e', baseUrl: 'http://atera.example.com', unknownSetting: 1 });
    const message = problemsOf(() => loadConfig({ config: file }, { PSAGATE_MAX_ATTEMPTS: 'many' }, dir));
    expect(message).toContain('(3 problems)');
    expect(message).toContain('retry.maxAttempts (PSAGATE_MAX_ATTEMPTS): PSAGATE_MAX_ATTEMPTS must be a number');
    expect(message).toContain('baseUrl (problems.json): must use https://');
    expect(message).toContain('unknown setting "unknownSetting"');
    expect(message).not.toContain('k3y-4f9a1c2e');
  });

  it('says how to choose a provider when none is given, and suggests one for a typo', () => {
    expect(problemsOf(() => loadConfig({}, {}, dir))).toMatch(/No provider configured\. Pass --provider, set PSAGATE_PROVIDER/);
    expect(problemsOf(() => loadConfig({ provider: 'aterra' }, {}, dir))).toMatch(/Unknown provider "aterra"\. Did you mean "atera"\?/);
  });

  it('refuses a missing, malformed or non-object file without quoting its content', () => {
    expect(problemsOf(() => loadConfig({ config: 'missing.json' }, {}, dir))).toMatch(/missing\.json: it does not exist/);
    const broken = writeConfig('broken.json', '{"apiKey": "s3cr3t-9d2e" ');
    const message = problemsOf(() => loadConfig({ config: broken }, {}, dir));
    expect(message).toContain('is not valid JSON');
    expect(message).not.toContain('s3cr3t-9d2e');
    expect(problemsOf(() => loadConfig({ config: writeConfig('array.json', [1]) }, {}, dir))).toContain('must hold one JSON object');
  });
});
