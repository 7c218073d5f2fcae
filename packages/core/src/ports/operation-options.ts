import { z } from 'zod';

/**
 * Per-call options every neutral operation takes as its last argument: `get(id, { signal })`,
 * `create(input, { signal })`, `list(query, { signal })`... The gateway checks them with the rest of
 * the input and hands them to the provider's adapter, which passes them to every native request
 * the operation makes (reference-data loads and read-backs included). One type for every
 * operation, so that options added later (a timeout, an idempotency key) reach all of them.
 */
export interface OperationOptions {
  /**
   * Cancels the operation. An aborted operation fails with NetworkError `ABORTED` (`retryable:
   * false`); a write says with `maybeApplied` whether it may have reached the PSA before it was
   * stopped. A signal that is already aborted sends nothing. On a list, every walk also stops when
   * it aborts (besides the signal given to `byPage()` or `toArray()`).
   */
  readonly signal?: AbortSignal | undefined;
}

/** Checks options given to a neutral operation: an object with known keys only, `signal` an AbortSignal. */
export const operationOptionsSchema: z.ZodType<OperationOptions> = z.strictObject({
  signal: z.custom<AbortSignal>(isAbortSignal, 'must be an AbortSignal').optional(),
});

/** An AbortSignal, this realm's or another's (a polyfill's, another copy of Node's). */
function isAbortSignal(value: unknown): value is AbortSignal {
  if (value instanceof AbortSignal) return true;
  const candidate = value as Partial<AbortSignal> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.aborted === 'boolean' && typeof candidate.addEventListener === 'function';
}
