import { describe, expect, it } from 'vitest';
import { type AttemptFailure, type RetryOptions, decideRetry, defaultRetryOptions, isIdempotent } from './retry-policy';

const options: RetryOptions = { maxAttempts: 4, maxElapsedMs: 120_000, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 };
const half = (): number => 0.5;

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST', 'PATCH'] as const;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Each failure and whether it is retried for a request that is safe to repeat, and for one that is not. */
const FAILURES: readonly { label: string; failure: AttemptFailure; whenSafe: boolean; whenUnsafe: boolean }[] = [
  { label: 'a 429', failure: { kind: 'status', status: 429 }, whenSafe: true, whenUnsafe: true },
  { label: 'a 500', failure: { kind: 'status', status: 500 }, whenSafe: false, whenUnsafe: false },
  { label: 'a 502', failure: { kind: 'status', status: 502 }, whenSafe: true, whenUnsafe: false },
  { label: 'a 503', failure: { kind: 'status', status: 503 }, whenSafe: true, whenUnsafe: false },
  { label: 'a 504', failure: { kind: 'status', status: 504 }, whenSafe: true, whenUnsafe: false },
  { label: 'a 400', failure: { kind: 'status', status: 400 }, whenSafe: false, whenUnsafe: false },
  {
    label: 'a connection failure before sending',
    failure: { kind: 'network', code: 'ECONNREFUSED', beforeSend: true, retryable: true },
    whenSafe: true,
    whenUnsafe: true,
  },
  {
    label: 'a connection reset after sending',
    failure: { kind: 'network', code: 'ECONNRESET', beforeSend: false, retryable: true },
    whenSafe: true,
    whenUnsafe: false,
  },
  { label: 'a timeout', failure: { kind: 'network', code: 'ETIMEDOUT', beforeSend: false, retryable: true }, whenSafe: true, whenUnsafe: false },
  { label: 'a body that is not valid JSON', failure: { kind: 'body', problem: 'invalid JSON' }, whenSafe: true, whenUnsafe: false },
  {
    label: 'an abort by the caller',
    failure: { kind: 'network', code: 'ERR_CANCELED', beforeSend: false, retryable: false },
    whenSafe: false,
    whenUnsafe: false,
  },
];

const OVERRIDES = [undefined, true, false] as const;

const table = METHODS.flatMap((method) =>
  FAILURES.flatMap(({ label, failure, whenSafe, whenUnsafe }) =>
    OVERRIDES.map((idempotent) => {
      const safe = idempotent ?? SAFE_METHODS.has(method);
      return { method, label, failure, idempotent, retry: safe ? whenSafe : whenUnsafe };
    }),
  ),
);

describe('isIdempotent', () => {
  it.each(METHODS.map((method) => [method, SAFE_METHODS.has(method)] as const))('calls %s idempotent: %s', (method, expected) => {
    expect(isIdempotent(method)).toBe(expected);
    expect(isIdempotent(method.toLowerCase())).toBe(expected);
  });

  it('lets an explicit override win both ways', () => {
    expect(isIdempotent('POST', true)).toBe(true);
    expect(isIdempotent('GET', false)).toBe(false);
  });
});

describe('decideRetry', () => {
  it.each(table)('$method after $label (idempotent override: $idempotent) retries: $retry', ({ method, failure, idempotent, retry }) => {
    const decision = decideRetry({ method, idempotent, attempts: 1, elapsedMs: 0, failure }, options, half);
    expect(decision.retry).toBe(retry);
    if (!decision.retry && ((failure.kind === 'status' && [429, 502, 503, 504].includes(failure.status)) || failure.kind === 'body')) {
      expect(decision.reason).toContain('may have been applied');
    }
  });

  it('does not replay a POST after a 503, and says why', () => {
    const decision = decideRetry({ method: 'POST', attempts: 1, elapsedMs: 0, failure: { kind: 'status', status: 503 } }, options, half);
    expect(decision).toEqual({ retry: false, reason: 'HTTP 503; POST is not replayed because it may have been applied' });
  });

  it('names the failure in the reason of a retry', () => {
    expect(decideRetry({ method: 'GET', attempts: 1, elapsedMs: 0, failure: { kind: 'status', status: 502 } }, options, half)).toMatchObject({
      retry: true,
      reason: 'HTTP 502',
    });
    expect(
      decideRetry({ method: 'GET', attempts: 1, elapsedMs: 0, failure: { kind: 'network', code: 'ECONNRESET', beforeSend: false, retryable: true } }, options, half),
    ).toMatchObject({ retry: true, reason: 'ECONNRESET' });
    expect(decideRetry({ method: 'GET', attempts: 1, elapsedMs: 0, failure: { kind: 'body', problem: 'invalid JSON' } }, options, half)).toMatchObject({
      retry: true,
      reason: 'invalid JSON',
    });
  });

  it('does not replay a POST whose answer was not valid JSON, and says why', () => {
    const decision = decideRetry({ method: 'POST', attempts: 1, elapsedMs: 0, failure: { kind: 'body', problem: 'invalid JSON' } }, options, half);
    expect(decision).toEqual({ retry: false, reason: 'invalid JSON; POST is not replayed because it may have been applied' });
  });

  it.each([
    [1, true],
    [2, true],
    [3, true],
    [4, false],
    [5, false],
  ])('after %i attempts of at most 4, retries: %s', (attempts, retry) => {
    const decision = decideRetry({ method: 'GET', attempts, elapsedMs: 0, failure: { kind: 'status', status: 503 } }, options, half);
    expect(decision.retry).toBe(retry);
    if (!retry) expect(decision.reason).toBe(`HTTP 503; gave up after ${attempts} attempts`);
  });

  it('never retries when maxAttempts is 1', () => {
    expect(decideRetry({ method: 'GET', attempts: 1, elapsedMs: 0, failure: { kind: 'status', status: 503 } }, { ...options, maxAttempts: 1 }, half).retry).toBe(false);
  });

  it.each([
    ['well inside the budget', 100_000, 1_000, true],
    ['landing exactly on maxElapsedMs', 119_000, 1_000, true],
    ['one ms past maxElapsedMs', 119_001, 1_000, false],
  ])('with a wait %s, retries: %s', (_label, elapsedMs, retryAfterMs, retry) => {
    const decision = decideRetry({ method: 'GET', attempts: 1, elapsedMs, failure: { kind: 'status', status: 429, retryAfterMs } }, options, () => 0);
    expect(decision.retry).toBe(retry);
    if (!decision.retry) expect(decision.reason).toContain('maxElapsedMs (120000 ms)');
  });

  it('fails fast with retryAfterTooLong when Retry-After exceeds maxRetryAfterMs', () => {
    const decision = decideRetry(
      { method: 'GET', attempts: 1, elapsedMs: 0, failure: { kind: 'status', status: 429, retryAfterMs: 60_001 } },
      options,
      half,
    );
    expect(decision).toEqual({
      retry: false,
      reason: 'HTTP 429; Retry-After of 60001 ms exceeds maxRetryAfterMs',
      retryAfterTooLong: true,
    });
  });

  it('waits a Retry-After exactly at maxRetryAfterMs', () => {
    const decision = decideRetry({ method: 'GET', attempts: 1, elapsedMs: 0, failure: { kind: 'status', status: 503, retryAfterMs: 60_000 } }, options, half);
    expect(decision).toEqual({ retry: true, delayMs: 60_000, reason: 'HTTP 503' });
  });

  it.each([
    ['the jittered backoff when it is longer', 0.9, 100, 450],
    ['Retry-After when it is longer', 0.9, 2_000, 2_000],
    ['the jittered backoff with no Retry-After', 0.5, undefined, 250],
    ['zero when jitter draws zero and there is no Retry-After', 0, undefined, 0],
  ])('waits %s', (_label, draw, retryAfterMs, delayMs) => {
    const decision = decideRetry({ method: 'GET', attempts: 1, elapsedMs: 0, failure: { kind: 'status', status: 429, retryAfterMs } }, options, () => draw);
    expect(decision).toMatchObject({ retry: true, delayMs });
  });

  it.each([
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [4, 4_000],
    [6, 16_000],
    [7, 30_000],
    [12, 30_000],
    [60, 30_000],
  ])('caps the backoff of attempt %i at %i ms (base 500, max 30 s)', (attempts, ceiling) => {
    const question = { method: 'GET', attempts, elapsedMs: 0, failure: { kind: 'status', status: 503 } as const };
    const generous = { ...options, maxAttempts: 100 };
    expect(decideRetry(question, generous, () => 0.999_999)).toMatchObject({ retry: true, delayMs: ceiling - 1 });
    expect(decideRetry(question, generous, () => 0)).toMatchObject({ retry: true, delayMs: 0 });
  });

  it('draws a whole number of ms spread over the full jitter range', () => {
    const draws = [0.1, 0.25, 0.75];
    const delays = draws.map((draw) => {
      const decision = decideRetry({ method: 'GET', attempts: 3, elapsedMs: 0, failure: { kind: 'status', status: 502 } }, options, () => draw);
      return decision.retry ? decision.delayMs : undefined;
    });
    expect(delays).toEqual([200, 500, 1_500]);
  });

  it('uses the documented defaults', () => {
    expect(defaultRetryOptions).toEqual({ maxAttempts: 4, maxElapsedMs: 120_000, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 });
  });
});
