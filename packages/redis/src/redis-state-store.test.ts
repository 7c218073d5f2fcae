import { randomUUID } from 'node:crypto';
import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import { haloProvider } from '@psagate/halopsa';
import { createHaloSandbox } from '@psagate/halopsa/sandbox';
import { PsaEvents, type WarningEvent, createGateway, silentLogger, systemClock } from '@psagate/core';
import { Redis } from 'ioredis';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_STORE_UNAVAILABLE } from './redis-health';
import { createRedisStateStore, redisStateStore } from './redis-state-store';
import { startRedisServer, useTestRedis } from './testing/redis-server.test-helpers';

const PASSWORD = 'redis-pass-7f3a9c';
const shared = await useTestRedis();
const sandbox = createAteraSandbox();
const halo = createHaloSandbox();
const http = setupServer(...sandbox.handlers, ...halo.handlers);
beforeAll(() => http.listen({ onUnhandledRequest: 'error' }));
afterAll(async () => {
  http.close();
  await shared?.stop();
});

describe.skipIf(!shared)('the Redis state store behind a gateway', () => {
  it('puts every gateway using one key on one shared budget, under hashed key names', async () => {
    const keyPrefix = `test-${randomUUID().slice(0, 8)}:`;
    const config = { ...sandbox.gatewayConfig(), stateStore: { type: 'redis', url: shared?.url ?? '', keyPrefix } };
    const first = createGateway(config, { providers: [ateraProvider], stateStores: [redisStateStore] });
    const second = createGateway(config, { providers: [ateraProvider], stateStores: [redisStateStore] });
    const warnings: WarningEvent[] = [];
    first.events.on('warning', (event) => warnings.push(event));
    try {
      await first.customers.list().toArray({ limit: 3 });
      await second.tickets.list().toArray({ limit: 3 });
      await first.devices.list().toArray({ limit: 3 });
      const probe = new Redis(shared?.url ?? '');
      try {
        const names = await probe.keys(`${keyPrefix}*`);
        expect(names).toHaveLength(1);
        expect(names[0]).toMatch(/^test-[0-9a-f]{8}:rate:\{[0-9a-f]{32}\}:starts$/);
        expect(await probe.zcard(names[0] as string)).toBe(sandbox.requestCount());
        expect(names[0]).not.toContain(sandbox.apiKey);
      } finally {
        probe.disconnect();
      }
    } finally {
      await first.close();
      await second.close();
    }
    // Closing the connection on purpose is no outage.
    expect(warnings).toEqual([]);
  });
});

describe.skipIf(!shared)('one token for every process', () => {
  it('makes four HaloPSA gateways that start at once share a single token request', async () => {
    const config = { ...halo.gatewayConfig(), stateStore: { type: 'redis', url: shared?.url ?? '', keyPrefix: `test-${randomUUID().slice(0, 8)}:` } };
    const gateways = Array.from({ length: 4 }, () => createGateway(config, { providers: [haloProvider], stateStores: [redisStateStore] }));
    const tokensBefore = halo.tokenRequestCount();
    try {
      const pages = await Promise.all(gateways.map((gateway) => gateway.tickets.list().toArray({ limit: 2 })));
      expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 2]);
      expect(halo.tokenRequestCount() - tokensBefore).toBe(1);
    } finally {
      await Promise.all(gateways.map((gateway) => gateway.close()));
    }
  });
});

describe.skipIf(!shared)('losing the Redis server mid-run', () => {
  it('falls back to this process’s own limiter with one warning that never shows the password', async ({ skip }) => {
    const own = await startRedisServer(PASSWORD);
    if (!own) return skip('this test stops its own redis-server, and none could be started');
    const events = new PsaEvents();
    const warnings: WarningEvent[] = [];
    events.on('warning', (event) => warnings.push(event));
    const store = createRedisStateStore({ url: own.url, provider: 'atera', events, clock: systemClock });
    try {
      const limiter = store.createRateLimiter({ requestsPerWindow: 1_000, windowMs: 60_000, maxConcurrency: 4 }, 'atera|origin|credential');
      for (let call = 0; call < 3; call++) (await limiter.acquire()).release();
      expect(await store.redis.zcard((await store.redis.keys('psagate:rate:*'))[0] as string)).toBe(3);

      await own.stop();
      for (let call = 0; call < 5; call++) (await limiter.acquire()).release();

      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ provider: 'atera', code: STATE_STORE_UNAVAILABLE });
      expect(warnings[0]?.message).toContain('fall back to this process alone');
      expect(JSON.stringify(warnings)).not.toContain(PASSWORD);
      await expect(store.tokenStore.get('credential')).rejects.toThrow('not connected');
    } finally {
      await store.close();
      await own.stop();
    }
  });

  it('shares the budget again once the server is back, and warns again at the next outage', async ({ skip }) => {
    const own = await startRedisServer();
    if (!own) return skip('this test stops its own redis-server, and none could be started');
    const events = new PsaEvents();
    const warnings: WarningEvent[] = [];
    events.on('warning', (event) => warnings.push(event));
    const infos: string[] = [];
    const logger = { ...silentLogger, info: (message: string) => infos.push(message) };
    const store = createRedisStateStore({ url: own.url, provider: 'atera', events, logger, clock: systemClock });
    let restarted: Awaited<ReturnType<typeof startRedisServer>>;
    try {
      const limiter = store.createRateLimiter({ requestsPerWindow: 1_000, windowMs: 60_000, maxConcurrency: 4 }, 'lane');
      (await limiter.acquire()).release();
      await own.stop();
      (await limiter.acquire()).release();
      expect(warnings).toHaveLength(1);

      restarted = await startRedisServer(undefined, own.port);
      if (!restarted) return skip('redis-server could not start again on the same port');
      // ioredis reconnects on its own within its retry delay.
      await expect.poll(() => store.redis.status, { timeout: 5_000, interval: 20 }).toBe('ready');
      (await limiter.acquire()).release();
      // A fresh server knows no scripts: the limiter loads its script again.
      expect(await store.redis.zcard((await store.redis.keys('psagate:rate:*'))[0] as string)).toBe(1);
      expect(infos).toEqual([expect.stringContaining('reachable again')]);

      await restarted.stop();
      (await limiter.acquire()).release();
      expect(warnings).toHaveLength(2);
    } finally {
      await store.close();
      await own.stop();
      await restarted?.stop();
    }
  });

  it('keeps a gateway serving requests once its Redis server is gone', async ({ skip }) => {
    const own = await startRedisServer();
    if (!own) return skip('this test stops its own redis-server, and none could be started');
    const gateway = createGateway({ ...sandbox.gatewayConfig(), stateStore: { type: 'redis', url: own.url } }, { providers: [ateraProvider], stateStores: [redisStateStore] });
    const warnings: WarningEvent[] = [];
    gateway.events.on('warning', (event) => warnings.push(event));
    try {
      expect(await gateway.tickets.list().toArray({ limit: 2 })).toHaveLength(2);
      await own.stop();
      expect(await gateway.tickets.list().toArray({ limit: 2 })).toHaveLength(2);
      expect(warnings.map((warning) => warning.code)).toEqual([STATE_STORE_UNAVAILABLE]);
    } finally {
      await gateway.close();
    }
  });
});
