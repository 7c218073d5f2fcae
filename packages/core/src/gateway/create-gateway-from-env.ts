import { configErrorFromIssues } from '../config/config-error';
import { ConfigError } from '../errors/error-types';
import { type Environment, configFromEnv } from '../config/env-config';
import { stateStoreEnvVariables, stateStoreFromEnv } from '../config/state-store-env';
import type { AnyPsaProvider } from '../provider/provider-definition';
import { type CreateGatewayOptions, type Gateway, buildGateway, resolveRegistry } from './create-gateway';

/**
 * Builds a gateway from environment variables: `PSAGATE_PROVIDER` picks the provider, whose own
 * variables (e.g. `ATERA_API_KEY`) and the shared `PSAGATE_*` ones fill its config. Problems with
 * any variable are reported together, by variable name. `PSAGATE_STATE_STORE_URL` (e.g.
 * `redis://…`) shares rate budgets and tokens across processes through a plug-in in `stateStores`.
 */
export function createGatewayFromEnv(env: Environment, options: CreateGatewayOptions<AnyPsaProvider>): Gateway {
  const { container, registry } = resolveRegistry(options);

  const name = env.PSAGATE_PROVIDER?.trim();
  if (!name) {
    throw new ConfigError(
      `Set PSAGATE_PROVIDER to the provider to use (${registry.names().join(', ') || 'none registered'}).`,
      { code: 'MISSING_PROVIDER' },
    );
  }
  const provider = registry.require(name);
  const { config, sources: providerSources, issues: providerIssues } = configFromEnv(provider, env);
  const stateStore = stateStoreFromEnv(env);
  const issues = [...providerIssues, ...stateStore.issues];
  const sources = {
    ...providerSources,
    'stateStore.type': stateStoreEnvVariables.type,
    'stateStore.url': stateStoreEnvVariables.url,
    'stateStore.keyPrefix': stateStoreEnvVariables.keyPrefix,
  };
  if (issues.length > 0) {
    // Report unreadable variables together with whatever else the schema finds.
    const schemaIssues = provider.configSchema.safeParse(config).error?.issues ?? [];
    const unreadable = new Set(issues.map((issue) => issue.path));
    const rest = schemaIssues.filter((issue) => !unreadable.has(issue.path.map(String).join('.')));
    throw configErrorFromIssues(provider.name, [...issues, ...rest], sources);
  }
  const settings = stateStore.config ? { ...config, stateStore: stateStore.config } : config;
  return buildGateway({ provider: provider.name, ...settings }, { ...options, container }, sources);
}
