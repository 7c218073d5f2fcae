import type { Container } from 'inversify';
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
