import { randomUUID } from 'node:crypto';
import type { Clock, TokenSet, TokenStore } from '@psagate/core';
import type { Redis } from 'ioredis';
import type { RedisHealth } from './redis-health';
import type { RedisKeys } from './redis-keys';
import { deleteIfEqualScript } from './redis-scripts';
import { decodeTokenSet, encodeTokenSet } from './token-set-codec';

export interface RedisTokenStoreOptions {
  readonly redis: Redis;
  readonly keys: RedisKeys;
  readonly clock: Clock;
  readonly health: RedisHealth;
  /** How long one process may hold the right to fetch a credential's token (default 15 s). */
  readonly lockTtlMs?: number | undefined;
  /** How often a process waiting for another's token looks again (default 50 ms). */
  readonly pollIntervalMs?: number | undefined;
}

/**
 * One cached token per credential for every process. When the token is missing, exactly one
 * process takes a short lock (SET NX PX) and fetches it; the others re-read the store until it
 * appears. Keys are hashes of the credential id; the token itself is stored as it must be used.
 */
export class RedisTokenStore implements TokenStore {
  readonly #options: RedisTokenStoreOptions;
  readonly #lockTtlMs: number;
  readonly #pollIntervalMs: number;
  /** Locks this process holds: store key → lock value, released when the token is stored. */
  readonly #locks = new Map<string, string>();
  /** The token this process last read or wrote per key, so a delete never removes a newer one. */
  readonly #known = new Map<string, string>();

  constructor(options: RedisTokenStoreOptions) {
    this.#options = options;
    this.#lockTtlMs = options.lockTtlMs ?? 15_000;
    this.#pollIntervalMs = options.pollIntervalMs ?? 50;
  }

  /**
   * The stored token. When there is none, resolves undefined to the one caller (across processes)
   * that should fetch it, and makes every other caller wait for that token instead.
   */
  get(key: string): Promise<TokenSet | undefined> {
    return this.claimRenewal(key, undefined);
  }

  /**
   * Single-flight renewal across processes: a stored token other than `stale` (another process
   * renewed it already, or does so while this one waits), or undefined when this caller holds the
   * lock and must fetch the token and `set()` it. Past twice the lock's life the holder is presumed
   * stuck and the caller fetches its own.
   */
  async claimRenewal(key: string, stale: TokenSet | undefined): Promise<TokenSet | undefined> {
    const { redis, keys, clock } = this.#options;
    this.#checkUsable();
    const giveUpAt = clock.now() + 2 * this.#lockTtlMs;
    for (;;) {
      const encoded = await this.#run(() => redis.get(keys.token(key)));
      const token = decodeTokenSet(encoded);
      if (encoded !== null && token && token.expiresAt > clock.now() && token.accessToken.reveal() !== stale?.accessToken.reveal()) {
        this.#known.set(key, encoded);
        return token;
      }
      const lock = randomUUID();
      const won = await this.#run(() => redis.set(keys.tokenLock(key), lock, 'PX', this.#lockTtlMs, 'NX'));
      if (won === 'OK' || clock.now() >= giveUpAt) {
        if (won === 'OK') this.#locks.set(key, lock);
        return undefined;
      }
      await clock.sleep(this.#pollIntervalMs);
    }
  }

  async set(key: string, token: TokenSet): Promise<void> {
    const { redis, keys, clock } = this.#options;
    this.#checkUsable();
    const encoded = encodeTokenSet(token);
    const ttlMs = Math.max(1, Math.ceil(token.expiresAt - clock.now()));
    await this.#run(() => redis.set(keys.token(key), encoded, 'PX', ttlMs));
    this.#known.set(key, encoded);
    await this.#releaseLock(key);
  }

  /** Drops the token after a 401, unless another process has already replaced it. */
  async delete(key: string): Promise<void> {
    const { redis, keys } = this.#options;
    this.#checkUsable();
    const known = this.#known.get(key);
    this.#known.delete(key);
    if (known === undefined) return;
    await this.#run(() => deleteIfEqualScript.run(redis, [keys.token(key)], [known]));
  }

  async #releaseLock(key: string): Promise<void> {
    const lock = this.#locks.get(key);
    if (lock === undefined) return;
    this.#locks.delete(key);
    await this.#run(() => deleteIfEqualScript.run(this.#options.redis, [this.#options.keys.tokenLock(key)], [lock]));
  }

  /** A lost server fails at once (the token in memory carries on) rather than making requests wait. */
  #checkUsable(): void {
    if (!this.#options.health.usable) throw new Error('the Redis state store is not connected');
  }

  async #run<T>(command: () => Promise<T>): Promise<T> {
    try {
      const result = await command();
      this.#options.health.succeeded();
      return result;
    } catch (error) {
      this.#options.health.failed(error);
      throw error;
    }
  }
}
