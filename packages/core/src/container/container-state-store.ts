import type { Container } from 'inversify';
import { RateLimiterRegistry } from '../http/rate-limiter-registry';
import type { Clock } from '../time/clock';
import type { StateStore } from './state-store';
import { PsaTokens } from './tokens';

/**
 * The default state store: the container's own rate-limit lanes and token store, in memory. Every
 * gateway built from one container shares them; other processes never see them.
 */
export function containerStateStore(container: Container): StateStore {
  const lanes = container.get(PsaTokens.rateLimiters);
  return {
    createRateLimiter: (policy, laneKey) => lanes.lane(laneKey, policy),
    tokenStore: container.get(PsaTokens.tokenStore),
    close: async () => undefined,
  };
}

/**
 * A plug-in's store with one limiter per lane for the gateway that opened it, whether or not the
 * plug-in keeps its limiters itself: transports built with one credential share one budget.
 */
export function withLaneRegistry(store: StateStore, clock: Clock): StateStore {
  const lanes = new RateLimiterRegistry({ clock, factory: (policy, laneKey) => store.createRateLimiter(policy, laneKey) });
  return {
    createRateLimiter: (policy, laneKey) => lanes.lane(laneKey, policy),
    get tokenStore() {
      return store.tokenStore;
    },
    close: () => store.close(),
  };
}
