import { describe, expect, it } from 'vitest';
import { Secret } from '../security/secret';
import { FakeClock } from '../testing/fake-clock';
import { type TokenLifecycleOptions, TokenLifecycle, type TokenOutcome, type TokenRefreshReason } from './token-lifecycle';
import type { TokenSet } from './token-set';
import { InMemoryTokenStore, type TokenStore } from './token-store';

const HOUR = 3_600_000;

interface Harness {
  readonly clock: FakeClock;
  readonly lifecycle: TokenLifecycle;
  readonly calls: { reason: TokenRefreshReason; current: string | undefined }[];
  readonly events: [TokenRefreshReason, TokenOutcome | 'failed'][];
  /** Makes the next obtain calls fail until reset. */
  failing: boolean;
  /** While set, obtain waits for this promise. */
  gate: Promise<void> | undefined;
}

function harness(overrides: Partial<TokenLifecycleOptions> & { lifetimeMs?: number } = {}): Harness {
  const clock = new FakeClock();
  const calls: Harness['calls'] = [];
  const events: Harness['events'] = [];
  const lifetimeMs = overrides.lifetimeMs ?? HOUR;
  const state: Harness = {
    clock,
    calls,
    events,
    failing: false,
    gate: undefined,
    lifecycle: new TokenLifecycle({
      key: 'cred-1',
      store: new InMemoryTokenStore(),
      clock,
      refreshWindowMs: 120_000,
      expirySkewMs: 5_000,
      obtain: async (reason, current) => {
        calls.push({ reason, current: current?.accessToken.reveal() });
        if (state.gate) await state.gate;
        if (state.failing) throw new Error('token endpoint down');
        const now = clock.now();
        return { token: { accessToken: new Secret(`token-${calls.length}`), obtainedAt: now, expiresAt: now + lifetimeMs }, outcome: 'refreshed' };
      },
      onRefresh: (reason, outcome) => events.push([reason, outcome]),
      ...overrides,
    }),
  };
  return state;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const stored = (value: string, clock: FakeClock, lifetimeMs = HOUR): TokenSet => ({
  accessToken: new Secret(value),
  obtainedAt: clock.now(),
  expiresAt: clock.now() + lifetimeMs,
});

describe('TokenLifecycle', () => {
  it('fetches a token on first use and then reuses it', async () => {
    const h = harness();
    const first = await h.lifecycle.token();
    const second = await h.lifecycle.token();
    expect(second).toBe(first);
    expect(h.calls).toEqual([{ reason: 'initial', current: undefined }]);
    expect(h.events).toEqual([['initial', 'refreshed']]);
  });

  it('shares one token request among 1,000 callers that start with no token', async () => {
    const h = harness();
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => h.lifecycle.token()));
    expect(h.calls).toHaveLength(1);
    expect(new Set(tokens).size).toBe(1);
  });

  it('refreshes in the background inside the window while the current token keeps serving', async () => {
    const h = harness();
    const first = await h.lifecycle.token();
    await h.clock.advance(HOUR - 120_000);
    const gate = deferred();
    h.gate = gate.promise;
    expect(await h.lifecycle.token()).toBe(first);
    expect(await h.lifecycle.token()).toBe(first);
    expect(h.calls.map((call) => call.reason)).toEqual(['initial', 'expiring']);
    gate.resolve();
    await h.clock.advance(0);
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-2');
  });

  it('makes callers wait for a new token once the current one is within the expiry skew', async () => {
    const h = harness();
    await h.lifecycle.token();
    await h.clock.advance(HOUR - 4_000);
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => h.lifecycle.token()));
    expect(tokens.every((token) => token.accessToken.reveal() === 'token-2')).toBe(true);
    expect(h.calls.map((call) => call.reason)).toEqual(['initial', 'expired']);
    expect(h.calls[1]?.current).toBe('token-1');
  });

  it('keeps serving the valid token when a background refresh fails, and waits before trying again', async () => {
    const h = harness();
    await h.lifecycle.token();
    await h.clock.advance(HOUR - 100_000);
    h.failing = true;
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-1');
    await h.clock.advance(0);
    expect(h.events.at(-1)).toEqual(['expiring', 'failed']);
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-1');
    expect(h.calls).toHaveLength(2);
    await h.clock.advance(10_000);
    h.failing = false;
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-1');
    await h.clock.advance(0);
    expect(h.calls).toHaveLength(3);
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-3');
  });

  it('rejects waiting callers when the token has expired and cannot be renewed, then tries again on the next call', async () => {
    const h = harness();
    await h.lifecycle.token();
    await h.clock.advance(HOUR);
    h.failing = true;
    await expect(h.lifecycle.token()).rejects.toThrow('token endpoint down');
    h.failing = false;
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-3');
  });

  it('sizes the refresh window to half the life of a short-lived token', async () => {
    const h = harness({ lifetimeMs: 60_000 });
    await h.lifecycle.token();
    await h.clock.advance(29_000);
    await h.lifecycle.token();
    expect(h.calls).toHaveLength(1);
    await h.clock.advance(1_000);
    await h.lifecycle.token();
    expect(h.calls.map((call) => call.reason)).toEqual(['initial', 'expiring']);
  });

  it('does not call the token endpoint on every request when tokens live shorter than the expiry skew', async () => {
    const h = harness({ lifetimeMs: 2_000 });
    await h.lifecycle.token();
    await h.lifecycle.token();
    await h.lifecycle.token();
    expect(h.calls).toHaveLength(1);
  });

  it('after a 401 replaces the token behind the stamp once, however many requests report it', async () => {
    const h = harness();
    const used = await h.lifecycle.token();
    await Promise.all(Array.from({ length: 1000 }, () => h.lifecycle.renewAfterUnauthorized(used)));
    expect(h.calls.map((call) => call.reason)).toEqual(['initial', 'unauthorized']);
    expect(h.calls[1]?.current).toBe('token-1');
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-2');
  });

  it('does nothing after a 401 whose token was already replaced', async () => {
    const h = harness();
    const old = await h.lifecycle.token();
    await h.lifecycle.renewAfterUnauthorized(old);
    await h.lifecycle.renewAfterUnauthorized(old);
    expect(h.calls).toHaveLength(2);
  });

  it('joins a renewal already in flight instead of starting another', async () => {
    const h = harness();
    const used = await h.lifecycle.token();
    await h.clock.advance(HOUR);
    const gate = deferred();
    h.gate = gate.promise;
    const waiting = h.lifecycle.token();
    const renewal = h.lifecycle.renewAfterUnauthorized(used);
    gate.resolve();
    await Promise.all([waiting, renewal]);
    expect(h.calls.map((call) => call.reason)).toEqual(['initial', 'expired']);
  });

  it('keeps one renewal for 1,000 concurrent 401s even when the store deletes asynchronously', async () => {
    const clock = new FakeClock();
    const inner = new InMemoryTokenStore();
    let deletes = 0;
    const slowStore: TokenStore = {
      get: (key) => inner.get(key),
      set: (key, token) => inner.set(key, token),
      // Each delete takes longer than the one before, as a remote store under load might.
      delete: (key) => clock.sleep(10 * ++deletes).then(() => inner.delete(key)),
    };
    const h = harness({ clock, store: slowStore });
    const used = await h.lifecycle.token();
    await Promise.all(Array.from({ length: 1000 }, () => h.lifecycle.renewAfterUnauthorized(used)));
    expect(h.calls).toHaveLength(2);
    expect(inner.get('cred-1')?.accessToken.reveal()).toBe('token-2');
  });

  it('never serves the token refused with 401 again, even while the store still holds it', async () => {
    const clock = new FakeClock();
    const store = new InMemoryTokenStore();
    store.set('cred-1', stored('stale-token', clock));
    const h = harness({ clock, store });
    const used = await h.lifecycle.token();
    expect(used.accessToken.reveal()).toBe('stale-token');
    h.failing = true;
    await expect(h.lifecycle.renewAfterUnauthorized(used)).rejects.toThrow();
    store.set('cred-1', stored('stale-token', clock));
    await expect(h.lifecycle.token()).rejects.toThrow('token endpoint down');
    h.failing = false;
    expect((await h.lifecycle.token()).accessToken.reveal()).not.toBe('stale-token');
  });

  it('serves requests made during a 401 renewal with the new token, not the dropped one', async () => {
    const clock = new FakeClock();
    const store = new InMemoryTokenStore();
    store.set('cred-1', stored('stale-token', clock));
    const h = harness({ clock, store });
    const used = await h.lifecycle.token();
    const gate = deferred();
    h.gate = gate.promise;
    const renewal = h.lifecycle.renewAfterUnauthorized(used);
    const during = h.lifecycle.token();
    gate.resolve();
    await renewal;
    expect((await during).accessToken.reveal()).toBe('token-1');
  });

  it('reuses a valid token found in the store without a token request', async () => {
    const clock = new FakeClock();
    const store = new InMemoryTokenStore();
    store.set('cred-1', stored('from-store', clock));
    const h = harness({ clock, store });
    const tokens = await Promise.all(Array.from({ length: 100 }, () => h.lifecycle.token()));
    expect(tokens.every((token) => token.accessToken.reveal() === 'from-store')).toBe(true);
    expect(h.calls).toHaveLength(0);
  });

  it('renews an expired token found in the store, passing it as the token being replaced', async () => {
    const clock = new FakeClock();
    const store = new InMemoryTokenStore();
    store.set('cred-1', { accessToken: new Secret('old-one'), obtainedAt: clock.now() - 2 * HOUR, expiresAt: clock.now() - HOUR });
    const h = harness({ clock, store });
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-1');
    expect(h.calls).toEqual([{ reason: 'expired', current: 'old-one' }]);
    expect(store.get('cred-1')?.accessToken.reveal()).toBe('token-1');
  });

  it('reads the store again when the first read found nothing (another process may have stored a token)', async () => {
    const clock = new FakeClock();
    let reads = 0;
    const store: TokenStore = {
      get: () => {
        reads += 1;
        return undefined;
      },
      set: () => undefined,
      delete: () => undefined,
    };
    const h = harness({ clock, store });
    const used = await h.lifecycle.token();
    await h.lifecycle.renewAfterUnauthorized(used);
    expect(reads).toBe(1);
    h.failing = true;
    await expect(h.lifecycle.renewAfterUnauthorized(await h.lifecycle.token())).rejects.toThrow();
    await expect(h.lifecycle.token()).rejects.toThrow();
    expect(reads).toBe(2);
  });

  it('still authorizes when the custom store fails to read or write', async () => {
    const broken: TokenStore = {
      get: () => Promise.reject(new Error('redis down')),
      set: () => Promise.reject(new Error('redis down')),
      delete: () => {
        throw new Error('redis down');
      },
    };
    const h = harness({ store: broken });
    const used = await h.lifecycle.token();
    expect(used.accessToken.reveal()).toBe('token-1');
    await h.lifecycle.renewAfterUnauthorized(used);
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-2');
  });

  it('does not let a throwing onRefresh listener turn a good token into an error', async () => {
    const h = harness({
      onRefresh: () => {
        throw new Error('listener bug');
      },
    });
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-1');
  });
});

describe('TokenLifecycle with a store shared by several processes', () => {
  /** A store whose claimRenewal answers with the token another process has just stored. */
  function sharedStore(renewedElsewhere: () => TokenSet | undefined) {
    const inner = new InMemoryTokenStore();
    const claims: (string | undefined)[] = [];
    const store: TokenStore = {
      get: (key) => inner.get(key),
      set: (key, token) => inner.set(key, token),
      delete: (key) => inner.delete(key),
      claimRenewal: async (_key, stale) => {
        claims.push(stale?.accessToken.reveal());
        return renewedElsewhere();
      },
    };
    return { store, claims };
  }

  it('uses a token another process renewed instead of fetching one after expiry', async () => {
    const elsewhere: { token?: TokenSet } = {};
    const shared = sharedStore(() => elsewhere.token);
    const h = harness({ store: shared.store });
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-1');
    await h.clock.advance(HOUR);
    elsewhere.token = stored('renewed-by-another-process', h.clock);
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('renewed-by-another-process');
    expect(h.calls).toHaveLength(1);
    expect(shared.claims).toEqual(['token-1']);
  });

  it('fetches the token itself when the store hands it the renewal', async () => {
    const shared = sharedStore(() => undefined);
    const h = harness({ store: shared.store });
    const first = await h.lifecycle.token();
    await h.lifecycle.renewAfterUnauthorized(first);
    expect((await h.lifecycle.token()).accessToken.reveal()).toBe('token-2');
    expect(h.calls.map((call) => call.reason)).toEqual(['initial', 'unauthorized']);
  });
});
