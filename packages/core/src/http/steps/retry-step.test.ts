import { AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import type { AuthStamp, AuthStrategy } from '../../auth/auth-strategy';
import { PsaEvents, type RetryEvent } from '../../observability/events';
import { FakeClock } from '../../testing/fake-clock';
import { type RetryOptions, defaultRetryOptions } from '../retry-policy';
import type { HttpCall } from './http-call';
import { RetryStep } from './retry-step';
import { answer, callOf, rejectionOf, replying } from './step.test-helpers';

interface Kit {
  readonly step: RetryStep;
  readonly events: PsaEvents;
  readonly clock: FakeClock;
  readonly retries: RetryEvent[];
  readonly logs: string[];
  readonly unauthorized: (AuthStamp | undefined)[];
}

/** A retry step on the fake clock with jitter 0.5; the auth strategy renews after a 401 when `renews`. */
function retryKit(options: { retry?: Partial<RetryOptions>; renews?: boolean } = {}): Kit {
  const clock = new FakeClock();
  const events = new PsaEvents();
  const retries: RetryEvent[] = [];
  events.on('retry', (event) => retries.push(event));
  const logs: string[] = [];
  const unauthorized: (AuthStamp | undefined)[] = [];
  const auth: AuthStrategy = {
    kind: 'test',
    credentialId: 'cred',
    authorize: () => undefined,
    describe: () => 'test credential',
    secretValues: () => [],
    ...(options.renews === undefined
      ? {}
      : {
          onUnauthorized: async (stamp) => {
            unauthorized.push(stamp);
            return options.renews as boolean;
          },
        }),
  };
  const step = new RetryStep({
    retry: { ...defaultRetryOptions, ...options.retry },
    auth,
    events,
    clock,
    random: () => 0.5,
    timeoutMs: 5_000,
    log: (level, message) => logs.push(`${level}: ${message}`),
  });
  return { step, events, clock, retries, logs, unauthorized };
}

const dropped = (): AxiosError => new AxiosError('socket hang up', 'ECONNRESET');

describe('RetryStep', () => {
  it('makes one attempt when the first answer is a usable success', async () => {
    const { step } = retryKit();
    const call = callOf();
    const next = replying(answer(200, { data: 1 }));
    expect((await step.send(call, next)).data).toBe(1);
    expect(next.calls).toBe(1);
    expect(call.attempt).toBe(1);
  });

  it('retries a GET after a 503 with jittered backoff, reporting and logging the retry of the call', async () => {
    const { step, clock, retries, logs } = retryKit();
    const call = callOf();
    const start = clock.now();
    const response = await step.send(call, replying(answer(503), answer(200)));
    expect(response.status).toBe(200);
    expect(call.attempt).toBe(2);
    expect(clock.now() - start).toBe(250);
    expect(retries).toEqual([{ callId: 'call-1', provider: 'acme', operation: 'things.list', method: 'GET', path: '/things', attempt: 1, nextAttempt: 2, delayMs: 250, reason: 'HTTP 503' }]);
    expect(logs).toEqual(['warn: acme GET /things: HTTP 503, retrying in 250 ms (attempt 2 of 4)']);
  });

  it('waits at least the Retry-After of a 429', async () => {
    const { step, retries } = retryKit();
    await step.send(callOf(), replying(answer(429, { headers: { 'retry-after': '7' } }), answer(200)));
    expect(retries[0]?.delayMs).toBe(7000);
  });

  it('hands back the error answer it settled on: a POST after a 503 is not replayed', async () => {
    const { step, retries } = retryKit();
    const call = callOf({ method: 'POST' });
    const next = replying(answer(503), answer(200));
    expect((await step.send(call, next)).status).toBe(503);
    expect(next.calls).toBe(1);
    expect(retries).toEqual([]);
    expect(call.retryDecision).toMatchObject({ retry: false, reason: 'HTTP 503; POST is not replayed because it may have been applied' });
  });

  it('stops after maxAttempts and leaves the decision saying so', async () => {
    const { step } = retryKit({ retry: { maxAttempts: 3 } });
    const call = callOf();
    const next = replying(answer(502));
    expect((await step.send(call, next)).status).toBe(502);
    expect(next.calls).toBe(3);
    expect(call.retryDecision).toMatchObject({ retry: false, exhausted: 'attempts' });
  });

  it('retries a dropped connection of a GET, and rejects with the last failure once the attempts run out', async () => {
    const { step, retries } = retryKit({ retry: { maxAttempts: 2 } });
    const next = replying(dropped());
    const error = await rejectionOf(step.send(callOf(), next));
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as AxiosError).code).toBe('ECONNRESET');
    expect(next.calls).toBe(2);
    expect(retries.map((event) => event.reason)).toEqual(['ECONNRESET']);
  });

  it('retries a timed-out attempt of a GET as TIMEOUT', async () => {
    const { step, retries } = retryKit();
    const next = replying(
      (call: HttpCall) => {
        call.timedOut = true;
        throw new AxiosError('canceled', 'ERR_CANCELED');
      },
      answer(200),
    );
    expect((await step.send(callOf(), next)).status).toBe(200);
    expect(retries.map((event) => event.reason)).toEqual(['TIMEOUT']);
  });

  it('retries a success whose body was unusable, within the same attempt budget', async () => {
    const { step, retries } = retryKit({ retry: { maxAttempts: 3 } });
    const call = callOf();
    const next = replying(answer(503), answer(200, { bodyProblem: 'invalid JSON' }));
    expect((await step.send(call, next)).bodyProblem).toBe('invalid JSON');
    expect(next.calls).toBe(3);
    expect(retries.map((event) => event.reason)).toEqual(['HTTP 503', 'invalid JSON']);
  });

  it('sends the call again at once when a step below asks, without a backoff or a retry event', async () => {
    const { step, clock, retries } = retryKit();
    const call = callOf();
    const start = clock.now();
    const next = replying(answer(302, { sendAgain: true }), answer(200));
    expect((await step.send(call, next)).status).toBe(200);
    expect(call.attempt).toBe(2);
    expect(clock.now()).toBe(start);
    expect(retries).toEqual([]);
  });

  it('replays once after a 401 when the strategy renewed the credential of that attempt', async () => {
    const { step, retries, unauthorized } = retryKit({ renews: true });
    const stamp = { token: 1 };
    const call = callOf();
    const next = replying((attempt: HttpCall) => {
      attempt.authStamp = stamp;
      return answer(401);
    });
    expect((await step.send(call, next)).status).toBe(401);
    expect(next.calls).toBe(2);
    expect(unauthorized).toEqual([stamp]);
    expect(retries).toEqual([]);
  });

  it('does not replay after a 401 the strategy could not fix', async () => {
    const { step } = retryKit({ renews: false });
    const next = replying(answer(401), answer(200));
    expect((await step.send(callOf(), next)).status).toBe(401);
    expect(next.calls).toBe(1);
  });

  it('counts replays and redirects against the same attempt budget', async () => {
    const { step } = retryKit({ retry: { maxAttempts: 2 }, renews: true });
    const call = callOf();
    const next = replying(answer(401), answer(503), answer(200));
    expect((await step.send(call, next)).status).toBe(503);
    expect(call.retryDecision).toMatchObject({ exhausted: 'attempts' });
  });

  it('gives up with the abort reason when the caller aborts during the backoff', async () => {
    const { step, events } = retryKit({ retry: { baseDelayMs: 10_000 } });
    const controller = new AbortController();
    events.on('retry', () => queueMicrotask(() => controller.abort(new Error('caller gave up'))));
    const next = replying(answer(503));
    const error = await rejectionOf(step.send(callOf({ signal: controller.signal }), next));
    expect((error as Error).message).toBe('caller gave up');
    expect(next.calls).toBe(1);
  });

  it('does not start an attempt for a call whose signal is already aborted', async () => {
    const { step } = retryKit();
    const next = replying(answer(200));
    const error = await rejectionOf(step.send(callOf({ signal: AbortSignal.abort() }), next));
    expect((error as AxiosError).code).toBe('ERR_CANCELED');
    expect(next.calls).toBe(0);
  });

  it('replays its own config, never the wire config that holds the credential', async () => {
    const { step } = retryKit({ retry: { maxAttempts: 2 } });
    const wireError = (): AxiosError => {
      const error = dropped();
      error.config = { headers: { 'X-API-KEY': 'key-SECRET-42' } } as never;
      return error;
    };
    const next = replying(wireError(), wireError());
    const error = (await rejectionOf(step.send(callOf(), next))) as AxiosError;
    expect(next.calls).toBe(2);
    expect(JSON.stringify(error.config?.headers ?? {})).not.toContain('key-SECRET-42');
  });
});
