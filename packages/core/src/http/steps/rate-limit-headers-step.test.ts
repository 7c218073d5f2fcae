import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../testing/fake-clock';
import type { RateLimitInfo } from '../rate-limit-headers';
import type { RateLimiter } from '../rate-limiter';
import { RateLimitHeadersStep } from './rate-limit-headers-step';
import { answer, callOf, replying } from './step.test-helpers';

function headersKit(): { step: RateLimitHeadersStep; clock: FakeClock; observed: [number, RateLimitInfo][] } {
  const observed: [number, RateLimitInfo][] = [];
  const limiter: RateLimiter = { acquire: () => Promise.reject(new Error('not used')), observe: (status, info) => observed.push([status, info]) };
  const clock = new FakeClock();
  return { step: new RateLimitHeadersStep({ limiter, clock, maxRetryAfterMs: 60_000 }), clock, observed };
}

describe('RateLimitHeadersStep', () => {
  it('tells the limiter what a response with rate-limit headers says, and puts it on the answer', async () => {
    const { step, clock, observed } = headersKit();
    const response = await step.send(callOf(), replying(answer(200, { headers: { 'x-ratelimit-limit': '700', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' } })));
    const info = { limit: 700, remaining: 0, resetAt: clock.now() + 30_000 };
    expect(observed).toEqual([[200, expect.objectContaining(info)]]);
    expect(response.rateLimit).toMatchObject(info);
  });

  it('always shows a 429 or 503 to the limiter, but adds nothing the server did not send', async () => {
    const { step, observed } = headersKit();
    for (const status of [429, 503]) {
      const response = await step.send(callOf(), replying(answer(status)));
      expect(response).not.toHaveProperty('rateLimit');
    }
    expect(observed.map(([status]) => status)).toEqual([429, 503]);
  });

  it('leaves other answers without rate-limit headers alone', async () => {
    const { step, observed } = headersKit();
    const response = answer(200);
    expect(await step.send(callOf(), replying(response))).toBe(response);
    expect(observed).toEqual([]);
  });

  it('does not pause the lane for a Retry-After longer than maxRetryAfterMs, keeping only the limit', async () => {
    const { step, observed } = headersKit();
    await step.send(callOf(), replying(answer(429, { headers: { 'retry-after': '3600', 'x-ratelimit-limit': '700' } })));
    expect(observed).toEqual([[429, { limit: 700 }]]);
  });

  it('pauses the lane for a shorter Retry-After', async () => {
    const { step, observed } = headersKit();
    await step.send(callOf(), replying(answer(429, { headers: { 'retry-after': '5' } })));
    expect(observed[0]?.[1]).toMatchObject({ retryAfterMs: 5000 });
  });
});
