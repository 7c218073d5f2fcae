import { describe, expect, it } from 'vitest';
import { ApiKeyAuth } from '../../auth/api-key-auth';
import { NotFoundError } from '../../errors/error-types';
import { type ErrorEvent, PsaEvents } from '../../observability/events';
import { Redactor } from '../../security/redactor';
import { FakeClock } from '../../testing/fake-clock';
import { defaultRetryOptions } from '../retry-policy';
import { CallErrors } from './call-errors';
import { ErrorEventStep } from './error-event-step';
import { answer, callOf, rejectionOf, replying } from './step.test-helpers';

function errorEventStep(): { step: ErrorEventStep; reported: ErrorEvent[] } {
  const events = new PsaEvents();
  const reported: ErrorEvent[] = [];
  events.on('error', (event) => reported.push(event));
  const errors = new CallErrors({
    auth: new ApiKeyAuth({ key: 'key-0123456789', header: 'X-API-KEY' }),
    retry: defaultRetryOptions,
    timeoutMs: 30_000,
    maxResponseBytes: 1_000,
    clock: new FakeClock(),
    redactor: new Redactor(),
  });
  return { step: new ErrorEventStep(events, errors), reported };
}

describe('ErrorEventStep', () => {
  it('reports a PsaError that stops the call once, with the call id, and rethrows it', async () => {
    const { step, reported } = errorEventStep();
    const failure = new NotFoundError('gone', { provider: 'acme' });
    const error = await rejectionOf(step.send(callOf(), replying(failure)));
    expect(error).toBe(failure);
    expect(reported).toEqual([{ error: failure, callId: 'call-1' }]);
  });

  it('reports nothing when the call succeeds', async () => {
    const { step, reported } = errorEventStep();
    await step.send(callOf(), replying(answer()));
    expect(reported).toEqual([]);
  });

  it('fails with NetworkError ABORTED, not the bare reason, when a step gives up on the aborted signal', async () => {
    const { step, reported } = errorEventStep();
    const controller = new AbortController();
    controller.abort(new Error('caller gave up'));
    const error = await rejectionOf(step.send(callOf({ signal: controller.signal }), replying(new Error('caller gave up'))));
    expect(error).toMatchObject({ kind: 'network', code: 'ABORTED', retryable: false });
    expect(reported).toEqual([{ error, callId: 'call-1' }]);
  });

  it('lets any other error through as it is, unreported', async () => {
    const { step, reported } = errorEventStep();
    const bug = new TypeError('a bug in a transform');
    expect(await rejectionOf(step.send(callOf(), replying(bug)))).toBe(bug);
    expect(reported).toEqual([]);
  });
});
