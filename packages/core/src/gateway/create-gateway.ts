import { randomUUID } from 'node:crypto';
import type { Container } from 'inversify';
import { ObservedReferenceCache } from '../cache/observed-reference-cache';
import { configErrorFromIssues } from '../config/config-error';
import type { CommonConfig } from '../config/config-schemas';
import { envSourcesOf } from '../config/env-config';
import type { GatewaySettingsInput } from '../config/state-store-config';
import { containerStateStore, withLaneRegistry } from '../container/container-state-store';
import { createPsaContainer } from '../container/psa-container';
import type { StateStore, StateStorePlugin } from '../container/state-store';
import { PsaTokens } from '../container/tokens';
import { ConfigError } from '../errors/error-types';
import { isPsaError } from '../errors/psa-error';
import { PsaEvents } from '../observability/events';
import type { PsaLogger } from '../observability/logger';
import type { AlertsPort } from '../ports/alerts-port';
import type { CustomersPort } from '../ports/customers-port';
import type { DevicesPort } from '../ports/devices-port';
import type { TicketsPort } from '../ports/tickets-port';
import { type ProviderCapabilities, resolveCapabilities } from '../provider/capabilities';
import type { AnyPsaProvider, ConfigFor, NativeOf, ProviderInstance, ProviderNamed } from '../provider/provider-definition';
import type { ProviderRegistry } from '../provider/provider-registry';
import { NeutralAlerts } from './neutral-alerts';
import { NeutralCustomers } from './neutral-customers';
import { NeutralDevices } from './neutral-devices';
import { NeutralTickets } from './neutral-tickets';
import { createProviderContext } from './provider-context-factory';
import { resolveStateStore } from './state-store-resolution';

/** The neutral API over one provider. The same calling code works for every provider. */
export interface Gateway<Native = unknown> {
  /** Provider name, e.g. `atera`. */
  readonly provider: string;
  readonly displayName: string;
  /** What this provider supports, operation by operation and filter by filter. */
  readonly capabilities: ProviderCapabilities;
  readonly tickets: TicketsPort;
  readonly devices: DevicesPort;
  readonly alerts: AlertsPort;
  readonly customers: CustomersPort;
  /** The provider's full native client, for what the neutral API does not cover. */
  readonly native: Native;
  /** Requests, retries, rate-limit waits, token refreshes, warnings and errors as they happen. */
  readonly events: PsaEvents;
  /** Releases the provider's resources and this gateway's cache entries. */
  close(): Promise<void>;
}

export interface CreateGatewayOptions<P extends AnyPsaProvider> {
  /** Providers to choose from (registered into the container if one is given too). */
  readonly providers?: readonly P[] | undefined;
  /** A container from `createPsaContainer()` with services you rebound (logger, cache, limiter, token store). */
  readonly container?: Container | undefined;
  /** Receives events; a new hub is made when omitted. */
  readonly events?: PsaEvents | undefined;
  /**
   * State store plug-ins the config may name in `stateStore.type`, e.g. `[redisStateStore]` from
   * `@psagate/redis`. Without `stateStore` in the config, none is used.
   */
  readonly stateStores?: readonly StateStorePlugin[] | undefined;
}

/** The variable behind each setting (`apiKey` → `ATERA_API_KEY`), for config error messages. */
export type ConfigSources = Readonly<Record<string, string>>;

/**
 * Builds the gateway for `config.provider`. The rest of the config is validated by that provider's
 * schema, and every problem is reported at once in one ConfigError. Swapping providers is a config
 * change only.
 *
 * Typed from the `provider` literal: with several providers registered, the config is checked
 * against the named provider's settings and `gateway.native` is that provider's client.
 */
export function createGateway<P extends AnyPsaProvider, const Name extends P['name']>(
  config: { readonly provider: Name } & ConfigFor<ProviderNamed<P, Name>> & GatewaySettingsInput,
  options: CreateGatewayOptions<P>,
): Gateway<NativeOf<P, Name>> {
  return buildGateway(config, options) as Gateway<NativeOf<P, Name>>;
}

/** createGateway without the static typing, for config assembled at run time (env, files). */
export function buildGateway(config: unknown, options: CreateGatewayOptions<AnyPsaProvider>, sources?: ConfigSources): Gateway {
  const { container, registry } = resolveRegistry(options);

  if (!config || typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError(`The gateway config must be an object with a "provider" field (one of: ${registry.names().join(', ') || 'none registered'}).`);
  }
  const { provider: name, stateStore: stateStoreConfig, ...settings } = config as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ConfigError(`The gateway config needs "provider": one of ${registry.names().join(', ') || '(none registered)'}.`, { code: 'MISSING_PROVIDER' });
  }
  const provider = registry.require(name);
  const parsed = provider.configSchema.safeParse(settings);
  if (!parsed.success) throw configErrorFromIssues(provider.name, parsed.error.issues, sources ?? envSourcesOf(provider));
  const shared = resolveStateStore(stateStoreConfig, options.stateStores ?? [], provider.name, sources);

  const logger: PsaLogger = container.get(PsaTokens.logger);
  const events =
    options.events ??
    new PsaEvents({ onListenerError: (error, event) => logger.warn(`A "${event}" listener threw; psagate ignored it`, { error: String(error) }) });
  const cacheSettings = (parsed.data as Partial<CommonConfig> | undefined)?.cache;
  // Observed here, above the shared cache, so `cache` events count this gateway's lookups only.
  const cache = new ObservedReferenceCache(
    container.get(PsaTokens.cache).scoped(`${provider.name}:${randomUUID()}`, { enabled: cacheSettings?.enabled, ttlMs: cacheSettings?.ttlMs }),
    (namespace, hit) => events.emit('cache', { provider: provider.name, namespace, hit }),
    () => events.has('cache'),
  );
  const clock = container.get(PsaTokens.clock);
  const stateStore: StateStore = shared
    ? withLaneRegistry(shared.plugin.connect(shared.settings, { provider: provider.name, clock, events, logger }), clock)
    : containerStateStore(container);
  const context = createProviderContext({ provider: provider.name, container, events, logger, cache, stateStore });

  let instance: ProviderInstance;
  let capabilities: ProviderCapabilities;
  try {
    instance = provider.create(parsed.data, context);
    capabilities = resolveCapabilities(instance.support ?? provider.capabilities);
    checkNarrowing(provider, capabilities);
    checkImplementation(provider, instance, capabilities);
  } catch (error) {
    // Nothing will close this gateway: release the store's connections now.
    stateStore.close().catch(() => undefined);
    if (isPsaError(error, 'config')) {
      throw new ConfigError(`Invalid configuration for provider "${provider.name}": ${error.message}`, { provider: provider.name, code: error.code });
    }
    throw error;
  }

  return Object.freeze({
    provider: provider.name,
    displayName: provider.displayName,
    capabilities,
    tickets: new NeutralTickets(provider.name, instance.tickets, capabilities.tickets, cache),
    devices: new NeutralDevices(provider.name, instance.devices, capabilities.devices),
    alerts: new NeutralAlerts(provider.name, instance.alerts, capabilities.alerts, cache),
    customers: new NeutralCustomers(provider.name, instance.customers, capabilities.customers, cache),
    native: instance.native,
    events,
    async close() {
      cache.clear();
      try {
        await instance.close?.();
      } finally {
        await stateStore.close();
      }
    },
  });
}

/** The container to build from (a new one unless given) and its registry, with `options.providers` registered. */
export function resolveRegistry(options: CreateGatewayOptions<AnyPsaProvider>): { container: Container; registry: ProviderRegistry } {
  const container = options.container ?? createPsaContainer();
  const registry = container.get(PsaTokens.providers);
  for (const provider of options.providers ?? []) registry.register(provider);
  return { container, registry };
}

/** An instance may support less than its provider declares (a setting is missing), never more. */
function checkNarrowing(provider: AnyPsaProvider, capabilities: ProviderCapabilities): void {
  const declared = resolveCapabilities(provider.capabilities);
  const extra: string[] = [];
  for (const resource of ['tickets', 'devices', 'alerts', 'customers'] as const) {
    for (const [operation, supported] of Object.entries(capabilities[resource].operations)) {
      if (supported && !(declared[resource].operations as Record<string, boolean>)[operation]) extra.push(`${resource}.${operation}`);
    }
  }
  if (extra.length > 0) {
    throw new TypeError(`Provider "${provider.name}" created an instance supporting ${extra.join(', ')}, which its capabilities do not declare.`);
  }
}

/** A provider that declares an operation must implement it: found at start-up, not on the first call. */
function checkImplementation(provider: AnyPsaProvider, instance: ProviderInstance, capabilities: ProviderCapabilities): void {
  const missing: string[] = [];
  for (const resource of ['tickets', 'devices', 'alerts', 'customers'] as const) {
    const adapter = instance[resource] as Record<string, unknown> | undefined;
    for (const [operation, supported] of Object.entries(capabilities[resource].operations)) {
      if (supported && typeof adapter?.[operation] !== 'function') missing.push(`${resource}.${operation}`);
    }
  }
  if (missing.length > 0) {
    throw new TypeError(`Provider "${provider.name}" declares ${missing.join(', ')} in its capabilities but does not implement ${missing.length > 1 ? 'them' : 'it'}.`);
  }
}
