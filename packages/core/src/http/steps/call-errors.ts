import type { AuthStrategy } from '../../auth/auth-strategy';
import type { ErrorBodyParser } from '../../errors/error-body';
import { NetworkError, ResponseShapeError } from '../../errors/error-types';
import { type PsaError, describeRequest, isPsaError } from '../../errors/psa-error';
import type { Redactor } from '../../security/redactor';
import type { Clock } from '../../time/clock';
import { type ErrorClassifier, httpError } from '../http-error';
import { describeNetworkFailure } from '../network-failure';
import { parseRateLimitHeaders } from '../rate-limit-headers';
import type { RetryOptions } from '../retry-policy';
import { type CallResponse, parseJsonBody } from './call-response';
import type { HttpCall } from './http-call';

/** Methods that change nothing on the server. */
const READ_METHODS = new Set(['GET', 'HEAD']);

export interface CallErrorsOptions {
  readonly auth: AuthStrategy;
  readonly retry: RetryOptions;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly clock: Clock;
  readonly redactor: Redactor;
  readonly errorBodyParser?: ErrorBodyParser | undefined;
  readonly classifyError?: ErrorClassifier | undefined;
}

/**
 * The PsaErrors a call can end with, each saying what to do next: after an error status, after a
 * success whose body could not be used, and when no answer arrived. They tell from the call's last
 * retry decision whether the retries ran out.
 */
export class CallErrors {
  readonly #options: CallErrorsOptions;

  constructor(options: CallErrorsOptions) {
    this.#options = options;
  }

  /** An error status, mapped by httpError (and the provider's body parser and classifier). */
  forStatus(call: HttpCall, response: CallResponse): PsaError {
    const { headers } = response;
    let body: unknown = response.body;
    try {
      body = parseJsonBody(response.body, headers);
    } catch {
      // Error bodies are often plain text or HTML: the body parser copes with strings (httpError redacts either).
    }
    const decision = call.retryDecision;
    const note =
      decision && !decision.retry && decision.retryAfterTooLong
        ? `Not retried: the server asked for a wait longer than maxRetryAfterMs (${this.#options.retry.maxRetryAfterMs} ms).`
        : this.#gaveUp(call);
    return httpError(
      {
        context: { ...call.context, status: response.status, requestId: response.requestId },
        body,
        idempotent: call.idempotent,
        retryAfterMs: parseRateLimitHeaders(headers, this.#options.clock.now()).retryAfterMs,
        authDescription: this.#options.auth.describe(),
        note,
      },
      { parser: this.#options.errorBodyParser, classifier: this.#options.classifyError, redactor: this.#options.redactor },
    );
  }

  /**
   * The body of a success was not valid JSON (typically cut short). Retried already when that was
   * safe, so an idempotent call may be tried again later; a write may have been applied.
   */
  forUnusableBody(call: HttpCall, response: CallResponse): ResponseShapeError {
    const context = { ...call.context, status: response.status, requestId: response.requestId };
    const gaveUp = this.#gaveUp(call);
    return new ResponseShapeError(
      `${describeRequest(context)} answered ${response.status} with a body that is not valid JSON (it may have been cut short).` +
        (call.idempotent
          ? `${gaveUp ? ` ${gaveUp}` : ''} The request is safe to repeat: try again later, and report it if it persists.`
          : ' The write may have been applied: check before sending it again.'),
      { ...context, code: 'INVALID_JSON', retryable: call.idempotent, maybeApplied: !call.idempotent },
    );
  }

  /** No answer arrived: the connection failed, the attempt timed out or was aborted, or the body was too large. */
  forNoResponse(call: HttpCall, error: unknown): PsaError {
    if (isPsaError(error)) return error;
    // The caller's abort wins, even when it landed in a backoff wait after a timeout.
    const failure = describeNetworkFailure(error, call.timedOut, this.#options.timeoutMs, call.signal?.aborted);
    if (failure.code === 'RESPONSE_TOO_LARGE') {
      return new ResponseShapeError(
        `${describeRequest(call.context)} answered with a body larger than ${this.#options.maxResponseBytes} bytes, which psagate does not read (maxResponseBytes).` +
          (call.idempotent ? ' Ask for smaller pages, or raise maxResponseBytes if such answers are expected.' : ' The write may have been applied: check before sending it again.'),
        { ...call.context, code: 'RESPONSE_TOO_LARGE', maybeApplied: !call.idempotent },
      );
    }
    const aborted = failure.code === 'ABORTED';
    // The caller's abort is no verdict on the request: a write that went out may have been applied,
    // whatever its method, unless the server turned it away; one stopped before it went out (in a
    // wait, or already aborted) was not.
    const mayHaveApplied = aborted ? call.mayHaveTakenEffect && !READ_METHODS.has(call.context.method) : !call.idempotent && !failure.beforeSend;
    const attempts = call.attempt > 1 ? ` after ${call.attempt} attempts` : '';
    const gaveUp = aborted ? undefined : this.#gaveUp(call);
    const applied = !mayHaveApplied
      ? ''
      : call.idempotent
        ? ' The request may have been applied; sending it again is harmless.'
        : ' The request may have been applied: check before sending it again.';
    return new NetworkError(
      this.#options.redactor.redact(`${describeRequest(call.context)} failed${attempts}: ${failure.message}.${applied}` + (gaveUp ? ` ${gaveUp}` : '')),
      {
        ...call.context,
        code: failure.code,
        retryable: failure.retryable && (call.idempotent || failure.beforeSend),
        maybeApplied: mayHaveApplied,
      },
    );
  }

  /** Says that retries ran out, when they did. */
  #gaveUp(call: HttpCall): string | undefined {
    const decision = call.retryDecision;
    const exhausted = decision && !decision.retry ? decision.exhausted : undefined;
    if (!exhausted) return undefined;
    const attempts = `${call.attempt} attempt${call.attempt === 1 ? '' : 's'}`;
    return exhausted === 'attempts'
      ? `Gave up after ${attempts} (maxAttempts).`
      : `Gave up after ${attempts}: another retry would pass maxElapsedMs (${this.#options.retry.maxElapsedMs} ms).`;
  }
}
