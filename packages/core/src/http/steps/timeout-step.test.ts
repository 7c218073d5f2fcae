import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../testing/fake-clock';
import type { HttpCall } from './http-call';
import { TimeoutStep } from './timeout-step';
import { answer, callOf, replying } from './step.test-helpers';

/** A `next` that hangs until its attempt signal fires, then fails with the signal's reason. */
const hanging = () =>
  replying(
    (call: HttpCall) =>
      new Promise((_resolve, reject) => {
        call.attemptSignal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      }),
  );

describe('TimeoutStep', () => {
  it('aborts the attempt when it outlives timeoutMs, and says it timed out', async () => {
    const clock = new FakeClock();
    const call = callOf();
    const pending = new TimeoutStep(clock, 1_000).send(call, hanging()).catch((error: unknown) => error);
    await clock.advance(999);
    expect(call.timedOut).toBe(false);
    await clock.advance(1);
    expect(await pending).toEqual(new Error('aborted'));
    expect(call.timedOut).toBe(true);
    expect(call.attemptSignal?.aborted).toBe(true);
  });

  it('passes the caller abort on to the attempt, which is then not a timeout', async () => {
    const controller = new AbortController();
    const call = callOf({ signal: controller.signal });
    const pending = new TimeoutStep(new FakeClock(), 1_000).send(call, hanging()).catch((error: unknown) => error);
    controller.abort();
    expect(await pending).toEqual(new Error('aborted'));
    expect(call.timedOut).toBe(false);
  });

  it('cancels its timer once the answer is in', async () => {
    const clock = new FakeClock();
    await new TimeoutStep(clock, 1_000).send(callOf(), replying(answer()));
    expect(clock.pending).toBe(0);
  });
});
