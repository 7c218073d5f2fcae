import { isPsaError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { automateApiUrl, automateConfigSchema } from './config';

const valid = { baseUrl: 'https://automate.example.com', username: 'integrator', password: 'secret', clientId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' };

describe('the Automate config', () => {
  it('fills conservative defaults for a server that publishes no rate limit', () => {
    const config = automateConfigSchema.parse(valid);
    expect(config).toMatchObject({ requestsPerMinute: 60, maxConcurrency: 4, refreshWindowMs: 120_000 });
    expect(String(config.password)).not.toContain('secret');
    expect(JSON.stringify(config)).not.toContain('secret');
  });

  it.each([
    ['https://automate.example.com/', 'https://automate.example.com'],
    ['https://automate.example.com/cwa/api', 'https://automate.example.com'],
    ['https://automate.example.com/cwa/api/v1', 'https://automate.example.com'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
  ])('reads the server URL %s as %s', (baseUrl, expected) => {
    expect(automateConfigSchema.parse({ ...valid, baseUrl }).baseUrl).toBe(expected);
    expect(automateApiUrl(expected)).toBe(`${expected}/cwa/api`);
  });

  it.each([
    ['plain HTTP to a remote server', { baseUrl: 'http://automate.example.com' }, 'baseUrl'],
    ['a missing ClientId', { clientId: undefined }, 'clientId'],
    ['a ClientId with spaces', { clientId: 'my client' }, 'clientId'],
    ['an empty user name', { username: ' ' }, 'username'],
    ['an empty password', { password: '' }, 'password'],
    ['an unknown setting', { apiKey: 'x' }, ''],
    ['a zero rate budget', { requestsPerMinute: 0 }, 'requestsPerMinute'],
  ])('refuses %s', (_name, change, path) => {
    const result = automateConfigSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('explains why the ClientId is required', () => {
    const result = automateConfigSchema.safeParse({ ...valid, clientId: undefined });
    expect(result.error?.issues[0]?.message).toMatch(/2020\.11/);
    expect(isPsaError(result.error)).toBe(false);
  });
});
