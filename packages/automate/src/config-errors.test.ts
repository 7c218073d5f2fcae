import { type ConfigError, createGateway, createGatewayFromEnv, isPsaError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { createAutomateClient } from './client/automate-client';
import { automateProvider } from './provider/automate-provider';

/**
 * Every wrong or missing setting of the Automate provider, alone and all at once, through the
 * gateway, the environment and the native client: one ConfigError listing every problem by
 * setting (and variable), saying what to give instead, and repeating no secret.
 */
const SECRET = 'canary-AUTOMATE-config-4e6a8c0b2d1f';
const VALID = { baseUrl: 'https://automate.example.com', username: 'integrator', password: SECRET, clientId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' };
const REQUIRED = ['baseUrl', 'username', 'password', 'clientId'];
/** One wrong value per setting, and where the problem is reported. */
const WRONG: Record<string, readonly [unknown, string]> = {
  baseUrl: [`https://integrator:${SECRET}@automate.example.com`, 'baseUrl'],
  username: [' ', 'username'],
  password: ['', 'password'],
  clientId: ['my client', 'clientId'],
  twoFactorPasscode: [' ', 'twoFactorPasscode'],
  requestsPerMinute: [-1, 'requestsPerMinute'],
  maxConcurrency: [65, 'maxConcurrency'],
  refreshWindowMs: [0, 'refreshWindowMs'],
  timeoutMs: [0, 'timeoutMs'],
  retry: [{ maxAttempts: 11 }, 'retry.maxAttempts'],
  rateLimit: [{ maxConcurrency: 0 }, 'rateLimit.maxConcurrency'],
  cache: [{ ttlMs: -5 }, 'cache.ttlMs'],
  pageConcurrency: [1.5, 'pageConcurrency'],
  responseValidation: ['loose', 'responseValidation'],
  maxResponseBytes: [0, 'maxResponseBytes'],
  colour: ['blue', ''],
};
/** Every variable the provider reads, set to something unusable. */
const WRONG_ENV = {
  AUTOMATE_BASE_URL: 'automate.example.com',
  AUTOMATE_USERNAME: '',
  AUTOMATE_PASSWORD: '',
  AUTOMATE_CLIENT_ID: 'my client',
  AUTOMATE_REQUESTS_PER_MINUTE: '-1',
  AUTOMATE_MAX_CONCURRENCY: 'many',
  PSAGATE_TIMEOUT_MS: 'soon',
  PSAGATE_MAX_ATTEMPTS: '0',
  PSAGATE_PAGE_CONCURRENCY: '1.5',
  PSAGATE_RESPONSE_VALIDATION: 'loose',
  PSAGATE_CACHE: 'maybe',
  PSAGATE_MAX_RESPONSE_BYTES: '-5',
};

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(isPsaError(error, 'config'), String(error)).toBe(true);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const gateway = (config: Record<string, unknown>) => createGateway({ provider: 'automate', ...config } as never, { providers: [automateProvider] });

function expectHelpful(error: ConfigError): void {
  for (const issue of error.issues) {
    expect(issue.message, issue.path).toMatch(/required|must|unknown setting|expected|not allowed/);
    expect(issue.message, issue.path).not.toMatch(/^(Too small|Too big|Invalid)/);
  }
  expect(error.message).toContain(`(${error.issues.length} problem${error.issues.length === 1 ? '' : 's'})`);
  for (const text of [error.message, JSON.stringify(error), String(error.stack)]) expect(text).not.toContain(SECRET);
}

describe('Automate configuration errors', () => {
  it('lists every missing setting in one ConfigError, each with the variable that sets it', () => {
    for (const error of [configError(() => gateway({})), configError(() => createAutomateClient({} as never))]) {
      expect(error.issues.map((issue) => issue.path).sort()).toEqual([...REQUIRED].sort());
      expectHelpful(error);
    }
    const viaGateway = configError(() => gateway({}));
    for (const [path, variable] of Object.entries(automateProvider.env ?? {})) {
      const name = typeof variable === 'string' ? variable : variable.name;
      if (REQUIRED.includes(path)) expect(viaGateway.message).toContain(`${path} (${name})`);
    }
  });

  it.each(Object.entries(WRONG))('reports a wrong %s alone, at its path', (setting, [value, path]) => {
    const error = configError(() => gateway({ ...VALID, [setting]: value }));
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
    expectHelpful(error);
  });

  it('lists every wrong setting at once, through the gateway and the native client alike', () => {
    const everything = { ...VALID, ...Object.fromEntries(Object.entries(WRONG).map(([setting, [value]]) => [setting, value])) };
    const expected = [...new Set(Object.values(WRONG).map(([, path]) => path))].sort();
    for (const error of [configError(() => gateway(everything)), configError(() => createAutomateClient(everything as never))]) {
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(expected);
      expectHelpful(error);
    }
  });

  it('lists every unusable environment variable at once, by name', () => {
    const error = configError(() => createGatewayFromEnv({ PSAGATE_PROVIDER: 'automate', ...WRONG_ENV }, { providers: [automateProvider] }));
    for (const variable of Object.keys(WRONG_ENV)) expect(error.message, variable).toContain(variable);
    expectHelpful(error);
  });
});
