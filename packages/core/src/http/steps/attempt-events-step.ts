import type { PsaEvents, RequestEvent } from '../../observability/events';
import type { RateLimitInfo } from '../rate-limit-headers';
import type { Clock } from '../../time/clock';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * Reports each attempt as a `request` event when it goes out and a `response` event when its answer
 * is in (status, duration, request id, and the rate-limit headers the server sent). Events are only
 * built while someone listens.
 */
export class AttemptEventsStep implements HttpStep {
  readonly name = 'attempt-events';
  readonly #events: PsaEvents;
  readonly #clock: Clock;

  constructor(events: PsaEvents, clock: Clock) {
    this.#events = events;
    this.#clock = clock;
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const events = this.#events;
    if (events.has('request')) events.emit('request', eventOf(call));
    const started = this.#clock.now();
    const response = await next(call);
    if (events.has('response')) {
      events.emit('response', {
        ...eventOf(call),
        status: response.status,
        durationMs: this.#clock.now() - started,
        requestId: response.requestId,
        ...(response.rateLimit ? { rateLimit: definedFields(response.rateLimit) } : {}),
      });
    }
    return response;
  }
}

function eventOf(call: HttpCall): RequestEvent {
  return { ...call.context, callId: call.callId, attempt: call.attempt };
}

/** The fields that hold a value, so events carry only what the server sent. */
function definedFields(info: RateLimitInfo): RateLimitInfo {
  return Object.fromEntries(Object.entries(info).filter(([, value]) => value !== undefined)) as RateLimitInfo;
}
