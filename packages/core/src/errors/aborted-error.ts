import { NetworkError } from './error-types';
import { type PsaErrorContext, describeRequest, isPsaError } from './psa-error';

/**
 * Whether `error` is how an operation ends when its caller aborts `signal`: the transport's
 * NetworkError `ABORTED`, or the bare abort reason a wait (a cache load, a page walk) rejects with.
 */
export function isAbortFailure(error: unknown, signal: AbortSignal | undefined): boolean {
  if (isPsaError(error)) return error.kind === 'network' && error.code === 'ABORTED';
  return signal?.aborted === true;
}

/**
 * The NetworkError `ABORTED` of an operation its caller aborted outside any request (while it
 * waited for reference data or a rate budget, between two pages), as the transport fails a request
 * that was aborted: not retryable; `maybeApplied` when a write may have reached the PSA before.
 */
export function abortedError(context: PsaErrorContext & { readonly provider: string; readonly operation: string }, maybeApplied = false): NetworkError {
  return new NetworkError(
    `${describeRequest(context)} was aborted by the caller before it finished.${maybeApplied ? ' It may have been applied: check before sending it again.' : ''}`,
    { ...context, code: 'ABORTED', retryable: false, maybeApplied },
  );
}
