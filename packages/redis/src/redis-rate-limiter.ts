import { randomUUID } from 'node:crypto';
import type { Clock } from '@psagate/core';
import {
  type AcquireOptions,
  type RateLimitInfo,
  type RateLimitPermit,
  type RateLimitPolicy,
  type RateLimiter,
  SlidingWindowRateLimiter,
  defaultWindowMarginMs,
} from '@psagate/core/provider';
import type { Redis } from 'ioredis';
import type { RedisHealth } from './redis-health';
import type { RedisKeys } from './redis-keys';
import { extendPauseScript, slidingWindowScript } from './redis-scripts';

export interface RedisRateLimiterOptions {
  readonly redis: Redis;
  readonly keys: RedisKeys;
  /** The lane: provider, origin and credential id. Hashed before it becomes a key. */
  readonly laneKey: string;
  readonly policy: RateLimitPolicy;
  readonly clock: Clock;
  readonly health: RedisHealth;
}

/**
 * One rate budget per lane across every process that shares the Redis server. Each start is
 * counted by an atomic script over a shared sliding window; this process's own limiter still holds
 * `maxConcurrency`, the pauses its responses ask for, and takes over alone when Redis is lost.
 *
 * Start times come from the gateway's clock, so hosts sharing a budget need synchronised clocks
 * (NTP); the window margin absorbs the usual few milliseconds of skew.
 */
export class RedisRateLimiter implements RateLimiter {
  readonly policy: RateLimitPolicy;
  readonly #options: RedisRateLimiterOptions;
  /** This process's limiter: concurrency, server pauses, and the whole budget while Redis is out. */
  readonly #local: SlidingWindowRateLimiter;
  readonly #windowMs: number;
  readonly #startsKey: string;
  readonly #pauseKey: string;
  readonly #memberPrefix = randomUUID();
  #sequence = 0;
  /** Shared reservations are made one at a time per process, first come first served. */
  #queueTail: Promise<void> = Promise.resolve();

  constructor(options: RedisRateLimiterOptions) {
    this.#options = options;
    this.policy = options.policy;
    this.#local = new SlidingWindowRateLimiter(options.policy, options.clock);
    this.#windowMs = options.policy.windowMs + (options.policy.windowMarginMs ?? defaultWindowMarginMs(options.policy.windowMs));
    this.#startsKey = options.keys.rateStarts(options.laneKey);
    this.#pauseKey = options.keys.ratePause(options.laneKey);
  }

  async acquire(options: AcquireOptions = {}): Promise<RateLimitPermit> {
    const permit = await this.#local.acquire(options);
    try {
      await this.#reserveShared(options);
      return permit;
    } catch (error) {
      permit.release();
      throw error;
    }
  }

  observe(status: number, info: RateLimitInfo): void {
    this.#local.observe(status, info);
    if (status !== 429 && status !== 503) return;
    const now = this.#options.clock.now();
    const until = info.retryAfterMs !== undefined ? now + info.retryAfterMs : status === 429 ? info.resetAt : undefined;
    if (until === undefined || until <= now || !this.#options.health.usable) return;
    // Every process pauses, not only the one that was told: they all spend the same budget.
    extendPauseScript.run(this.#options.redis, [this.#pauseKey], [until, Math.ceil(until - now)]).then(
      () => this.#options.health.succeeded(),
      (error: unknown) => this.#options.health.failed(error),
    );
  }

  async #reserveShared(options: AcquireOptions): Promise<void> {
    const previous = this.#queueTail;
    let done!: () => void;
    this.#queueTail = new Promise<void>((resolve) => {
      done = resolve;
    });
    try {
      await untilAborted(previous, options.signal);
      await this.#reserve(options);
    } finally {
      // An aborted waiter still hands over its turn only after the one before it is done.
      previous.then(done, done);
    }
  }

  async #reserve(options: AcquireOptions): Promise<void> {
    const { redis, clock, health } = this.#options;
    const member = `${this.#memberPrefix}:${++this.#sequence}`;
    const startedAt = clock.now();
    let reason: 'window' | 'retry-after' | undefined;
    for (;;) {
      if (!health.usable) return;
      let reply: unknown;
      try {
        reply = await slidingWindowScript.run(redis, [this.#startsKey, this.#pauseKey], [clock.now(), this.#windowMs, this.policy.requestsPerWindow, member]);
      } catch (error) {
        // Degrade, don't fail: this process's own limiter already granted the request.
        health.failed(error);
        return;
      }
      health.succeeded();
      const [granted, waitMs, paused] = readReply(reply);
      if (granted) {
        const waited = clock.now() - startedAt;
        if (waited > 0 && reason) options.onWait?.(waited, reason);
        return;
      }
      reason = paused ? 'retry-after' : 'window';
      await clock.sleep(waitMs, options.signal);
    }
  }
}

function readReply(reply: unknown): [granted: boolean, waitMs: number, paused: boolean] {
  if (!Array.isArray(reply) || reply.length < 3) throw new TypeError('The rate-limit script answered in an unexpected shape');
  return [Number(reply[0]) === 1, Math.max(1, Number(reply[1]) || 1), Number(reply[2]) === 1];
}

function untilAborted(work: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
