import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  type AnyPsaProvider,
  ConfigError,
  type Environment,
  type PsaIssue,
  ProviderRegistry,
  configFromEnv,
  envSourcesOf,
  stateStoreEnvVariables,
  stateStoreFromEnv,
} from '@psagate/core';
import { configErrorFromIssues } from '@psagate/core/provider';
import { cliProviders, providerNames } from './provider-catalogue';

/** Config settings the command line can give as flags (never credentials: flags show in `ps`). */
export interface ConfigFlags {
  readonly provider?: string | undefined;
  /** Path of a JSON file shaped like the `createGateway` config. */
  readonly config?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly timeoutMs?: number | undefined;
}

export interface LoadedConfig {
  readonly provider: AnyPsaProvider;
  /** The `createGateway` config: `provider`, its settings and, when set, `stateStore`. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Where each setting came from (`ATERA_API_KEY`, `--base-url`, `psagate.json`), for messages. */
  readonly sources: Readonly<Record<string, string>>;
  /** The config file read, if any. */
  readonly file: string | undefined;
}

type Settings = Record<string, unknown>;

/**
 * Assembles the gateway config with this precedence: flags, then environment variables
 * (`PSAGATE_PROVIDER`, the provider's own such as `ATERA_API_KEY`, `PSAGATE_*`), then the config file
 * (`--config` or `PSAGATE_CONFIG`). Every problem is reported at once in one ConfigError, the way
 * `createGateway` reports them, naming each setting and where it comes from, never its value.
 */
export function loadConfig(flags: ConfigFlags, env: Environment, cwd: string): LoadedConfig {
  const filePath = flags.config ?? emptyToUndefined(env.PSAGATE_CONFIG);
  const file = filePath === undefined ? {} : readConfigFile(resolve(cwd, filePath));
  const fileLabel = filePath === undefined ? undefined : basename(filePath);

  const name = flags.provider?.trim() || emptyToUndefined(env.PSAGATE_PROVIDER) || (typeof file.provider === 'string' ? file.provider.trim() : undefined);
  if (!name) {
    throw new ConfigError(
      `No provider configured. Pass --provider, set PSAGATE_PROVIDER, or put "provider" in a --config file (one of: ${providerNames.join(', ')}). To try psagate without an account, add --sandbox.`,
      { code: 'MISSING_PROVIDER' },
    );
  }
  const provider = providerRegistry().require(name);

  const { provider: _fileProvider, stateStore: fileStateStore, ...fileSettings } = file;
  const fromEnv = configFromEnv(provider, env);
  const stateStore = stateStoreFromEnv(env);
  const fromFlags: Settings = {
    ...(flags.baseUrl !== undefined ? { baseUrl: flags.baseUrl } : {}),
    ...(flags.timeoutMs !== undefined ? { timeoutMs: flags.timeoutMs } : {}),
  };
  const settings = deepMerge(deepMerge(fileSettings, fromEnv.config), fromFlags);

  const sources: Record<string, string> = {
    ...envSourcesOf(provider),
    'stateStore.type': stateStoreEnvVariables.type,
    'stateStore.url': stateStoreEnvVariables.url,
    'stateStore.keyPrefix': stateStoreEnvVariables.keyPrefix,
  };
  if (fileLabel !== undefined) {
    const overridden = new Set([...leafPaths(fromEnv.config), ...leafPaths(fromFlags)]);
    for (const path of leafPaths(file)) if (!overridden.has(path)) sources[path] = fileLabel;
  }
  if (flags.baseUrl !== undefined) sources.baseUrl = '--base-url';
  if (flags.timeoutMs !== undefined) sources.timeoutMs = '--timeout';

  const unreadable: PsaIssue[] = [...fromEnv.issues, ...stateStore.issues];
  const unreadablePaths = new Set(unreadable.map((issue) => issue.path));
  const schemaIssues = (provider.configSchema.safeParse(settings).error?.issues ?? []).filter(
    (issue) => !unreadablePaths.has(issue.path.map(String).join('.')),
  );
  if (unreadable.length > 0 || schemaIssues.length > 0) throw configErrorFromIssues(provider.name, [...unreadable, ...schemaIssues], sources);

  const stateStoreConfig = stateStore.config ?? fileStateStore;
  return {
    provider,
    config: { provider: provider.name, ...settings, ...(stateStoreConfig !== undefined ? { stateStore: stateStoreConfig } : {}) },
    sources,
    file: filePath === undefined ? undefined : resolve(cwd, filePath),
  };
}

/** The provider named on the command line, in the environment or in the file; `fallback` when none is. */
export function chosenProviderName(flags: ConfigFlags, env: Environment, cwd: string, fallback: string): string {
  if (flags.provider?.trim()) return flags.provider.trim();
  const fromEnv = emptyToUndefined(env.PSAGATE_PROVIDER);
  if (fromEnv) return fromEnv;
  const filePath = flags.config ?? emptyToUndefined(env.PSAGATE_CONFIG);
  const file = filePath === undefined ? {} : readConfigFile(resolve(cwd, filePath));
  return typeof file.provider === 'string' && file.provider.trim() ? file.provider.trim() : fallback;
}

/** Throws the registry's ConfigError ("Did you mean …?") for a name the CLI does not know. */
export function requireProvider(name: string): AnyPsaProvider {
  return providerRegistry().require(name);
}

function providerRegistry(): ProviderRegistry {
  return new ProviderRegistry(cliProviders);
}

function readConfigFile(path: string): Settings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
    throw new ConfigError(`Cannot use the config file ${path}: ${reason}. Check the --config path (or PSAGATE_CONFIG).`, { code: 'CONFIG_FILE_UNREADABLE' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // JSON.parse messages quote a few characters around the problem, which may belong to a secret.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new ConfigError(`The config file ${path} is not valid JSON${position ? ` (near character ${position})` : ''}. It must hold one JSON object, e.g. {"provider": "atera", "apiKey": "…"}.`, {
      code: 'CONFIG_FILE_INVALID',
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`The config file ${path} must hold one JSON object shaped like the createGateway config, e.g. {"provider": "atera", "apiKey": "…"}.`, {
      code: 'CONFIG_FILE_INVALID',
    });
  }
  return parsed as Settings;
}

const isPlainObject = (value: unknown): value is Settings => typeof value === 'object' && value !== null && !Array.isArray(value);

function deepMerge(base: Settings, override: Settings): Settings {
  const merged: Settings = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

function leafPaths(value: Settings, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => (isPlainObject(child) ? leafPaths(child, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

function emptyToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
