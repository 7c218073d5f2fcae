import { isPsaError } from '../../errors/psa-error';
import type { PsaEvents } from '../../observability/events';
import type { CallErrors } from './call-errors';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * The outermost step: whatever stops a call is reported as one `error` event (with the call's id).
 * A step that gives up on an aborted signal by rethrowing its bare reason still fails the call with
 * NetworkError ABORTED, not with the reason.
 */
export class ErrorEventStep implements HttpStep {
  readonly name = 'error-event';
  readonly #events: PsaEvents;
  readonly #errors: CallErrors;

  constructor(events: PsaEvents, errors: CallErrors) {
    this.#events = events;
    this.#errors = errors;
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    try {
      return await next(call);
    } catch (error) {
      const failure = !isPsaError(error) && call.signal?.aborted ? this.#errors.forNoResponse(call, error) : error;
      if (isPsaError(failure)) this.#events.emit('error', { error: failure, callId: call.callId });
      throw failure;
    }
  }
}
