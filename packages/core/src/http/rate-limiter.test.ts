import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import { type RateLimitPermit, type RateLimitPolicy, type RateLimitWaitReason, SlidingWindowRateLimiter, defaultWindowMarginMs } from './rate-limiter';

const START = Date.UTC(2026, 0, 1);

function setup(policy: Partial<RateLimitPolicy> = {}, autoAdvance = false) {
  const clock = new FakeClock({ autoAdvance });
  const limiter = new SlidingWindowRateLimiter({ requestsPerWindow: 3, windowMs: 1_000, maxConcurrency: 100, windowMarginMs: 0, ...policy }, clock);
  return { clock, limiter };
}

/** Starts an acquire and records when it was granted (virtual ms since START). */
function track(clock: FakeClock, promise: Promise<RateLimitPermit>) {
  const state: { permit?: RateLimitPermit; at?: number; error?: unknown } = {};
  promise.then(
    (permit) => {
      state.permit = permit;
      state.at = clock.now() - START;
    },
    (error: unknown) => {
      state.error = error;
    },
  );
  return state;
}

/** Largest number of grants inside any half-open window [t, t + windowMs). */
function busiestWindow(grants: readonly number[], windowMs: number): number {
  const sorted = [...grants].sort((a, b) => a - b);
  let best = 0;
  let low = 0;
  for (let high = 0; high < sorted.length; high++) {
    while ((sorted[high] as number) - (sorted[low] as number) >= windowMs) low++;
    best = Math.max(best, high - low + 1);
  }
  return best;
}

describe('SlidingWindowRateLimiter', () => {
  describe('policy', () => {
    it.each([
      ['requestsPerWindow', 0],
      ['requestsPerWindow', 1.5],
      ['windowMs', -1],
      ['windowMs', Number.NaN],
      ['maxConcurrency', 0],
      ['maxConcurrency', Number.POSITIVE_INFINITY],
    ] as const)('rejects a policy whose %s is %s', (name, value) => {
      const policy = { requestsPerWindow: 10, windowMs: 1_000, maxConcurrency: 2, [name]: value };
      expect(() => new SlidingWindowRateLimiter(policy, new FakeClock())).toThrow(new RegExp(`Rate limit ${name} must be a positive`));
    });

    it('accepts a policy object that carries extra settings besides the budget', () => {
      const policy = { requestsPerWindow: 10, windowMs: 1_000, maxConcurrency: 2, tier: 'pro' } as RateLimitPolicy;
      expect(new SlidingWindowRateLimiter(policy, new FakeClock()).policy).toBe(policy);
    });
  });

  describe('local window', () => {
    it('grants up to requestsPerWindow at once and holds the next until the oldest grant leaves the window', async () => {
      const { clock, limiter } = setup();
      const grants = Array.from({ length: 5 }, () => track(clock, limiter.acquire()));
      await clock.advance(0);
      expect(grants.map((grant) => grant.at)).toEqual([0, 0, 0, undefined, undefined]);
      await clock.advance(999);
      expect(grants[3]?.at).toBeUndefined();
      await clock.advance(1);
      expect(grants.map((grant) => grant.at)).toEqual([0, 0, 0, 1_000, 1_000]);
    });

    it('keeps each start a margin past the window by default, so server-side arrival skew never shows as a 429', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 1, windowMs: 60_000, windowMarginMs: undefined });
      const grants = [track(clock, limiter.acquire()), track(clock, limiter.acquire())];
      await clock.advance(60_000 + defaultWindowMarginMs(60_000) - 1);
      expect(grants[1]?.at).toBeUndefined();
      await clock.advance(1);
      expect(grants[1]?.at).toBe(60_600);
      expect(defaultWindowMarginMs(1_000)).toBe(50);
      expect(defaultWindowMarginMs(600_000)).toBe(1_000);
    });

    it('rejects a negative margin', () => {
      expect(() => setup({ windowMarginMs: -1 })).toThrow(/windowMarginMs/);
    });

    it('slides: a grant frees its place exactly windowMs after it started, not at a fixed boundary', async () => {
      const { clock, limiter } = setup();
      const first = track(clock, limiter.acquire());
      await clock.advance(400);
      const second = track(clock, limiter.acquire());
      const third = track(clock, limiter.acquire());
      const fourth = track(clock, limiter.acquire());
      const fifth = track(clock, limiter.acquire());
      await clock.advance(2_000);
      expect([first.at, second.at, third.at, fourth.at, fifth.at]).toEqual([0, 400, 400, 1_000, 1_400]);
    });

    it('serves waiters first come, first served', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 1 });
      const order: number[] = [];
      const all = Array.from({ length: 6 }, (_, id) => limiter.acquire().then(() => order.push(id)));
      await clock.advance(10_000);
      await Promise.all(all);
      expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('never lets a later arrival jump a queued waiter, even when a place is free', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 1, maxConcurrency: 1 });
      const first = await limiter.acquire();
      const queued = track(clock, limiter.acquire());
      await clock.advance(1_000);
      // The window has room now, but concurrency still blocks the queued waiter.
      const late = track(clock, limiter.acquire());
      first.release();
      await clock.advance(0);
      expect(queued.at).toBe(1_000);
      expect(late.at).toBeUndefined();
      expect(limiter.waiting).toBe(1);
    });

    it('grants about 2,100 requests in 3 minutes under a 700/min policy, never more than 700 in any minute', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 700, windowMs: 60_000, maxConcurrency: 50 });
      const grants: number[] = [];
      let stop = false;
      const worker = async (): Promise<void> => {
        while (!stop) {
          const permit = await limiter.acquire();
          if (stop) {
            permit.release();
            return;
          }
          grants.push(clock.now() - START);
          await clock.sleep(20);
          permit.release();
        }
      };
      const workers = Array.from({ length: 50 }, () => worker());
      await clock.advance(180_000 - 1);
      stop = true;
      await clock.advance(60_000);
      await Promise.all(workers);
      const inThreeMinutes = grants.filter((at) => at < 180_000);
      expect(inThreeMinutes.length).toBe(2_100);
      expect(busiestWindow(grants, 60_000)).toBe(700);
    });

    it('never exceeds requestsPerWindow in any window, nor maxConcurrency in flight, whatever the arrival pattern', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            requestsPerWindow: fc.integer({ min: 1, max: 6 }),
            windowMs: fc.integer({ min: 1, max: 2_000 }),
            maxConcurrency: fc.integer({ min: 1, max: 4 }),
          }),
          fc.array(fc.record({ arriveAt: fc.integer({ min: 0, max: 5_000 }), holdMs: fc.integer({ min: 0, max: 700 }) }), {
            minLength: 1,
            maxLength: 30,
          }),
          async (policy, requests) => {
            const clock = new FakeClock();
            const limiter = new SlidingWindowRateLimiter(policy, clock);
            const grants: number[] = [];
            let inFlight = 0;
            let mostInFlight = 0;
            await Promise.all(
              requests.map(async ({ arriveAt, holdMs }) => {
                await clock.sleep(arriveAt);
                const permit = await limiter.acquire();
                grants.push(clock.now());
                inFlight++;
                mostInFlight = Math.max(mostInFlight, inFlight);
                await clock.sleep(holdMs);
                inFlight--;
                permit.release();
              }),
            );
            expect(grants).toHaveLength(requests.length);
            expect(busiestWindow(grants, policy.windowMs)).toBeLessThanOrEqual(policy.requestsPerWindow);
            expect(mostInFlight).toBeLessThanOrEqual(policy.maxConcurrency);
            expect(limiter.active).toBe(0);
            expect(limiter.waiting).toBe(0);
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  describe('concurrency', () => {
    it('keeps at most maxConcurrency permits out and hands a released place to the next waiter', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100, maxConcurrency: 2 });
      const a = track(clock, limiter.acquire());
      const b = track(clock, limiter.acquire());
      const c = track(clock, limiter.acquire());
      await clock.advance(0);
      expect(limiter.active).toBe(2);
      expect(c.permit).toBeUndefined();
      await clock.advance(250);
      a.permit?.release();
      await clock.advance(0);
      expect(c.at).toBe(250);
      expect(limiter.active).toBe(2);
      b.permit?.release();
      c.permit?.release();
      expect(limiter.active).toBe(0);
    });

    it('ignores a second release of the same permit', async () => {
      const { limiter } = setup({ maxConcurrency: 2 });
      const first = await limiter.acquire();
      await limiter.acquire();
      first.release();
      first.release();
      expect(limiter.active).toBe(1);
    });
  });

  describe('abort', () => {
    it('rejects with the signal reason at once when the signal is already aborted', async () => {
      const { limiter } = setup();
      await expect(limiter.acquire({ signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
      expect(limiter.active).toBe(0);
    });

    it('rejects a waiting request when its signal aborts, and gives its place to the next one', async () => {
      const { clock, limiter } = setup({ maxConcurrency: 1 });
      const holder = await limiter.acquire();
      const controller = new AbortController();
      const cancelled = track(clock, limiter.acquire({ signal: controller.signal }));
      const next = track(clock, limiter.acquire());
      expect(limiter.waiting).toBe(2);
      controller.abort(new Error('user cancelled'));
      await clock.advance(0);
      expect((cancelled.error as Error).message).toBe('user cancelled');
      expect(limiter.waiting).toBe(1);
      holder.release();
      await clock.advance(0);
      expect(next.at).toBe(0);
      expect(cancelled.permit).toBeUndefined();
      expect(limiter.active).toBe(1);
    });

    it('does not count an aborted waiter against the window', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 1 });
      await limiter.acquire();
      const controller = new AbortController();
      const cancelled = track(clock, limiter.acquire({ signal: controller.signal }));
      const next = track(clock, limiter.acquire());
      controller.abort();
      await clock.advance(1_000);
      expect(cancelled.error).toMatchObject({ name: 'AbortError' });
      expect(next.at).toBe(1_000);
    });

    it('ignores an abort that comes after the permit was granted', async () => {
      const { limiter } = setup();
      const controller = new AbortController();
      const permit = await limiter.acquire({ signal: controller.signal });
      controller.abort();
      expect(limiter.active).toBe(1);
      permit.release();
      expect(limiter.active).toBe(0);
    });
  });

  describe('server signals', () => {
    it.each([429, 503])('pauses the whole lane for the Retry-After of a %s', async (status) => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(status, { retryAfterMs: 5_000 });
      const a = track(clock, limiter.acquire());
      const b = track(clock, limiter.acquire());
      await clock.advance(4_999);
      expect(a.at).toBeUndefined();
      await clock.advance(1);
      expect([a.at, b.at]).toEqual([5_000, 5_000]);
    });

    it('pauses until the reset time when a 429 has no Retry-After', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(429, { remaining: 0, resetAt: START + 3_000 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(10_000);
      expect(waiter.at).toBe(3_000);
    });

    it('keeps the longer pause when a shorter Retry-After arrives later', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(429, { retryAfterMs: 5_000 });
      limiter.observe(429, { retryAfterMs: 1_000 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(10_000);
      expect(waiter.at).toBe(5_000);
    });

    it('extends a pause that waiters are already sleeping on', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(429, { retryAfterMs: 1_000 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(500);
      limiter.observe(429, { retryAfterMs: 2_000 });
      await clock.advance(10_000);
      expect(waiter.at).toBe(2_500);
    });

    it('does not pause on a success that carries a Retry-After header', async () => {
      const { clock, limiter } = setup();
      limiter.observe(200, { retryAfterMs: 60_000 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(0);
      expect(waiter.at).toBe(0);
    });

    it('slows down before the server says no: remaining 0 holds requests until the reset', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(200, { limit: 10, remaining: 0, resetAt: START + 7_000 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(6_999);
      expect(waiter.at).toBeUndefined();
      await clock.advance(1);
      expect(waiter.at).toBe(7_000);
    });

    it('counts its own grants against the server remaining, so the last permitted request is the last one sent', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(200, { remaining: 2, resetAt: START + 5_000 });
      const grants = Array.from({ length: 3 }, () => track(clock, limiter.acquire()));
      await clock.advance(0);
      expect(grants.map((grant) => grant.at)).toEqual([0, 0, undefined]);
      await clock.advance(5_000);
      expect(grants[2]?.at).toBe(5_000);
    });

    it('keeps the lowest remaining when responses of one window arrive out of order', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      const resetAt = START + 10_000;
      limiter.observe(200, { remaining: 0, resetAt });
      limiter.observe(200, { remaining: 5, resetAt: resetAt + 400 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(9_999);
      expect(waiter.at).toBeUndefined();
      await clock.advance(1);
      expect(waiter.at).toBe(10_000);
    });

    it('lets requests through as soon as a response reports a new server window', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(200, { remaining: 0, resetAt: START + 60_000 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(100);
      expect(waiter.at).toBeUndefined();
      limiter.observe(200, { remaining: 50, resetAt: START + 120_000 });
      await clock.advance(0);
      expect(waiter.at).toBe(100);
    });

    it('ignores a late response from a server window that has already been replaced', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(200, { remaining: 50, resetAt: START + 120_000 });
      limiter.observe(200, { remaining: 0, resetAt: START + 60_000 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(0);
      expect(waiter.at).toBe(0);
    });

    it('assumes the server window is the policy window when the server reports remaining without a reset', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100, windowMs: 2_000 });
      limiter.observe(200, { remaining: 0 });
      const waiter = track(clock, limiter.acquire());
      await clock.advance(5_000);
      expect(waiter.at).toBe(2_000);
    });

    it('forgets the server remaining once the reset time has passed', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 100 });
      limiter.observe(200, { remaining: 0, resetAt: START + 1_000 });
      await clock.advance(1_000);
      const grants = Array.from({ length: 5 }, () => track(clock, limiter.acquire()));
      await clock.advance(0);
      expect(grants.every((grant) => grant.at === 1_000)).toBe(true);
    });
  });

  describe('onWait', () => {
    async function waitsFor(prepare: (limiter: SlidingWindowRateLimiter, clock: FakeClock) => Promise<void> | void, policy: Partial<RateLimitPolicy> = {}) {
      const { clock, limiter } = setup(policy);
      await prepare(limiter, clock);
      const reports: [number, RateLimitWaitReason][] = [];
      const waiter = track(clock, limiter.acquire({ onWait: (ms, reason) => reports.push([ms, reason]) }));
      return { clock, limiter, reports, waiter };
    }

    it('is not called when the request did not wait', async () => {
      const { reports, clock, waiter } = await waitsFor(() => undefined);
      await clock.advance(0);
      expect(waiter.at).toBe(0);
      expect(reports).toEqual([]);
    });

    it.each<[string, (limiter: SlidingWindowRateLimiter) => Promise<unknown> | void, number, RateLimitWaitReason]>([
      ['the local window is spent', async (limiter) => Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]), 1_000, 'window'],
      ['the server said remaining 0', (limiter) => limiter.observe(200, { remaining: 0, resetAt: START + 4_000 }), 4_000, 'server'],
      ['a 429 said Retry-After', (limiter) => limiter.observe(429, { retryAfterMs: 2_500 }), 2_500, 'retry-after'],
    ])('reports the waited ms and the reason when %s', async (_label, prepare, waitedMs, reason) => {
      const { clock, reports, waiter } = await waitsFor(async (limiter) => {
        await prepare(limiter);
      });
      await clock.advance(10_000);
      expect(waiter.at).toBe(waitedMs);
      expect(reports).toEqual([[waitedMs, reason]]);
    });

    it('reports concurrency when the request waited for a permit to come back', async () => {
      const { clock, limiter } = setup({ maxConcurrency: 1 });
      const holder = await limiter.acquire();
      const reports: [number, RateLimitWaitReason][] = [];
      void limiter.acquire({ onWait: (ms, reason) => reports.push([ms, reason]) });
      await clock.advance(300);
      holder.release();
      await clock.advance(0);
      expect(reports).toEqual([[300, 'concurrency']]);
    });

    it('explains a wait by the window rather than concurrency when both held it up', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 1, maxConcurrency: 1 });
      const holder = await limiter.acquire();
      const reports: [number, RateLimitWaitReason][] = [];
      void limiter.acquire({ onWait: (ms, reason) => reports.push([ms, reason]) });
      await clock.advance(100);
      holder.release();
      await clock.advance(2_000);
      expect(reports).toEqual([[1_000, 'window']]);
    });

    it('reports a wait for every queued request released together, not only the first in line', async () => {
      const { clock, limiter } = setup({ requestsPerWindow: 2 });
      await Promise.all([limiter.acquire(), limiter.acquire()]);
      const reports: [number, RateLimitWaitReason][] = [];
      const onWait = (ms: number, reason: RateLimitWaitReason): number => reports.push([ms, reason]);
      void limiter.acquire({ onWait });
      void limiter.acquire({ onWait });
      await clock.advance(1_000);
      expect(reports).toEqual([
        [1_000, 'window'],
        [1_000, 'window'],
      ]);
    });
  });
});
