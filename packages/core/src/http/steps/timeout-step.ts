import type { Clock } from '../../time/clock';
import { linkedAbortController } from '../../util/linked-abort-controller';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * Gives each attempt `timeoutMs`: the attempt goes out on a signal that the caller's abort and the
 * timer both fire, and the call remembers which of the two it was.
 */
export class TimeoutStep implements HttpStep {
  readonly name = 'timeout';
  readonly #clock: Clock;
  readonly #timeoutMs: number;

  constructor(clock: Clock, timeoutMs: number) {
    this.#clock = clock;
    this.#timeoutMs = timeoutMs;
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const { controller, dispose } = linkedAbortController(call.signal);
    const cancelTimer = this.#clock.setTimer(this.#timeoutMs, () => {
      call.timedOut = true;
      controller.abort();
    });
    call.attemptSignal = controller.signal;
    try {
      return await next(call);
    } finally {
      cancelTimer();
      dispose();
    }
  }
}
