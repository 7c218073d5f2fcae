import type { Clock } from '../time/clock';
import { type RateLimitPolicy, type RateLimiter, SlidingWindowRateLimiter } from './rate-limiter';

export type RateLimiterFactory = (policy: RateLimitPolicy, laneKey: string) => RateLimiter;

/**
 * Hands out one rate limiter per lane (provider + origin + credential), so every client that uses
 * the same key shares its budget while different tenants never do. Lives in the container, never
 * in module state.
 */
export class RateLimiterRegistry {
  readonly #lanes = new Map<string, RateLimiter>();
  readonly #factory: RateLimiterFactory;

  constructor(options: { clock: Clock; factory?: RateLimiterFactory | undefined }) {
    this.#factory = options.factory ?? ((policy) => new SlidingWindowRateLimiter(policy, options.clock));
  }

  /** The lane's limiter, created with `policy` the first time the lane is used. */
  lane(laneKey: string, policy: RateLimitPolicy): RateLimiter {
    let limiter = this.#lanes.get(laneKey);
    if (!limiter) {
      limiter = this.#factory(policy, laneKey);
      this.#lanes.set(laneKey, limiter);
    }
    return limiter;
  }

  /** Forgets every lane (their budgets start afresh). */
  clear(): void {
    this.#lanes.clear();
  }
}
