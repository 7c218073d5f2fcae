import type { Clock } from '@psagate/core';
import { type RateLimitInfo, type RateLimitPolicy, RateLimiterRegistry, SlidingWindowRateLimiter } from '@psagate/core/provider';

/** What the gateway's rate limiter saw: its policy, the origin it guards and the server's last word on the budget. */
export interface RateLimitObservation {
  policy: RateLimitPolicy | undefined;
  /** Origin of the first transport created (`https://app.atera.com`). */
  origin: string | undefined;
  /** The last response's rate-limit headers that said anything. */
  lastInfo: RateLimitInfo | undefined;
  responses: number;
}

/**
 * A limiter registry (to bind in the container) that behaves like the default one and also
 * records what the doctor needs. Lane keys are `provider|origin|credentialId`.
 */
export function watchingRateLimiters(clock: Clock): { registry: RateLimiterRegistry; observation: RateLimitObservation } {
  const observation: RateLimitObservation = { policy: undefined, origin: undefined, lastInfo: undefined, responses: 0 };
  const registry = new RateLimiterRegistry({
    clock,
    factory: (policy, laneKey) => {
      const limiter = new SlidingWindowRateLimiter(policy, clock);
      if (observation.origin === undefined) {
        observation.origin = laneKey.split('|')[1];
        observation.policy = policy;
      }
      return {
        acquire: (options) => limiter.acquire(options),
        observe(status, info) {
          observation.responses++;
          if (info.limit !== undefined || info.remaining !== undefined || info.retryAfterMs !== undefined) observation.lastInfo = info;
          limiter.observe(status, info);
        },
      };
    },
  });
  return { registry, observation };
}
