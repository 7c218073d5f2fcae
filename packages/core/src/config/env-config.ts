import type { PsaIssue } from '../errors/psa-error';
import type { AnyPsaProvider, EnvVariable } from '../provider/provider-definition';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Settings every provider shares, and the variables that set them. */
export const commonEnvVariables: Readonly<Record<string, EnvVariable>> = {
  timeoutMs: { name: 'PSAGATE_TIMEOUT_MS', type: 'number' },
  'retry.maxAttempts': { name: 'PSAGATE_MAX_ATTEMPTS', type: 'number' },
  pageConcurrency: { name: 'PSAGATE_PAGE_CONCURRENCY', type: 'number' },
  responseValidation: 'PSAGATE_RESPONSE_VALIDATION',
  maxResponseBytes: { name: 'PSAGATE_MAX_RESPONSE_BYTES', type: 'number' },
  'cache.enabled': { name: 'PSAGATE_CACHE', type: 'boolean' },
};

/** Each config path of a provider and the variable that sets it, for messages. */
export function envSourcesOf(provider: AnyPsaProvider): Record<string, string> {
  return Object.fromEntries(
    Object.entries({ ...commonEnvVariables, ...provider.env }).map(([path, variable]) => [path, typeof variable === 'string' ? variable : variable.name]),
  );
}

/** Reads a provider's variables into a (nested) raw config. */
export function configFromEnv(
  provider: AnyPsaProvider,
  env: Environment,
): { config: Record<string, unknown>; sources: Record<string, string>; issues: PsaIssue[] } {
  const config: Record<string, unknown> = {};
  const sources = envSourcesOf(provider);
  const issues: PsaIssue[] = [];
  const variables = { ...commonEnvVariables, ...provider.env };
  for (const [path, variable] of Object.entries(variables)) {
    const { name, type } = typeof variable === 'string' ? { name: variable, type: 'string' as const } : variable;
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const value = convert(raw.trim(), type);
    if (value === undefined) {
      issues.push({ path, message: `${name} must be ${type === 'number' ? 'a number' : 'true or false'}` });
      continue;
    }
    setPath(config, path, value);
  }
  return { config, sources, issues };
}

function convert(raw: string, type: 'string' | 'number' | 'boolean'): string | number | boolean | undefined {
  if (type === 'string') return raw;
  if (type === 'number') {
    const number = Number(raw);
    return Number.isFinite(number) ? number : undefined;
  }
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  return undefined;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}
