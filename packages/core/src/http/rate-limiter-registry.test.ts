import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import type { RateLimitPolicy, RateLimiter } from './rate-limiter';
import { SlidingWindowRateLimiter } from './rate-limiter';
import { RateLimiterRegistry } from './rate-limiter-registry';

const policy: RateLimitPolicy = { requestsPerWindow: 1, windowMs: 60_000, maxConcurrency: 5 };

describe('RateLimiterRegistry', () => {
  it('returns the same limiter for the same lane key', () => {
    const registry = new RateLimiterRegistry({ clock: new FakeClock() });
    const first = registry.lane('atera|https://app.atera.com|key-a', policy);
    expect(registry.lane('atera|https://app.atera.com|key-a', policy)).toBe(first);
    expect(first).toBeInstanceOf(SlidingWindowRateLimiter);
  });

  it('keeps the first policy of a lane: a later policy does not replace a budget in use', () => {
    const registry = new RateLimiterRegistry({ clock: new FakeClock() });
    const limiter = registry.lane('lane', policy) as SlidingWindowRateLimiter;
    registry.lane('lane', { ...policy, requestsPerWindow: 999 });
    expect(limiter.policy.requestsPerWindow).toBe(1);
  });

  it('gives two tenants independent budgets: spending one does not hold the other', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const registry = new RateLimiterRegistry({ clock });
    const tenantA = registry.lane('halopsa|https://a.halopsa.com|client-a', policy);
    const tenantB = registry.lane('halopsa|https://b.halopsa.com|client-b', policy);
    expect(tenantA).not.toBe(tenantB);
    await tenantA.acquire();
    let secondA = false;
    void tenantA.acquire().then(() => {
      secondA = true;
    });
    await expect(tenantB.acquire()).resolves.toBeDefined();
    await clock.advance(0);
    expect(secondA).toBe(false);
  });

  it('never shares lanes between two registries, even for the same key', () => {
    const clock = new FakeClock();
    const one = new RateLimiterRegistry({ clock });
    const two = new RateLimiterRegistry({ clock });
    expect(one.lane('same', policy)).not.toBe(two.lane('same', policy));
  });

  it('builds lanes with an injected factory, once per key, passing the policy and the key', () => {
    const calls: [RateLimitPolicy, string][] = [];
    const fake: RateLimiter = { acquire: async () => ({ release: () => undefined }), observe: () => undefined };
    const registry = new RateLimiterRegistry({
      clock: new FakeClock(),
      factory: (lanePolicy, laneKey) => {
        calls.push([lanePolicy, laneKey]);
        return fake;
      },
    });
    expect(registry.lane('k', policy)).toBe(fake);
    registry.lane('k', policy);
    expect(calls).toEqual([[policy, 'k']]);
  });

  it('starts every lane afresh after clear()', () => {
    const registry = new RateLimiterRegistry({ clock: new FakeClock() });
    const before = registry.lane('lane', policy);
    registry.clear();
    expect(registry.lane('lane', policy)).not.toBe(before);
  });
});
