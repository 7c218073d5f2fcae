import type { Clock } from '../../time/clock';
import { type RateLimitInfo, parseRateLimitHeaders } from '../rate-limit-headers';
import type { RateLimiter } from '../rate-limiter';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/** Any of these makes a response worth showing to the rate limiter, and puts `rateLimit` on the response. */
const RATE_LIMIT_HEADERS = [
  'retry-after',
  'x-ratelimit-remaining',
  'ratelimit-remaining',
  'x-rate-limit-remaining',
  'x-ratelimit-reset',
  'ratelimit-reset',
  'x-rate-limit-reset',
  'x-ratelimit-limit',
  'ratelimit-limit',
  'x-rate-limit-limit',
];

/**
 * Tells the rate limiter what each answer says about the budget (a 429 or 503 always, any other
 * answer when it carries rate-limit headers), before anyone else hears of the answer: a request
 * started from a `response` listener already waits for a pause it announced.
 */
export class RateLimitHeadersStep implements HttpStep {
  readonly name = 'rate-limit-headers';
  readonly #limiter: RateLimiter;
  readonly #clock: Clock;
  readonly #maxRetryAfterMs: number;

  constructor(options: { readonly limiter: RateLimiter; readonly clock: Clock; readonly maxRetryAfterMs: number }) {
    this.#limiter = options.limiter;
    this.#clock = options.clock;
    this.#maxRetryAfterMs = options.maxRetryAfterMs;
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const response = await next(call);
    const { status, headers } = response;
    const sentRateLimit = RATE_LIMIT_HEADERS.some((name) => headers[name] !== undefined);
    if (!sentRateLimit && status !== 429 && status !== 503) return response;
    const info = parseRateLimitHeaders(headers, this.#clock.now());
    this.#limiter.observe(status, this.#laneInfo(status, info));
    return sentRateLimit ? { ...response, rateLimit: info } : response;
  }

  /**
   * What the limiter is told. A wait longer than maxRetryAfterMs is not imposed on the lane: the
   * call that got it fails fast with RateLimitError, and so should the next ones, instead of hanging.
   */
  #laneInfo(status: number, info: RateLimitInfo): RateLimitInfo {
    const pauseMs = info.retryAfterMs ?? (status === 429 && info.resetAt !== undefined ? info.resetAt - this.#clock.now() : undefined);
    if (pauseMs !== undefined && pauseMs > this.#maxRetryAfterMs) return { limit: info.limit };
    return info;
  }
}
