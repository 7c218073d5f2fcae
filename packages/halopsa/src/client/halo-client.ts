import {
  HttpTransport,
  LruReferenceCache,
  type PsaEvents,
  type ReferenceCache,
  RouteCaller,
  type TokenStore,
  type Clock,
  parseConfig,
  transportSettings,
} from '@psagate/core';
import { HaloAuth } from '../auth/halo-auth';
import { HALO_DEFAULT_RATE_LIMIT, type HaloConfig, type HaloConfigInput, haloConfigSchema } from '../config';
import { haloPaging } from './halo-pages';
import { type HaloOperations, bindHaloOperations } from './halo-operations';
import { HaloRouteCaller } from './route-caller';
import type { HaloOperation } from './route-operations';

/**
 * The native HaloPSA client: every route psagate knows as `client.<group>.<method>(params)`, params
 * named as in Halo's API. Lists return `Paginated` walks, reference lists (agents, statuses,
 * priorities, ticket types) cached arrays, everything else a promise of the parsed record.
 */
export interface HaloClient extends HaloOperations {
  /** The transport every call goes through (rate limiter, retries, events). */
  readonly transport: HttpTransport;
  /** Forgets cached reference lists, after statuses, priorities, ticket types or agents changed in Halo. */
  forgetReferenceData(): void;
}

export interface HaloClientWiring {
  /** Where reference lists are cached; a private five-minute cache when absent. */
  readonly cache?: ReferenceCache | undefined;
  /** Pages fetched at once by lists Halo answers whole (the config's `pageConcurrency`). */
  readonly pageConcurrency?: number | undefined;
}

/** A client over a transport you built (the provider does this with the gateway's shared pieces). */
export function haloClientOver(transport: HttpTransport, wiring: HaloClientWiring = {}): HaloClient {
  const routes = new RouteCaller<HaloOperation>({ transport, paging: (operation) => haloPaging(operation.route) });
  const caller = new HaloRouteCaller(routes, {
    cache: wiring.cache ?? new LruReferenceCache({ ttlMs: 300_000 }).scoped('halopsa'),
    pageConcurrency: wiring.pageConcurrency ?? 4,
  });
  return { ...bindHaloOperations(caller), transport, forgetReferenceData: () => caller.forgetReferenceData() };
}

export interface CreateHaloClientOptions {
  /** Receives warnings, retries, rate-limit waits and token refreshes. */
  readonly events?: PsaEvents | undefined;
  readonly clock?: Clock | undefined;
  /** Shares tokens between clients (and processes, with a store of yours). */
  readonly tokenStore?: TokenStore | undefined;
}

/** The auth strategy for a parsed config. */
export function haloAuthFor(config: HaloConfig, options: Pick<CreateHaloClientOptions, 'clock' | 'tokenStore'> = {}): HaloAuth {
  return new HaloAuth({
    instanceUrl: config.baseUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    scope: config.scope,
    tenant: config.tenant,
    tenantIn: config.tenantIn,
    authUrl: config.authUrl,
    timeoutMs: config.timeoutMs,
    clock: options.clock,
    tokenStore: options.tokenStore,
  });
}

/**
 * A standalone native client:
 * `createHaloClient({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })`. The config
 * is validated at once; every problem is listed in one ConfigError.
 */
export function createHaloClient(config: HaloConfigInput, options: CreateHaloClientOptions = {}): HaloClient {
  const settings = parseConfig('halopsa', haloConfigSchema, config);
  const transport = new HttpTransport({
    provider: 'halopsa',
    baseUrl: settings.baseUrl,
    auth: haloAuthFor(settings, options),
    ...transportSettings(settings, { rateLimit: HALO_DEFAULT_RATE_LIMIT }),
    events: options.events,
    clock: options.clock,
  });
  return haloClientOver(transport, { pageConcurrency: settings.pageConcurrency });
}
