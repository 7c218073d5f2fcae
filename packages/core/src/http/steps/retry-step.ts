import axios, { AxiosError, type AxiosInstance, type AxiosRequestConfig, type AxiosResponse, type InternalAxiosRequestConfig, isAxiosError } from 'axios';
import axiosRetry from 'axios-retry';
import type { AuthStrategy } from '../../auth/auth-strategy';
import { describeRequest } from '../../errors/psa-error';
import type { PsaEvents } from '../../observability/events';
import type { Clock } from '../../time/clock';
import { describeNetworkFailure } from '../network-failure';
import { parseRateLimitHeaders } from '../rate-limit-headers';
import { type AttemptFailure, type RetryOptions, decideRetry } from '../retry-policy';
import { type CallResponse, isSuccessStatus } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';
import type { StepLog } from './step-log';

export interface RetryStepOptions {
  readonly retry: RetryOptions;
  readonly auth: AuthStrategy;
  readonly events: PsaEvents;
  readonly clock: Clock;
  /** Source of jitter. */
  readonly random: () => number;
  /** The attempt timeout, named when an attempt that timed out is judged. */
  readonly timeoutMs: number;
  readonly log: StepLog;
}

/** One call as the retry step drives it. A class, so that axios keeps it by reference when it copies a config. */
class RetriedCall {
  /** The next attempt goes out at once, without a backoff or a retry event: a redirect, a credential renewed after a 401. */
  sendAgainAtOnce = false;
  replayedAfter401 = false;

  constructor(
    readonly call: HttpCall,
    readonly next: SendNext,
  ) {}
}

type RetryConfig = InternalAxiosRequestConfig & { psagate?: RetriedCall };

/**
 * The transport's one retry loop, driven by axios-retry (configured here and nowhere else). Every
 * attempt runs the steps below this one; the call goes out again
 * - at once, when a step below prepared another attempt (it accepted a same-origin redirect);
 * - once after a 401, when the auth strategy says its renewed credential is worth a replay;
 * - after a jittered backoff, when decideRetry finds the failure transient and the call safe to
 *   repeat (an error status, a dropped connection or timeout, a success whose body was unusable).
 * Attempts, replays and redirects share one attempt count and one time budget. Resolves with the
 * last answer whatever its status, and rejects only when no answer arrived: the http-errors step
 * above says why the call failed.
 */
export class RetryStep implements HttpStep {
  readonly name = 'retry';
  readonly #options: RetryStepOptions;
  readonly #axios: AxiosInstance;

  constructor(options: RetryStepOptions) {
    this.#options = options;
    // axios only drives the loop here; the attempt's steps and the wire run in its adapter.
    this.#axios = axios.create({ adapter: (config) => this.#attempt(config as RetryConfig), transformRequest: [], transformResponse: [] });
    axiosRetry(this.#axios, {
      // decideRetry owns the caps; with axios-retry's own cap it would not even be asked about the
      // last failure, and the error could not say that the retries ran out.
      retries: Number.MAX_SAFE_INTEGER,
      retryCondition: (error) => this.#sendAgain(error),
      // The backoff is waited out in onRetry, on the transport's clock, so tests never sleep.
      retryDelay: () => 0,
      onRetry: (_count, error) => this.#beforeNextAttempt(error),
    });
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    try {
      const response = await this.#axios.request<CallResponse>({ signal: call.signal, psagate: new RetriedCall(call, next) } as AxiosRequestConfig);
      return response.data;
    } catch (error) {
      const answer = answerOf(error);
      if (answer) return answer;
      throw error;
    }
  }

  /** One attempt: the steps below, then an answer that is not a usable success is rejected for axios-retry to judge. */
  async #attempt(config: RetryConfig): Promise<AxiosResponse<CallResponse>> {
    const retried = config.psagate as RetriedCall;
    const { call } = retried;
    call.startAttempt();
    let answer: CallResponse;
    try {
      answer = await retried.next(call);
    } catch (error) {
      // axios-retry replays error.config: it must be this config, not the wire's, which holds the credential.
      if (isAxiosError(error)) error.config = config;
      throw error;
    }
    const response: AxiosResponse<CallResponse> = { data: answer, status: answer.status, statusText: '', headers: {}, config };
    if (isSuccessStatus(answer.status) && answer.bodyProblem === undefined) return response;
    if (answer.sendAgain) {
      retried.sendAgainAtOnce = true;
    } else if (answer.status === 401 && !retried.replayedAfter401 && this.#options.auth.onUnauthorized) {
      retried.replayedAfter401 = true;
      retried.sendAgainAtOnce = await this.#options.auth.onUnauthorized(call.authStamp, call.signal);
    }
    throw new AxiosError(`HTTP ${answer.status}`, undefined, config, undefined, response);
  }

  #sendAgain(error: AxiosError): boolean {
    const retried = (error.config as RetryConfig | undefined)?.psagate;
    if (!retried) return false;
    if (retried.sendAgainAtOnce) return true;
    const { call } = retried;
    const answer = answerOf(error);
    call.retryDecision = decideRetry(
      {
        method: call.context.method,
        idempotent: call.idempotent,
        attempts: call.attempt,
        elapsedMs: this.#options.clock.now() - call.startedAt,
        failure: answer ? this.#failureOf(answer) : this.#networkFailureOf(error, call),
      },
      this.#options.retry,
      this.#options.random,
    );
    return call.retryDecision.retry;
  }

  #failureOf(answer: CallResponse): AttemptFailure {
    if (answer.bodyProblem !== undefined) return { kind: 'body', problem: answer.bodyProblem };
    return { kind: 'status', status: answer.status, retryAfterMs: parseRateLimitHeaders(answer.headers, this.#options.clock.now()).retryAfterMs };
  }

  #networkFailureOf(error: AxiosError, call: HttpCall): AttemptFailure {
    const network = describeNetworkFailure(error, call.timedOut, this.#options.timeoutMs, call.signal?.aborted);
    return { kind: 'network', code: network.code, beforeSend: network.beforeSend, retryable: network.retryable };
  }

  /** Reports the retry that the call's decision asks for and waits out its delay; a resend at once does neither. */
  async #beforeNextAttempt(error: AxiosError): Promise<void> {
    const retried = (error.config as RetryConfig | undefined)?.psagate;
    if (!retried) return;
    if (retried.sendAgainAtOnce) {
      retried.sendAgainAtOnce = false;
      return;
    }
    const { call } = retried;
    const decision = call.retryDecision;
    if (!decision?.retry) return;
    const { delayMs, reason } = decision;
    const { events, log, clock, retry } = this.#options;
    events.emit('retry', { ...call.context, callId: call.callId, attempt: call.attempt, nextAttempt: call.attempt + 1, delayMs, reason });
    log('warn', `${describeRequest(call.context)}: ${reason}, retrying in ${delayMs} ms (attempt ${call.attempt + 1} of ${retry.maxAttempts})`);
    await clock.sleep(delayMs, call.signal);
  }
}

/** The answer #attempt rejected, if that is what this error is (the wire never attaches a response: see AxiosSender). */
function answerOf(error: unknown): CallResponse | undefined {
  return isAxiosError(error) ? (error.response?.data as CallResponse | undefined) : undefined;
}
