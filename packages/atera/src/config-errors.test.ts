import { type ConfigError, createGateway, createGatewayFromEnv, isPsaError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { createAteraClient } from './client/atera-client';
import { ateraProvider } from './provider/atera-provider';

/**
 * Every wrong or missing setting of the Atera provider, alone and all at once, through the
 * gateway, the environment and the native client: one ConfigError listing every problem by
 * setting (and variable), saying what to give instead, and repeating no secret.
 */
const SECRET = 'canary-ATERA-config-6c2e8a41f0b3';
const VALID = { apiKey: SECRET };
const REQUIRED = ['apiKey'];
/** One wrong value per setting, and where the problem is reported. */
const WRONG: Record<string, readonly [unknown, string]> = {
  apiKey: [42, 'apiKey'],
  authStyle: ['basic', 'authStyle'],
  baseUrl: [`http://user:${SECRET}@atera.example.com`, 'baseUrl'],
  requestsPerMinute: [0, 'requestsPerMinute'],
  validateCustomFieldNames: ['yes', 'validateCustomFieldNames'],
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
  ATERA_API_KEY: ' ',
  ATERA_BASE_URL: 'http://atera.example.com',
  ATERA_AUTH_STYLE: 'basic',
  ATERA_REQUESTS_PER_MINUTE: 'lots',
  ATERA_VALIDATE_CUSTOM_FIELD_NAMES: 'sometimes',
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

const gateway = (config: Record<string, unknown>) => createGateway({ provider: 'atera', ...config } as never, { providers: [ateraProvider] });

function expectHelpful(error: ConfigError): void {
  for (const issue of error.issues) {
    expect(issue.message, issue.path).toMatch(/required|must|unknown setting|expected|not allowed/);
    expect(issue.message, issue.path).not.toMatch(/^(Too small|Too big|Invalid)/);
  }
  expect(error.message).toContain(`(${error.issues.length} problem${error.issues.length === 1 ? '' : 's'})`);
  for (const text of [error.message, JSON.stringify(error), String(error.stack)]) expect(text).not.toContain(SECRET);
}

describe('Atera configuration errors', () => {
  it('lists every missing setting in one ConfigError, each with the variable that sets it', () => {
    for (const error of [configError(() => gateway({})), configError(() => createAteraClient({} as never))]) {
      expect(error.issues.map((issue) => issue.path).sort()).toEqual([...REQUIRED].sort());
      expectHelpful(error);
    }
    const viaGateway = configError(() => gateway({}));
    for (const [path, variable] of Object.entries(ateraProvider.env ?? {})) {
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
    for (const error of [configError(() => gateway(everything)), configError(() => createAteraClient(everything as never))]) {
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(expected);
      expectHelpful(error);
    }
  });

  it('lists every unusable environment variable at once, by name', () => {
    const error = configError(() => createGatewayFromEnv({ PSAGATE_PROVIDER: 'atera', ...WRONG_ENV }, { providers: [ateraProvider] }));
    for (const variable of Object.keys(WRONG_ENV)) expect(error.message, variable).toContain(variable);
    expectHelpful(error);
  });
});
