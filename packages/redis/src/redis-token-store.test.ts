import { randomUUID } from 'node:crypto';
import { PsaEvents, Secret, type TokenSet, silentLogger } from '@psagate/core';
import { OAuth2ClientCredentialsAuth, Redactor } from '@psagate/core/provider';
import { FakeClock } from '@psagate/core/testing';
import { Redis } from 'ioredis';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RedisHealth } from './redis-health';
import { RedisKeys } from './redis-keys';
import { RedisTokenStore } from './redis-token-store';
import { useTestRedis } from './testing/redis-server.test-helpers';

const redisServer = await useTestRedis();
const tokenServer = setupServer();
beforeAll(() => tokenServer.listen({ onUnhandledRequest: 'error' }));
afterAll(async () => {
  tokenServer.close();
  await redisServer?.stop();
});

describe.skipIf(!redisServer)('RedisTokenStore', () => {
  const clients: Redis[] = [];
  afterEach(() => {
    tokenServer.resetHandlers();
    for (const client of clients.splice(0)) client.disconnect();
  });

  /** One "process": its own connection and store over keys shared through Redis. */
  function storeOn(keys: RedisKeys, clock: FakeClock, lockTtlMs?: number) {
    const redis = new Redis(redisServer?.url ?? '');
    clients.push(redis);
    const health = new RedisHealth(redis, { provider: 'test', clock, events: new PsaEvents(), logger: silentLogger }, new Redactor());
    return new RedisTokenStore({ redis, keys, clock, health, lockTtlMs });
  }

  const freshKeys = () => new RedisKeys(`test:${randomUUID()}:`);
  /**
   * Waiters poll on a fake clock that jumps ahead at once, while the holder's token request takes real
   * time: a long lock keeps them waiting for it however slow the machine is, instead of giving up.
   */
  const LONG_LOCK_MS = 3_600_000;
  const token = (value: string, clock: FakeClock): TokenSet => ({
    accessToken: new Secret(value),
    expiresAt: clock.now() + 3_600_000,
    obtainedAt: clock.now(),
    refreshToken: new Secret(`refresh-${value}`),
    tokenType: 'Bearer',
  });

  /** A token endpoint numbering the tokens it issues. */
  function countTokenRequests(): { readonly issued: number } {
    const counter = { issued: 0 };
    tokenServer.use(
      http.post('https://auth.example.test/token', () => {
        counter.issued++;
        return HttpResponse.json({ access_token: `token-number-${counter.issued}`, expires_in: 3600 });
      }),
    );
    return counter;
  }

  it('makes one token request for four processes that start at once, and gives them all that token', async () => {
    const tokens = countTokenRequests();
    const clock = new FakeClock();
    const keys = freshKeys();
    const processes = Array.from(
      { length: 4 },
      () =>
        new OAuth2ClientCredentialsAuth({
          tokenUrl: 'https://auth.example.test/token',
          clientId: 'client',
          clientSecret: 'client-secret-value',
          tokenStore: storeOn(keys, clock, LONG_LOCK_MS),
          clock,
        }),
    );
    const headers = await Promise.all(
      processes.map(async (auth) => {
        const sent: Record<string, string> = {};
        await auth.authorize({ method: 'GET', url: new URL('https://api.example.test/tickets'), headers: sent });
        return sent.Authorization;
      }),
    );
    expect(tokens.issued).toBe(1);
    expect(new Set(headers)).toEqual(new Set(['Bearer token-number-1']));
  });

  it('keeps the token with its expiry and refresh token, and expires it with the token', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    const writer = storeOn(keys, clock);
    const stored = token('access-value-1', clock);
    await writer.set('credential-id', stored);
    const read = await storeOn(keys, clock).get('credential-id');
    expect(read?.accessToken.reveal()).toBe('access-value-1');
    expect(read?.refreshToken?.reveal()).toBe('refresh-access-value-1');
    expect(read?.expiresAt).toBe(stored.expiresAt);
    const probe = new Redis(redisServer?.url ?? '');
    clients.push(probe);
    const ttl = await probe.pttl(keys.token('credential-id'));
    expect(ttl).toBeGreaterThan(3_590_000);
    expect(ttl).toBeLessThanOrEqual(3_600_000);
  });

  it('names token keys after a hash of the credential id', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    await storeOn(keys, clock).set('client-secret-value', token('access-value-2', clock));
    expect(keys.token('client-secret-value')).not.toContain('client-secret-value');
    expect(keys.token('client-secret-value')).toMatch(/token:\{[0-9a-f]{32}\}$/);
  });

  it('lets only one process fetch a missing token; the others wait for it', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const keys = freshKeys();
    const fetcher = storeOn(keys, clock);
    const waiter = storeOn(keys, clock);
    expect(await fetcher.get('credential')).toBeUndefined();
    const waiting = waiter.get('credential');
    await expect.poll(() => clock.pending).toBeGreaterThan(0);
    await fetcher.set('credential', token('fetched-once', clock));
    await clock.advance(50);
    expect((await waiting)?.accessToken.reveal()).toBe('fetched-once');
  });

  it('fetches the token itself when the process holding the lock never delivers', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    expect(await storeOn(keys, clock, 1_000).get('credential')).toBeUndefined();
    const started = clock.now();
    expect(await storeOn(keys, clock, 1_000).get('credential')).toBeUndefined();
    expect(clock.now() - started).toBeGreaterThanOrEqual(2_000);
  });

  it('hands a renewal to one process and the renewed token to the others', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const keys = freshKeys();
    const first = storeOn(keys, clock);
    const second = storeOn(keys, clock);
    const expiring = token('expiring-token', clock);
    await first.set('credential', expiring);
    expect(await first.claimRenewal('credential', expiring)).toBeUndefined();
    const waiting = second.claimRenewal('credential', expiring);
    await expect.poll(() => clock.pending).toBeGreaterThan(0);
    await first.set('credential', token('renewed-token', clock));
    await clock.advance(50);
    expect((await waiting)?.accessToken.reveal()).toBe('renewed-token');
    expect((await second.claimRenewal('credential', expiring))?.accessToken.reveal()).toBe('renewed-token');
  });

  it('does not delete a token another process has already replaced', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    const first = storeOn(keys, clock);
    const second = storeOn(keys, clock);
    await first.set('credential', token('old-token', clock));
    await second.set('credential', token('new-token', clock));
    await first.delete('credential');
    expect((await second.get('credential'))?.accessToken.reveal()).toBe('new-token');
    await second.delete('credential');
    const probe = new Redis(redisServer?.url ?? '');
    clients.push(probe);
    expect(await probe.exists(keys.token('credential'))).toBe(0);
  });

  it('renews once across processes when the token expires and after a 401', async () => {
    const tokens = countTokenRequests();
    const clock = new FakeClock();
    const keys = freshKeys();
    const processes = Array.from(
      { length: 4 },
      () => new OAuth2ClientCredentialsAuth({ tokenUrl: 'https://auth.example.test/token', clientId: 'c', clientSecret: 'secret-123456', tokenStore: storeOn(keys, clock, LONG_LOCK_MS), clock }),
    );
    const callAll = () =>
      Promise.all(
        processes.map(async (auth) => {
          const headers: Record<string, string> = {};
          const stamp = await auth.authorize({ method: 'GET', url: new URL('https://api.example.test/x'), headers });
          return { authorization: headers.Authorization, stamp };
        }),
      );

    expect(new Set((await callAll()).map((call) => call.authorization))).toEqual(new Set(['Bearer token-number-1']));
    expect(tokens.issued).toBe(1);

    await clock.advance(3_600_000 - 1_000);
    const afterExpiry = await callAll();
    expect(tokens.issued).toBe(2);
    expect(new Set(afterExpiry.map((call) => call.authorization))).toEqual(new Set(['Bearer token-number-2']));

    await Promise.all(processes.map((auth, index) => auth.onUnauthorized(afterExpiry[index]?.stamp)));
    expect(tokens.issued).toBe(3);
    expect(new Set((await callAll()).map((call) => call.authorization))).toEqual(new Set(['Bearer token-number-3']));
  });
});
