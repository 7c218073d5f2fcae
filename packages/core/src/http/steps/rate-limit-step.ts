import type { PsaEvents } from '../../observability/events';
import type { RateLimitWaitReason, RateLimiter } from '../rate-limiter';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';
import type { StepLog } from './step-log';

/**
 * Waits for the credential's rate budget before each attempt and holds the turn until the answer
 * (or failure) is in. A wait is reported as a `rateLimitWait` event, and logged unless it was only
 * for a concurrency slot.
 */
export class RateLimitStep implements HttpStep {
  readonly name = 'rate-limit';
  readonly #limiter: RateLimiter;
  readonly #events: PsaEvents;
  readonly #provider: string;
  readonly #log: StepLog;

  constructor(options: { readonly limiter: RateLimiter; readonly events: PsaEvents; readonly provider: string; readonly log: StepLog }) {
    this.#limiter = options.limiter;
    this.#events = options.events;
    this.#provider = options.provider;
    this.#log = options.log;
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const permit = await this.#limiter.acquire({ signal: call.signal, onWait: (waitMs, reason) => this.#waited(call, waitMs, reason) });
    try {
      return await next(call);
    } finally {
      permit.release();
    }
  }

  #waited(call: HttpCall, waitMs: number, reason: RateLimitWaitReason): void {
    if (reason !== 'concurrency') this.#log('debug', `${this.#provider}: waited ${waitMs} ms for the rate budget (${reason})`);
    this.#events.emit('rateLimitWait', { provider: this.#provider, callId: call.callId, waitMs, reason });
  }
}
