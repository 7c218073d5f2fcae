import type { TokenStore } from '../auth/token-store';
import type { RateLimitPolicy, RateLimiter } from '../http/rate-limiter';
import type { PsaEvents } from '../observability/events';
import type { PsaLogger } from '../observability/logger';
import type { Secret } from '../security/secret';
import type { Clock } from '../time/clock';

/**
 * Where a gateway keeps the state that several processes using one credential must share: its
 * rate budgets and its tokens. The default keeps both in the container's memory; a plug-in such as
 * `@psagate/redis` keeps them in a server every process reaches.
 */
export interface StateStore {
  /**
   * The limiter of one lane (`provider|origin|credentialId`), enforcing `policy`. The same lane
   * key gets the same limiter (the policy of its first call), so every transport using one
   * credential shares one budget.
   */
  createRateLimiter(policy: RateLimitPolicy, laneKey: string): RateLimiter;
  readonly tokenStore: TokenStore;
  /** Releases connections; the gateway calls it from `close()`. */
  close(): Promise<void>;
}

/** `stateStore` in a gateway config, once validated. */
export interface StateStoreSettings {
  /** Which plug-in serves it, e.g. `redis`. */
  readonly type: string;
  /** Where the store lives. It may hold a password, so it stays a Secret. */
  readonly url: Secret;
  /** Prepended to every key the store writes (default `psagate:`), to share one server between apps. */
  readonly keyPrefix?: string | undefined;
}

/** What a state store is told about the gateway it serves. */
export interface StateStoreContext {
  readonly provider: string;
  readonly clock: Clock;
  /** The gateway's events: a store that loses its server reports it as a `warning`. */
  readonly events: PsaEvents;
  readonly logger: PsaLogger;
}

/**
 * A state store implementation, handed to `createGateway(config, { stateStores: [...] })`. Core
 * never imports one: the config names a `type`, and the gateway picks the plug-in of that type.
 */
export interface StateStorePlugin {
  /** The `stateStore.type` it serves, e.g. `redis`. */
  readonly type: string;
  /** URL schemes it accepts (`redis:`, `rediss:`), so a URL alone can pick the plug-in. */
  readonly urlSchemes: readonly string[];
  /** Opens the store for one gateway. Connecting may continue in the background. */
  connect(settings: StateStoreSettings, context: StateStoreContext): StateStore;
}
