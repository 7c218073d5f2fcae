import { describe, expect, it } from 'vitest';
import type { ConfigError } from '../errors/error-types';
import { isPsaError } from '../errors/psa-error';
import { buildGateway } from '../gateway/create-gateway';
import { createGatewayFromEnv } from '../gateway/create-gateway-from-env';
import type { AnyPsaProvider } from '../provider/provider-definition';

export interface ConfigErrorSuiteOptions {
  readonly provider: AnyPsaProvider;
  /** Builds the provider's native client straight from a config, without the gateway. */
  createClient(config: Record<string, unknown>): unknown;
  /** A canary credential: no ConfigError may repeat it. Use it in `validConfig` and in wrong values. */
  readonly secret: string;
  /** A complete, valid config (without `provider`). */
  readonly validConfig: Readonly<Record<string, unknown>>;
  /** The settings an empty config misses. */
  readonly requiredSettings: readonly string[];
  /**
   * One wrong value per provider setting, and the issue path it must be reported at. The settings
   * every provider shares (timeouts, retry, cache…) and an unknown setting are added by the suite.
   */
  readonly wrongSettings: Readonly<Record<string, readonly [value: unknown, path: string]>>;
  /** Every variable the provider reads, set to something unusable; the shared `PSAGATE_*` ones are added by the suite. */
  readonly wrongEnv: Readonly<Record<string, string>>;
}

/** A wrong value for each setting core's common config shape gives every provider, and an unknown setting. */
const COMMON_WRONG_SETTINGS: Readonly<Record<string, readonly [value: unknown, path: string]>> = {
  timeoutMs: [0, 'timeoutMs'],
  retry: [{ maxAttempts: 11 }, 'retry.maxAttempts'],
  rateLimit: [{ maxConcurrency: 0 }, 'rateLimit.maxConcurrency'],
  cache: [{ ttlMs: -5 }, 'cache.ttlMs'],
  pageConcurrency: [1.5, 'pageConcurrency'],
  responseValidation: ['loose', 'responseValidation'],
  maxResponseBytes: [0, 'maxResponseBytes'],
  colour: ['blue', ''],
};

/** The shared variables every provider reads, set to something unusable. */
const COMMON_WRONG_ENV: Readonly<Record<string, string>> = {
  PSAGATE_TIMEOUT_MS: 'soon',
  PSAGATE_MAX_ATTEMPTS: '0',
  PSAGATE_PAGE_CONCURRENCY: '1.5',
  PSAGATE_RESPONSE_VALIDATION: 'loose',
  PSAGATE_CACHE: 'maybe',
  PSAGATE_MAX_RESPONSE_BYTES: '-5',
};

/**
 * Every wrong or missing setting of a provider, alone and all at once, through the gateway, the
 * environment and the native client: one ConfigError listing every problem by setting (and
 * variable), saying what to give instead, and repeating no secret.
 */
export function describeConfigErrorSuite(options: ConfigErrorSuiteOptions): void {
  const { provider, secret, validConfig, requiredSettings } = options;
  const wrongSettings = { ...options.wrongSettings, ...COMMON_WRONG_SETTINGS };
  const wrongEnv = { ...options.wrongEnv, ...COMMON_WRONG_ENV };
  const gateway = (config: Record<string, unknown>) => buildGateway({ provider: provider.name, ...config }, { providers: [provider] });

  function expectHelpful(error: ConfigError): void {
    for (const issue of error.issues) {
      expect(issue.message, issue.path).toMatch(/required|must|unknown setting|expected|not allowed/);
      expect(issue.message, issue.path).not.toMatch(/^(Too small|Too big|Invalid)/);
    }
    expect(error.message).toContain(`(${error.issues.length} problem${error.issues.length === 1 ? '' : 's'})`);
    for (const text of [error.message, JSON.stringify(error), String(error.stack)]) expect(text).not.toContain(secret);
  }

  describe(`${provider.displayName} configuration errors`, () => {
    it('lists every missing setting in one ConfigError, each with the variable that sets it', () => {
      for (const error of [configErrorOf(() => gateway({})), configErrorOf(() => options.createClient({}))]) {
        expect(error.issues.map((issue) => issue.path).sort()).toEqual([...requiredSettings].sort());
        expectHelpful(error);
      }
      const viaGateway = configErrorOf(() => gateway({}));
      for (const [path, variable] of Object.entries(provider.env ?? {})) {
        const name = typeof variable === 'string' ? variable : variable.name;
        if (requiredSettings.includes(path)) expect(viaGateway.message).toContain(`${path} (${name})`);
      }
    });

    it.each(Object.entries(wrongSettings))('reports a wrong %s alone, at its path', (setting, [value, path]) => {
      const error = configErrorOf(() => gateway({ ...validConfig, [setting]: value }));
      expect(error.issues.map((issue) => issue.path)).toEqual([path]);
      expectHelpful(error);
    });

    it('lists every wrong setting at once, through the gateway and the native client alike', () => {
      const everything = { ...validConfig, ...Object.fromEntries(Object.entries(wrongSettings).map(([setting, [value]]) => [setting, value])) };
      const expected = [...new Set(Object.values(wrongSettings).map(([, path]) => path))].sort();
      for (const error of [configErrorOf(() => gateway(everything)), configErrorOf(() => options.createClient(everything))]) {
        expect(error.issues.map((issue) => issue.path).sort()).toEqual(expected);
        expectHelpful(error);
      }
    });

    it('lists every unusable environment variable at once, by name', () => {
      const error = configErrorOf(() => createGatewayFromEnv({ PSAGATE_PROVIDER: provider.name, ...wrongEnv }, { providers: [provider] }));
      for (const variable of Object.keys(wrongEnv)) expect(error.message, variable).toContain(variable);
      expectHelpful(error);
    });
  });
}

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(isPsaError(error, 'config'), String(error)).toBe(true);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}
