import type { Clock, PsaEvents, TokenStore } from '@psagate/core';
import { type HttpTransport, parseConfig, standaloneProviderContext } from '@psagate/core/provider';
import { type HaloConfigInput, haloConfigSchema } from '../config';
import { wireHalo } from '../wiring';
import type { HaloOperations } from './halo-operations';

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

export interface CreateHaloClientOptions {
  /** Receives warnings, retries, rate-limit waits and token refreshes. */
  readonly events?: PsaEvents | undefined;
  readonly clock?: Clock | undefined;
  /** Shares tokens between clients (and processes, with a store of yours). */
  readonly tokenStore?: TokenStore | undefined;
}

/**
 * A standalone native client:
 * `createHaloClient({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })`. The config
 * is validated at once; every problem is listed in one ConfigError. The client has its own rate
 * lane and reference cache (a gateway's `native` client shares the gateway's).
 */
export function createHaloClient(config: HaloConfigInput, options: CreateHaloClientOptions = {}): HaloClient {
  const settings = parseConfig('halopsa', haloConfigSchema, config);
  return wireHalo(settings, standaloneProviderContext('halopsa', { events: options.events, clock: options.clock, tokenStore: options.tokenStore }));
}
