import { describe, expect, it } from 'vitest';
import { PsaEvents, type RateLimitWaitEvent } from '../../observability/events';
import type { AcquireOptions, RateLimiter } from '../rate-limiter';
import { RateLimitStep } from './rate-limit-step';
import { answer, callOf, rejectionOf, replying } from './step.test-helpers';

/** A limiter that grants at once, after reporting `wait` when given; it records what happens. */
function fakeLimiter(wait?: Parameters<NonNullable<AcquireOptions['onWait']>>): { limiter: RateLimiter; trace: string[] } {
  const trace: string[] = [];
  const limiter: RateLimiter = {
    async acquire(options) {
      if (options?.signal?.aborted) throw options.signal.reason;
      if (wait) options?.onWait?.(...wait);
      trace.push('acquire');
      return { release: () => trace.push('release') };
    },
    observe: () => undefined,
  };
  return { limiter, trace };
}

function rateLimitStep(limiter: RateLimiter): { step: RateLimitStep; waits: RateLimitWaitEvent[]; logs: string[] } {
  const events = new PsaEvents();
  const waits: RateLimitWaitEvent[] = [];
  events.on('rateLimitWait', (event) => waits.push(event));
  const logs: string[] = [];
  return { step: new RateLimitStep({ limiter, events, provider: 'acme', log: (level, message) => logs.push(`${level}: ${message}`) }), waits, logs };
}

describe('RateLimitStep', () => {
  it('holds a turn from before the attempt until its answer is in', async () => {
    const { limiter, trace } = fakeLimiter();
    const { step } = rateLimitStep(limiter);
    await step.send(callOf(), replying(() => {
      trace.push('attempt');
      return answer();
    }));
    expect(trace).toEqual(['acquire', 'attempt', 'release']);
  });

  it('gives the turn back when the attempt fails', async () => {
    const { limiter, trace } = fakeLimiter();
    const { step } = rateLimitStep(limiter);
    await rejectionOf(step.send(callOf(), replying(new Error('dropped'))));
    expect(trace).toEqual(['acquire', 'release']);
  });

  it('reports a wait for the budget as an event of the call, and logs it', async () => {
    const { limiter } = fakeLimiter([30_000, 'server']);
    const { step, waits, logs } = rateLimitStep(limiter);
    await step.send(callOf(), replying(answer()));
    expect(waits).toEqual([{ provider: 'acme', callId: 'call-1', waitMs: 30_000, reason: 'server' }]);
    expect(logs).toEqual(['debug: acme: waited 30000 ms for the rate budget (server)']);
  });

  it('reports a wait for a concurrency slot without logging it', async () => {
    const { limiter } = fakeLimiter([12, 'concurrency']);
    const { step, waits, logs } = rateLimitStep(limiter);
    await step.send(callOf(), replying(answer()));
    expect(waits).toHaveLength(1);
    expect(logs).toEqual([]);
  });

  it('sends nothing when the caller aborts while waiting', async () => {
    const { limiter } = fakeLimiter();
    const { step } = rateLimitStep(limiter);
    const next = replying(answer());
    await rejectionOf(step.send(callOf({ signal: AbortSignal.abort() }), next));
    expect(next.calls).toBe(0);
  });
});
