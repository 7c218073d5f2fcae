import { type ConfigError, createGateway, createGatewayFromEnv, isPsaError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { createHaloClient } from './client/halo-client';
import { haloProvider } from './provider/halo-provider';

/**
 * Every wrong or missing setting of the HaloPSA provider, alone and all at once, through the
 * gateway, the environment and the native client: one ConfigError listing every problem by
 * setting (and variable), saying what to give instead, and repeating no secret.
 */
const SECRET = 'canary-HALO-config-9b1d3f5a7c2e';
const VALID = { baseUrl: 'https://acme.halopsa.com', clientId: 'psagate', clientSecret: SECRET };
const REQUIRED = ['baseUrl', 'clientId', 'clientSecret'];
/** One wrong value per setting, and where the problem is reported. */
const WRONG: Record<string, readonly [unknown, string]> = {
  baseUrl: [`https://acme.halopsa.com/?secret=${SECRET}`, 'baseUrl'],
  clientId: [' ', 'clientId'],
  clientSecret: ['', 'clientSecret'],
  tenant: ['', 'tenant'],
  tenantIn: ['header', 'tenantIn'],
  scope: [' ', 'scope'],
  authUrl: [`http://acme.halopsa.com/auth`, 'authUrl'],
  alertTicketTypeId: ['alerts', 'alertTicketTypeId'],
  assetFields: [{ operatingSystem: [] }, 'assetFields.operatingSystem'],
  statusMap: [{ 'With Supplier': 'waiting' }, 'statusMap.With Supplier'],
  priorityMap: [{ P1: 'urgent' }, 'priorityMap.P1'],
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
  HALOPSA_BASE_URL: 'ftp://acme.halopsa.com',
  HALOPSA_CLIENT_ID: ' ',
  HALOPSA_CLIENT_SECRET: '',
  HALOPSA_TENANT_IN: 'header',
  HALOPSA_AUTH_URL: 'not a url',
  HALOPSA_ALERT_TICKET_TYPE_ID: 'alerts',
  HALOPSA_REQUESTS_PER_WINDOW: '0',
  HALOPSA_RATE_WINDOW_MS: 'x',
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

const gateway = (config: Record<string, unknown>) => createGateway({ provider: 'halopsa', ...config } as never, { providers: [haloProvider] });

function expectHelpful(error: ConfigError): void {
  for (const issue of error.issues) {
    expect(issue.message, issue.path).toMatch(/required|must|unknown setting|expected|not allowed/);
    expect(issue.message, issue.path).not.toMatch(/^(Too small|Too big|Invalid)/);
  }
  expect(error.message).toContain(`(${error.issues.length} problem${error.issues.length === 1 ? '' : 's'})`);
  for (const text of [error.message, JSON.stringify(error), String(error.stack)]) expect(text).not.toContain(SECRET);
}

describe('HaloPSA configuration errors', () => {
  it('lists every missing setting in one ConfigError, each with the variable that sets it', () => {
    for (const error of [configError(() => gateway({})), configError(() => createHaloClient({} as never))]) {
      expect(error.issues.map((issue) => issue.path).sort()).toEqual([...REQUIRED].sort());
      expectHelpful(error);
    }
    const viaGateway = configError(() => gateway({}));
    for (const [path, variable] of Object.entries(haloProvider.env ?? {})) {
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
    for (const error of [configError(() => gateway(everything)), configError(() => createHaloClient(everything as never))]) {
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(expected);
      expectHelpful(error);
    }
  });

  it('lists every unusable environment variable at once, by name', () => {
    const error = configError(() => createGatewayFromEnv({ PSAGATE_PROVIDER: 'halopsa', ...WRONG_ENV }, { providers: [haloProvider] }));
    for (const variable of Object.keys(WRONG_ENV)) expect(error.message, variable).toContain(variable);
    expectHelpful(error);
  });
});
