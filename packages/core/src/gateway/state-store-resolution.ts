import { configErrorFromIssues } from '../config/config-error';
import { knownStateStorePackages, stateStoreConfigSchema } from '../config/state-store-config';
import type { StateStorePlugin, StateStoreSettings } from '../container/state-store';
import { ConfigError } from '../errors/error-types';
import type { PsaIssue } from '../errors/psa-error';

/**
 * Validates `stateStore` from a gateway config and finds the plug-in that serves it. Returns
 * undefined when the config has none (state stays in memory). Messages never repeat the URL: it
 * may hold a password.
 */
export function resolveStateStore(
  raw: unknown,
  plugins: readonly StateStorePlugin[],
  provider: string,
  sources: Readonly<Record<string, string>> = {},
): { plugin: StateStorePlugin; settings: StateStoreSettings } | undefined {
  if (raw === undefined || raw === null) return undefined;
  const parsed = stateStoreConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues: PsaIssue[] = parsed.error.issues.map((issue) => ({
      path: ['stateStore', ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
    throw configErrorFromIssues(provider, issues, sources);
  }
  const settings: StateStoreSettings = parsed.data;
  const plugin = plugins.find((candidate) => candidate.type === settings.type);
  if (!plugin) throw missingPlugin(settings.type, plugins);
  const scheme = new URL(settings.url.reveal()).protocol;
  if (!plugin.urlSchemes.includes(scheme)) {
    const expected = plugin.urlSchemes.map((candidate) => `${candidate}//`).join(' or ');
    throw configErrorFromIssues(provider, [{ path: 'stateStore.url', message: `must start with ${expected} for a "${plugin.type}" state store` }], sources);
  }
  return { plugin, settings };
}

function missingPlugin(type: string, plugins: readonly StateStorePlugin[]): ConfigError {
  const known = knownStateStorePackages[type];
  const passed = plugins.length > 0 ? ` (passed: ${plugins.map((plugin) => plugin.type).join(', ')})` : '';
  const fix = known
    ? `Install ${known} and pass its plug-in: createGateway(config, { providers, stateStores: [${type}StateStore] }) from "${known}".`
    : `Pass a state store plug-in of type "${type}" in the stateStores option.`;
  return new ConfigError(
    `The config asks for a "${type}" state store (stateStore.type), but no such plug-in was given to the gateway${passed}. ${fix} ` +
      'Or remove stateStore from the config to keep rate budgets and tokens in this process.',
    { code: 'STATE_STORE_NOT_INSTALLED' },
  );
}
