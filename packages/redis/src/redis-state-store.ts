import {
  type Clock,
  PsaEvents,
  type PsaLogger,
  type Secret,
  type StateStore,
  type StateStoreContext,
  type StateStorePlugin,
  silentLogger,
  systemClock,
} from '@psagate/core';
import { Redactor } from '@psagate/core/provider';
import { Redis, type RedisOptions } from 'ioredis';
import { RedisHealth } from './redis-health';
import { DEFAULT_KEY_PREFIX, RedisKeys } from './redis-keys';
import { RedisRateLimiter } from './redis-rate-limiter';
import { RedisTokenStore } from './redis-token-store';

export interface RedisStateStoreOptions {
  /** `redis://[:password@]host:port/db` or `rediss://…` for TLS. It may hold a password: keep it a Secret. */
  readonly url: string | Secret;
  /** Prepended to every key (default `psagate:`). */
  readonly keyPrefix?: string | undefined;
  /** Reported in warnings and log lines (default `psagate`). */
  readonly provider?: string | undefined;
  readonly clock?: Clock | undefined;
  /** Receives a `warning` when the server is lost. */
  readonly events?: PsaEvents | undefined;
  readonly logger?: PsaLogger | undefined;
  /** How long one process may hold the right to fetch a token (default 15 s). */
  readonly tokenLockTtlMs?: number | undefined;
  /** Longest wait for one Redis command before this process carries on alone (default 2 s). */
  readonly commandTimeoutMs?: number | undefined;
  /** Extra ioredis options (TLS settings, for instance). */
  readonly redisOptions?: Omit<RedisOptions, 'replyMapping'> | undefined;
}

/** A Redis-backed state store, with the client it opened. */
export interface RedisStateStore extends StateStore {
  readonly tokenStore: RedisTokenStore;
  /** The ioredis client (for health checks; psagate closes it in `close()`). */
  readonly redis: Redis;
}

/**
 * Opens a state store on a Redis server: one rate budget per credential and one cached token per
 * credential for every process that uses the same server and key prefix. The gateway builds one
 * through {@link redisStateStore}; call this directly to rebind a container's services yourself.
 */
export function createRedisStateStore(options: RedisStateStoreOptions): RedisStateStore {
  const url = typeof options.url === 'string' ? options.url : options.url.reveal();
  const redactor = new Redactor();
  redactor.add(url);
  const password = passwordOf(url);
  if (password) redactor.add(password);
  const context: StateStoreContext = {
    provider: options.provider ?? 'psagate',
    clock: options.clock ?? systemClock,
    events: options.events ?? new PsaEvents(),
    logger: options.logger ?? silentLogger,
  };
  const commandTimeout = options.commandTimeoutMs ?? 2_000;
  // Without replyMapping: ioredis types it in two ways that clash under exactOptionalPropertyTypes.
  const redisOptions: Omit<RedisOptions, 'replyMapping'> = {
    // Commands wait for a first connection; after that a lost server fails them quickly.
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    connectTimeout: commandTimeout,
    commandTimeout,
    retryStrategy: (attempt: number) => Math.min(100 * attempt, 2_000),
    ...options.redisOptions,
  };
  const redis = new Redis(url, redisOptions);
  const health = new RedisHealth(redis, context, redactor);
  const keys = new RedisKeys(options.keyPrefix ?? DEFAULT_KEY_PREFIX);
  const tokenStore = new RedisTokenStore({ redis, keys, clock: context.clock, health, lockTtlMs: options.tokenLockTtlMs });
  let closing: Promise<void> | undefined;
  return {
    redis,
    tokenStore,
    createRateLimiter: (policy, laneKey) => new RedisRateLimiter({ redis, keys, laneKey, policy, clock: context.clock, health }),
    close() {
      health.closing();
      closing ??= redis.quit().then(
        () => undefined,
        () => redis.disconnect(),
      );
      return closing;
    },
  };
}

/**
 * The plug-in for `createGateway(config, { providers, stateStores: [redisStateStore] })` with
 * `stateStore: { type: 'redis', url }` in the config (or `PSAGATE_STATE_STORE_URL=redis://…`).
 */
export const redisStateStore: StateStorePlugin = {
  type: 'redis',
  urlSchemes: ['redis:', 'rediss:'],
  connect: (settings, context) =>
    createRedisStateStore({
      url: settings.url,
      keyPrefix: settings.keyPrefix,
      provider: context.provider,
      clock: context.clock,
      events: context.events,
      logger: context.logger,
    }),
};

function passwordOf(url: string): string | undefined {
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}
