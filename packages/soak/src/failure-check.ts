import { isPsaError } from '@psagate/core';

/** What is known about an operation that failed, to judge the error it surfaced. */
export interface FailedOperation {
  readonly error: unknown;
  /**
   * Whether repeating the whole operation is harmless: reads, updates that set values, resolves.
   * Creates and comments are not.
   */
  readonly idempotent: boolean;
  /** For a create or comment: whether the sandbox holds the write after all. */
  readonly applied?: boolean | undefined;
}

export type FailureVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: 'untyped' | 'misflagged'; readonly detail: string };

/**
 * Judges the error an operation failed with. Every failure must be a typed `PsaError`, and its
 * `retryable` must tell the caller the truth:
 * - every soak fault is transient, so an idempotent operation that failed must say `retryable: true`
 *   (trying again is both safe and likely to work);
 * - a create or comment the sandbox applied must say `retryable: false` and `maybeApplied: true`,
 *   since sending it again would write it twice;
 * - a create or comment that was not applied may say either (the client cannot always know).
 */
export function judgeFailure(failure: FailedOperation): FailureVerdict {
  const { error } = failure;
  if (!isPsaError(error)) {
    const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, problem: 'untyped', detail: `not a PsaError (${name.slice(0, 160)})` };
  }
  const said = `${error.name} ${error.code}${error.status === undefined ? '' : ` ${error.status}`} retryable=${String(error.retryable)} maybeApplied=${String(error.maybeApplied)}`;
  if (failure.idempotent) {
    return error.retryable ? { ok: true } : { ok: false, problem: 'misflagged', detail: `${said}, but the operation is safe to repeat and the fault was transient` };
  }
  if (failure.applied === true && (error.retryable || !error.maybeApplied)) {
    return { ok: false, problem: 'misflagged', detail: `${said}, but the write was applied: repeating it would write it twice` };
  }
  return { ok: true };
}
