import type { PsaIssue } from '../errors/psa-error';
import type { StateStoreConfigInput } from './state-store-config';
import type { Environment } from './env-config';

/** Variables that set `stateStore`: the URL alone is enough when its scheme names the store. */
export const stateStoreEnvVariables = {
  type: 'PSAGATE_STATE_STORE',
  url: 'PSAGATE_STATE_STORE_URL',
  keyPrefix: 'PSAGATE_STATE_STORE_KEY_PREFIX',
} as const;

/**
 * Reads `stateStore` from the environment. Without `PSAGATE_STATE_STORE_URL` there is none; the type
 * defaults to the URL's scheme (`redis://` and `rediss://` mean `redis`).
 */
export function stateStoreFromEnv(env: Environment): { config: StateStoreConfigInput | undefined; issues: PsaIssue[] } {
  const url = env[stateStoreEnvVariables.url]?.trim();
  const type = env[stateStoreEnvVariables.type]?.trim();
  const keyPrefix = env[stateStoreEnvVariables.keyPrefix]?.trim();
  if (!url) {
    const issues = type ? [{ path: 'stateStore.url', message: `${stateStoreEnvVariables.url} is required when ${stateStoreEnvVariables.type} is set` }] : [];
    return { config: undefined, issues };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const inferred = type || (scheme === 'rediss' ? 'redis' : scheme);
  if (!inferred) {
    return { config: undefined, issues: [{ path: 'stateStore.url', message: `${stateStoreEnvVariables.url} must be a URL such as redis://localhost:6379` }] };
  }
  return { config: { type: inferred, url, ...(keyPrefix ? { keyPrefix } : {}) }, issues: [] };
}
