import { type Customer, type Gateway, Paginated, ServerError, createGateway } from '@psagate/core';
import { definePsaProvider } from '@psagate/core/provider';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Readiness } from './readiness';

/** A gateway whose customer list (the readiness probe) fails or answers as `healthy` says, counting each call. */
function probedGateway() {
  const state = { healthy: false, probes: 0 };
  const provider = definePsaProvider({
    name: 'flaky',
    displayName: 'Flaky',
    configSchema: z.strictObject({}),
    capabilities: { customers: { operations: ['list'] } },
    create: () => ({
      native: {},
      customers: {
        list: () =>
          new Paginated<Customer>(
            async function* ({ pageSize }) {
              state.probes++;
              await Promise.resolve();
              if (!state.healthy) throw new ServerError('flaky is down', { status: 503 });
              yield { items: [], pageNumber: 1, pageSize };
            },
            { defaultPageSize: 10, maxPageSize: 10, supportsStartPage: true, defaultConcurrency: 1, defaultMaxPages: 10 },
          ),
      },
    }),
  });
  const gateway = createGateway({ provider: 'flaky' }, { providers: [provider] }) as Gateway;
  return { gateway, state };
}

function readinessOver(gateway: Gateway) {
  const clock = { now: 1_000_000 };
  const readiness = new Readiness(gateway, { ttlMs: 30_000, timeoutMs: 1_000, now: () => clock.now });
  return { readiness, clock };
}

describe('Readiness', () => {
  it('runs one probe for many concurrent checks', async () => {
    const { gateway, state } = probedGateway();
    const { readiness } = readinessOver(gateway);
    expect(await Promise.all(Array.from({ length: 20 }, () => readiness.isReady()))).toEqual(Array(20).fill(false));
    expect(state.probes).toBe(1);
  });

  it('remembers a failed probe for 5 s, so anonymous checks cannot turn into PSA calls', async () => {
    const { gateway, state } = probedGateway();
    const { readiness, clock } = readinessOver(gateway);
    for (let check = 0; check < 50; check++) expect(await readiness.isReady()).toBe(false);
    expect(state.probes).toBe(1);
    clock.now += 4_999;
    expect(await readiness.isReady()).toBe(false);
    expect(state.probes).toBe(1);
    state.healthy = true;
    clock.now += 1;
    expect(await readiness.isReady()).toBe(true);
    expect(state.probes).toBe(2);
  });

  it('remembers a good probe for the whole TTL', async () => {
    const { gateway, state } = probedGateway();
    state.healthy = true;
    const { readiness, clock } = readinessOver(gateway);
    expect(await readiness.isReady()).toBe(true);
    clock.now += 29_999;
    expect(await readiness.isReady()).toBe(true);
    expect(state.probes).toBe(1);
    state.healthy = false;
    clock.now += 1;
    expect(await readiness.isReady()).toBe(false);
    expect(state.probes).toBe(2);
  });

  it('remembers failures for a sixth of a short TTL', async () => {
    const { gateway, state } = probedGateway();
    const clock = { now: 0 };
    const readiness = new Readiness(gateway, { ttlMs: 600, timeoutMs: 1_000, now: () => clock.now });
    await readiness.isReady();
    clock.now += 99;
    await readiness.isReady();
    expect(state.probes).toBe(1);
    clock.now += 1;
    await readiness.isReady();
    expect(state.probes).toBe(2);
  });
});
