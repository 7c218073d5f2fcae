/** How failed requests are retried. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 4). */
  readonly maxAttempts: number;
  /** No retry starts once this much time has passed since the first attempt (default 2 minutes). */
  readonly maxElapsedMs: number;
  /** Backoff base: the cap of the first retry's delay (default 500 ms). */
  readonly baseDelayMs: number;
  /** Upper bound of the exponential backoff (default 30 s). */
  readonly maxDelayMs: number;
  /** A `Retry-After` longer than this fails at once with RateLimitError instead of waiting (default 60 s). */
  readonly maxRetryAfterMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 4,
  maxElapsedMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
};

/** What went wrong with the last attempt. */
export type AttemptFailure =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterMs?: number | undefined }
  | { readonly kind: 'network'; readonly code: string; readonly beforeSend: boolean; readonly retryable: boolean }
  /** A response arrived but its body could not be used (`invalid JSON`): transient, yet the request reached the server. */
  | { readonly kind: 'body'; readonly problem: string };

export interface RetryQuestion {
  readonly method: string;
  /** Set for writes that are safe to repeat (for example an update sent as POST). */
  readonly idempotent?: boolean | undefined;
  /** Attempts made so far (1 after the first failure). */
  readonly attempts: number;
  readonly elapsedMs: number;
  readonly failure: AttemptFailure;
}

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly reason: string }
  | {
      readonly retry: false;
      readonly reason: string;
      readonly retryAfterTooLong?: boolean;
      /** Set when the failure was worth retrying but the attempt or time budget ran out. */
      readonly exhausted?: 'attempts' | 'time';
    };

/** Methods that may be sent twice without changing the outcome. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** Statuses worth another try: throttling and gateway trouble. A 500 is not retried: the server already failed on it. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

export function isIdempotent(method: string, override?: boolean): boolean {
  return override ?? IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Decides whether to retry, and after how long. Only what is safe is retried: idempotent requests
 * on 502/503/504, network failures and unreadable bodies, and any request refused with 429 or whose
 * connection failed before it was sent. A write that may have reached the server is never replayed. Delays use exponential
 * backoff with full jitter, never shorter than the server's `Retry-After`.
 */
export function decideRetry(question: RetryQuestion, options: RetryOptions, random: () => number): RetryDecision {
  const { failure } = question;
  const reason = failure.kind === 'status' ? `HTTP ${failure.status}` : failure.kind === 'network' ? failure.code : failure.problem;
  const safe = isIdempotent(question.method, question.idempotent);
  if (failure.kind === 'status') {
    if (!RETRYABLE_STATUSES.has(failure.status)) return { retry: false, reason };
    // A 429 is a refusal: the server turned the request away without doing it, so even a POST may go again.
    if (!safe && failure.status !== 429) return { retry: false, reason: `${reason}; ${question.method} is not replayed because it may have been applied` };
  } else if (failure.kind === 'body') {
    if (!safe) return { retry: false, reason: `${reason}; ${question.method} is not replayed because it may have been applied` };
  } else {
    if (!failure.retryable) return { retry: false, reason };
    if (!safe && !failure.beforeSend) return { retry: false, reason: `${reason}; ${question.method} is not replayed because it may have been applied` };
  }

  const retryAfterMs = failure.kind === 'status' ? failure.retryAfterMs : undefined;
  if (retryAfterMs !== undefined && retryAfterMs > options.maxRetryAfterMs) {
    return { retry: false, reason: `${reason}; Retry-After of ${retryAfterMs} ms exceeds maxRetryAfterMs`, retryAfterTooLong: true };
  }
  if (question.attempts >= options.maxAttempts) {
    return { retry: false, reason: `${reason}; gave up after ${question.attempts} attempts`, exhausted: 'attempts' };
  }
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (question.attempts - 1));
  const delayMs = Math.max(Math.floor(random() * ceiling), retryAfterMs ?? 0);
  if (question.elapsedMs + delayMs > options.maxElapsedMs) {
    return { retry: false, reason: `${reason}; retrying would pass maxElapsedMs (${options.maxElapsedMs} ms)`, exhausted: 'time' };
  }
  return { retry: true, delayMs, reason };
}
