import { randomUUID } from 'node:crypto';
import { PsaEvents, silentLogger } from '@psagate/core';
import { type RateLimitPolicy, type RateLimitWaitReason, Redactor } from '@psagate/core/provider';
import { FakeClock } from '@psagate/core/testing';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { RedisHealth } from './redis-health';
import { RedisKeys } from './redis-keys';
import { RedisRateLimiter } from './redis-rate-limiter';
import { useTestRedis } from './testing/redis-server.test-helpers';

const server = await useTestRedis();
afterAll(() => server?.stop());

describe.skipIf(!server)('RedisRateLimiter', () => {
  const clients: Redis[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect();
  });

  /** One "process": its own connection and limiter on a lane shared through Redis. */
  function processOn(lane: string, policy: RateLimitPolicy, clock: FakeClock, keys: RedisKeys) {
    const redis = new Redis(server?.url ?? '');
    clients.push(redis);
    const events = new PsaEvents();
    const health = new RedisHealth(redis, { provider: 'test', clock, events, logger: silentLogger }, new Redactor());
    return new RedisRateLimiter({ redis, keys, laneKey: lane, policy, clock, health });
  }

  const freshKeys = () => new RedisKeys(`test:${randomUUID()}:`);

  it('shares one budget between processes: the fourth start waits for the first to leave the window', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    const policy = { requestsPerWindow: 3, windowMs: 1_000, maxConcurrency: 10, windowMarginMs: 0 };
    const first = processOn('atera|https://app.atera.com|abc', policy, clock, keys);
    const second = processOn('atera|https://app.atera.com|abc', policy, clock, keys);
    const started = clock.now();
    for (const limiter of [first, second, first]) (await limiter.acquire()).release();
    const waits: [number, RateLimitWaitReason][] = [];
    (await second.acquire({ onWait: (ms, reason) => waits.push([ms, reason]) })).release();
    expect(clock.now() - started).toBe(1_000);
    expect(waits).toEqual([[1_000, 'window']]);
  });

  it('keeps each start counted for the window margin as well', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    const policy = { requestsPerWindow: 2, windowMs: 1_000, maxConcurrency: 10, windowMarginMs: 250 };
    const first = processOn('lane', policy, clock, keys);
    const second = processOn('lane', policy, clock, keys);
    const started = clock.now();
    (await first.acquire()).release();
    (await second.acquire()).release();
    (await first.acquire()).release();
    expect(clock.now() - started).toBe(1_250);
  });

  it('uses the default margin of core’s limiter when the policy sets none', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    const policy = { requestsPerWindow: 1, windowMs: 60_000, maxConcurrency: 1 };
    const limiter = processOn('lane', policy, clock, keys);
    const started = clock.now();
    (await limiter.acquire()).release();
    (await processOn('lane', policy, clock, keys).acquire()).release();
    expect(clock.now() - started).toBe(60_600);
  });

  it('gives different credentials different budgets', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    const policy = { requestsPerWindow: 1, windowMs: 1_000, maxConcurrency: 1, windowMarginMs: 0 };
    const started = clock.now();
    (await processOn('atera|origin|key-one', policy, clock, keys).acquire()).release();
    (await processOn('atera|origin|key-two', policy, clock, keys).acquire()).release();
    expect(clock.now()).toBe(started);
  });

  it('pauses every process when one of them is told to retry after a 429', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    const policy = { requestsPerWindow: 100, windowMs: 1_000, maxConcurrency: 10 };
    const told = processOn('lane', policy, clock, keys);
    const other = processOn('lane', policy, clock, keys);
    told.observe(429, { retryAfterMs: 5_000 });
    const probe = new Redis(server?.url ?? '');
    clients.push(probe);
    await expect.poll(() => probe.exists(keys.ratePause('lane'))).toBe(1);
    const started = clock.now();
    const waits: RateLimitWaitReason[] = [];
    (await other.acquire({ onWait: (_ms, reason) => waits.push(reason) })).release();
    expect(clock.now() - started).toBe(5_000);
    expect(waits).toEqual(['retry-after']);
  });

  it('still holds maxConcurrency per process', async () => {
    const clock = new FakeClock();
    const limiter = processOn('lane', { requestsPerWindow: 100, windowMs: 1_000, maxConcurrency: 1 }, clock, freshKeys());
    const held = await limiter.acquire();
    let second = false;
    const next = limiter.acquire().then((permit) => {
      second = true;
      return permit;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(second).toBe(false);
    held.release();
    (await next).release();
    expect(second).toBe(true);
  });

  it('stops waiting when the caller aborts, and lets the next caller through', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const keys = freshKeys();
    const policy = { requestsPerWindow: 1, windowMs: 1_000, maxConcurrency: 10, windowMarginMs: 0 };
    const limiter = processOn('lane', policy, clock, keys);
    (await limiter.acquire()).release();
    const controller = new AbortController();
    const aborted = limiter.acquire({ signal: controller.signal });
    const queued = limiter.acquire();
    controller.abort(new Error('caller gave up'));
    await expect(aborted).rejects.toThrow('caller gave up');
    await expect.poll(() => clock.pending).toBeGreaterThan(0);
    await clock.advance(1_000);
    (await queued).release();
  });

  it('names its keys after a hash of the lane, never the credential in it', async () => {
    const clock = new FakeClock();
    const keys = freshKeys();
    const lane = 'atera|https://app.atera.com|secret-looking-credential';
    const limiter = processOn(lane, { requestsPerWindow: 5, windowMs: 1_000, maxConcurrency: 1 }, clock, keys);
    (await limiter.acquire()).release();
    const probe = new Redis(server?.url ?? '');
    clients.push(probe);
    const names = await probe.keys(`${keys.rateStarts(lane).split('rate:')[0]}*`);
    expect(names).toEqual([keys.rateStarts(lane)]);
    expect(names.join()).not.toContain('secret-looking-credential');
    expect(names[0]).toMatch(/rate:\{[0-9a-f]{32}\}:starts$/);
    expect(await probe.pttl(names[0] as string)).toBeGreaterThan(0);
  });
});
