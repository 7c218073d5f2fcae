import { describe, expect, it } from 'vitest';
import { PsaEvents, type RequestEvent, type ResponseEvent } from '../../observability/events';
import { FakeClock } from '../../testing/fake-clock';
import { AttemptEventsStep } from './attempt-events-step';
import { answer, callOf, replying } from './step.test-helpers';

function eventsKit(): { step: AttemptEventsStep; clock: FakeClock; seen: (RequestEvent | ResponseEvent)[] } {
  const events = new PsaEvents();
  const clock = new FakeClock();
  const seen: (RequestEvent | ResponseEvent)[] = [];
  events.on('request', (event) => seen.push(event));
  events.on('response', (event) => seen.push(event));
  return { step: new AttemptEventsStep(events, clock), clock, seen };
}

describe('AttemptEventsStep', () => {
  it('reports the attempt going out, then its answer with the duration and request id', async () => {
    const { step, clock, seen } = eventsKit();
    const call = callOf();
    call.startAttempt();
    await step.send(call, replying(async () => {
      await clock.advance(40);
      return answer(201, { requestId: 'req-7' });
    }));
    const base = { callId: 'call-1', provider: 'acme', operation: 'things.list', method: 'GET', path: '/things', attempt: 1 };
    expect(seen).toEqual([base, { ...base, status: 201, durationMs: 40, requestId: 'req-7' }]);
  });

  it('carries only the rate-limit fields the server sent', async () => {
    const { step, seen } = eventsKit();
    await step.send(callOf(), replying(answer(429, { rateLimit: { retryAfterMs: 2000, remaining: undefined } })));
    expect(seen[1]).toMatchObject({ status: 429, rateLimit: { retryAfterMs: 2000 } });
    expect(Object.keys((seen[1] as ResponseEvent).rateLimit ?? {})).toEqual(['retryAfterMs']);
  });

  it('hands the answer back unchanged, listened to or not', async () => {
    const response = answer();
    expect(await new AttemptEventsStep(new PsaEvents(), new FakeClock()).send(callOf(), replying(response))).toBe(response);
    expect(await eventsKit().step.send(callOf(), replying(response))).toBe(response);
  });
});
