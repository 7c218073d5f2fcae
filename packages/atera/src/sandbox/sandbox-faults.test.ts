import { isConnectionDrop, type SandboxAnswer } from '@psagate/core/sandbox-kit';
import { FakeClock } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { fakeSandbox } from './sandbox-test-fakes';

const BASE = 'https://app.atera.com';

function requester(sandbox: ReturnType<typeof fakeSandbox>) {
  const auth = { Authorization: `Bearer ${sandbox.apiKey}` };
  return {
    getAgent: (): Promise<SandboxAnswer> => sandbox.handle(new Request(`${BASE}/api/v3/agents/1`, { headers: auth })),
    createTicket: (title = 'New'): Promise<SandboxAnswer> =>
      sandbox.handle(new Request(`${BASE}/api/v3/tickets`, { method: 'POST', headers: auth, body: JSON.stringify({ TicketTitle: title }) })),
  };
}

async function statusOf(answer: SandboxAnswer): Promise<number | 'dropped'> {
  return isConnectionDrop(answer) ? 'dropped' : answer.status;
}

describe('Atera sandbox faults', () => {
  it.each(['500', '502', '503', '504'] as const)('answers an injected %s with a Message and rate-limit headers, without applying the write', async (kind) => {
    const sandbox = fakeSandbox();
    sandbox.injectFault(kind, { route: 'tickets.create' });
    const answer = await requester(sandbox).createTicket();
    if (isConnectionDrop(answer)) throw new Error('dropped');
    expect(answer.status).toBe(Number(kind));
    expect(await answer.json()).toEqual({ Message: expect.any(String) });
    expect(answer.headers.get('x-ratelimit-limit')).toBe('700');
    expect(sandbox.state.tickets).toEqual([]);
  });

  it('answers a burst 429 with Retry-After, or without it', async () => {
    const sandbox = fakeSandbox();
    sandbox.injectFault('rate-limit-burst');
    sandbox.injectFault('rate-limit-burst-no-retry-after');
    const { getAgent } = requester(sandbox);
    const withRetry = (await getAgent()) as Response;
    expect([withRetry.status, withRetry.headers.get('retry-after')]).toEqual([429, '1']);
    const without = (await getAgent()) as Response;
    expect([without.status, without.headers.has('retry-after'), without.headers.has('x-ratelimit-reset')]).toEqual([429, false, true]);
    expect(sandbox.stats()).toMatchObject({ rateLimited: 0, faultsInjected: 2, faultsByKind: { 'rate-limit-burst': 1, 'rate-limit-burst-no-retry-after': 1 } });
  });

  it('drops a write before applying it, or after, and never drops a read', async () => {
    const sandbox = fakeSandbox();
    const { getAgent, createTicket } = requester(sandbox);
    sandbox.injectFault('drop-before-write');
    expect(await statusOf(await getAgent())).toBe(200);
    expect(await statusOf(await createTicket('first'))).toBe('dropped');
    expect(sandbox.state.tickets).toEqual([]);
    sandbox.injectFault('drop-after-write', { route: 'tickets.create' });
    expect(await statusOf(await createTicket('second'))).toBe('dropped');
    expect(sandbox.state.tickets.map((ticket) => ticket.TicketTitle)).toEqual(['second']);
    expect(sandbox.stats().writesApplied).toBe(1);
    expect(sandbox.requests.map((entry) => [entry.operationId, entry.status, entry.fault])).toEqual([
      ['agents.get', 200, null],
      ['tickets.create', null, 'drop-before-write'],
      ['tickets.create', null, 'drop-after-write'],
    ]);
  });

  it('serves a 200 with a truncated body for malformed-json', async () => {
    const sandbox = fakeSandbox();
    sandbox.injectFault('malformed-json', { route: 'agents.get' });
    const answer = (await requester(sandbox).getAgent()) as Response;
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    await expect(answer.json()).rejects.toThrow(SyntaxError);
  });

  it('delays a slow request by slowMs, through the clock it was given', async () => {
    const clock = new FakeClock({ start: 0 });
    const sandbox = fakeSandbox({ clock, faults: { slowMs: 7_000 } });
    sandbox.injectFault('slow');
    const answer = await requester(sandbox).getAgent();
    expect(await statusOf(answer)).toBe(200);
    expect(clock.now()).toBe(7_000);
  });

  it('adds latency to every request through the clock, and none by default', async () => {
    const clock = new FakeClock({ start: 0 });
    const slow = fakeSandbox({ clock, latencyMs: 100 });
    await requester(slow).getAgent();
    await requester(slow).getAgent();
    expect(clock.now()).toBe(200);
    const still = new FakeClock({ start: 0 });
    await requester(fakeSandbox({ clock: still })).getAgent();
    expect(still.now()).toBe(0);
    expect(still.pending).toBe(0);
  });

  it('draws random faults from a seed, the same run after run', async () => {
    const run = async () => {
      const sandbox = fakeSandbox({ rateLimit: false, faults: { rate: 0.3, kinds: ['500', '503', 'drop-before-write'], seed: 9 } });
      const { createTicket, getAgent } = requester(sandbox);
      const outcomes: (number | 'dropped')[] = [];
      for (let i = 0; i < 40; i++) outcomes.push(await statusOf(await (i % 2 === 0 ? getAgent() : createTicket())));
      return { outcomes, stats: sandbox.stats() };
    };
    const first = await run();
    expect((await run()).outcomes).toEqual(first.outcomes);
    expect(first.stats.faultsInjected).toBeGreaterThan(4);
    expect(first.outcomes.filter((outcome, i) => outcome === 'dropped' && i % 2 === 0)).toEqual([]);
  });
});
