import { ConfigError } from '../errors/error-types';

export interface SlidingWindowCounterOptions {
  /** Requests allowed per key in any window. */
  readonly limit: number;
  readonly windowMs: number;
  /** Epoch milliseconds; inject a fake for tests. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/** The verdict on one request. */
export interface RateWindowDecision {
  readonly allowed: boolean;
  readonly limit: number;
  /** Requests left in the window after this one. */
  readonly remaining: number;
  /** Epoch ms when the oldest request in the window leaves it, freeing a slot. */
  readonly resetAt: number;
  /** How long a refused request should wait (0 when allowed). */
  readonly retryAfterMs: number;
  /** When the decision was made (epoch ms), for headers relative to it. */
  readonly decidedAt: number;
}

/** The allowed requests of one key: a ring of their times, at most `limit` long. */
class KeyWindow {
  readonly #times: number[] = [];
  #head = 0;
  #count = 0;

  constructor(readonly limit: number) {}

  get count(): number {
    return this.#count;
  }

  /** Time of the oldest request still counted. */
  oldest(): number | undefined {
    return this.#count === 0 ? undefined : this.#times[this.#head];
  }

  expire(cutoff: number): void {
    while (this.#count > 0 && (this.#times[this.#head] as number) <= cutoff) {
      this.#head = (this.#head + 1) % this.limit;
      this.#count--;
    }
  }

  add(time: number): void {
    this.#times[(this.#head + this.#count) % this.limit] = time;
    this.#count++;
  }
}

/**
 * Counts requests per key over a sliding window, as a server enforcing "N requests a minute" does:
 * a request is allowed when fewer than `limit` allowed requests happened in the last `windowMs`.
 * Refused requests do not count. Memory per key is bounded by `limit`.
 */
export class SlidingWindowCounter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, KeyWindow>();

  constructor(options: SlidingWindowCounterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) {
      throw new ConfigError(`The sandbox rate limit must be a positive integer of requests per window, got ${String(options.limit)}.`);
    }
    if (!Number.isFinite(options.windowMs) || options.windowMs <= 0) {
      throw new ConfigError(`The sandbox rate-limit window must be a positive number of milliseconds, got ${String(options.windowMs)}.`);
    }
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  /** Counts one request for `key` if the window has room, and says what happened. */
  hit(key: string): RateWindowDecision {
    return this.#decide(key, true);
  }

  /** The state of `key`'s window without counting a request. */
  peek(key: string): RateWindowDecision {
    return this.#decide(key, false);
  }

  /** Forgets every key's requests. */
  reset(): void {
    this.#windows.clear();
  }

  #decide(key: string, count: boolean): RateWindowDecision {
    const now = this.#now();
    let window = this.#windows.get(key);
    if (!window) {
      window = new KeyWindow(this.limit);
      if (count) this.#windows.set(key, window);
    }
    window.expire(now - this.windowMs);
    const allowed = window.count < this.limit;
    if (allowed && count) window.add(now);
    const resetAt = (window.oldest() ?? now) + this.windowMs;
    return {
      allowed,
      limit: this.limit,
      remaining: this.limit - window.count,
      resetAt,
      retryAfterMs: allowed ? 0 : Math.max(0, resetAt - now),
      decidedAt: now,
    };
  }
}
