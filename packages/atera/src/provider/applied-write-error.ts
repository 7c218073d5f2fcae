import {
  AuthenticationError,
  ConfigError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PermissionError,
  type PsaError,
  type PsaErrorKind,
  type PsaErrorOptions,
  RateLimitError,
  ResponseShapeError,
  ServerError,
  ValidationError,
  isPsaError,
} from '@psagate/core';
import { isAbortFailure } from '@psagate/core/provider';

/** A write Atera accepted, described for the error raised when reading its result back fails. */
export interface AppliedWrite {
  /** Neutral operation, e.g. `tickets.create`. */
  readonly operation: string;
  /** What happened, e.g. `ticket 20041 was created`. */
  readonly applied: string;
  /** What the caller should do instead of repeating a write that must not be repeated. */
  readonly instead: string;
  /** True when sending the same write again changes nothing (a PUT that sets values). */
  readonly repeatable: boolean;
}

type ErrorClass = new (message: string, options: PsaErrorOptions) => PsaError;

const CLASS_OF_KIND: Readonly<Record<Exclude<PsaErrorKind, 'unsupported'>, ErrorClass>> = {
  config: ConfigError,
  validation: ValidationError,
  authentication: AuthenticationError,
  permission: PermissionError,
  not_found: NotFoundError,
  conflict: ConflictError,
  rate_limit: RateLimitError,
  server: ServerError,
  network: NetworkError,
  response_shape: ResponseShapeError,
};

/**
 * The error for a write that Atera applied but whose read-back failed. It keeps the kind of the
 * read's failure, says the write was applied (`maybeApplied: true`), and is retryable only when the
 * write may be repeated harmlessly: retrying a create or a comment would write it twice. A read-back
 * the caller aborted (`signal`) fails as every aborted call does, NetworkError `ABORTED`.
 */
export function appliedWriteError(readFailure: unknown, write: AppliedWrite, signal?: AbortSignal): PsaError {
  const aborted = isAbortFailure(readFailure, signal);
  const reason = isPsaError(readFailure)
    ? readFailure.message
    : aborted
      ? 'the caller aborted it.'
      : `${readFailure instanceof Error ? readFailure.name : 'Error'} while reading it back`;
  const message = `atera ${write.operation}: ${write.applied}, but reading it back failed: ${reason} ${write.instead}`;
  const options: PsaErrorOptions & { retryAfterMs?: number | undefined } = {
    provider: 'atera',
    operation: write.operation,
    code: aborted ? 'ABORTED' : 'READ_BACK_FAILED',
    maybeApplied: true,
    retryable: write.repeatable && isPsaError(readFailure) && readFailure.retryable,
    ...(isPsaError(readFailure)
      ? {
          method: readFailure.method,
          path: readFailure.path,
          status: readFailure.status,
          requestId: readFailure.requestId,
          providerCode: readFailure.providerCode,
          issues: readFailure.issues,
          cause: readFailure,
          retryAfterMs: readFailure instanceof RateLimitError ? readFailure.retryAfterMs : undefined,
        }
      : {}),
  };
  const kind = isPsaError(readFailure) ? readFailure.kind : aborted ? 'network' : 'response_shape';
  const ErrorOfKind = kind === 'unsupported' ? ResponseShapeError : CLASS_OF_KIND[kind];
  return new ErrorOfKind(message, options);
}

/** Runs a write's read-back, turning its failure into {@link appliedWriteError}. */
export async function readBack<T>(read: () => Promise<T>, write: AppliedWrite, signal?: AbortSignal): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw appliedWriteError(error, write, signal);
  }
}
