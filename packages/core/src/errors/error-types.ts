import { PsaError, type PsaErrorKind, type PsaErrorOptions } from './psa-error';

/** The configuration is incomplete or wrong. Lists every problem at once. */
export class ConfigError extends PsaError {
  override readonly name = 'ConfigError';
  readonly kind: PsaErrorKind = 'config';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'INVALID_CONFIG', options);
  }
}

/** Input (an id, a payload, a query) was rejected, either before sending or by the server (400/422). */
export class ValidationError extends PsaError {
  override readonly name = 'ValidationError';
  readonly kind: PsaErrorKind = 'validation';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'INVALID_INPUT', options);
  }
}

/** The credential was missing, wrong or expired (401), or a token could not be obtained. */
export class AuthenticationError extends PsaError {
  override readonly name = 'AuthenticationError';
  readonly kind: PsaErrorKind = 'authentication';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'UNAUTHENTICATED', options);
  }
}

/** The credential is valid but may not do this (403). */
export class PermissionError extends PsaError {
  override readonly name = 'PermissionError';
  readonly kind: PsaErrorKind = 'permission';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'FORBIDDEN', options);
  }
}

/** The record does not exist (404). */
export class NotFoundError extends PsaError {
  override readonly name = 'NotFoundError';
  readonly kind: PsaErrorKind = 'not_found';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'NOT_FOUND', options);
  }
}

/** The write conflicts with the record's state, or the record has dependencies (409, Atera's 405). */
export class ConflictError extends PsaError {
  override readonly name = 'ConflictError';
  readonly kind: PsaErrorKind = 'conflict';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'CONFLICT', options);
  }
}

export interface RateLimitErrorOptions extends PsaErrorOptions {
  /** How long the server asked us to wait, when it said so. */
  readonly retryAfterMs?: number | undefined;
}

/** The server refused the request because the rate budget is spent (429). */
export class RateLimitError extends PsaError {
  override readonly name = 'RateLimitError';
  readonly kind: PsaErrorKind = 'rate_limit';
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: RateLimitErrorOptions = {}) {
    super(message, 'RATE_LIMITED', { retryable: true, ...options });
    this.retryAfterMs = options.retryAfterMs;
  }
  protected override extraJson(): Record<string, unknown> {
    return { retryAfterMs: this.retryAfterMs };
  }
}

/** The server failed (5xx). */
export class ServerError extends PsaError {
  override readonly name = 'ServerError';
  readonly kind: PsaErrorKind = 'server';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'SERVER_ERROR', options);
  }
}

/** No usable response arrived: connection refused or reset, DNS failure, timeout, abort. */
export class NetworkError extends PsaError {
  override readonly name = 'NetworkError';
  readonly kind: PsaErrorKind = 'network';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'NETWORK_ERROR', options);
  }
}

/** The server answered with something other than the documented shape (bad JSON, wrong fields, unsafe links). */
export class ResponseShapeError extends PsaError {
  override readonly name = 'ResponseShapeError';
  readonly kind: PsaErrorKind = 'response_shape';
  constructor(message: string, options: PsaErrorOptions = {}) {
    super(message, 'UNEXPECTED_RESPONSE', options);
  }
}

/** The provider cannot do this operation at all. */
export class UnsupportedOperationError extends PsaError {
  override readonly name = 'UnsupportedOperationError';
  readonly kind: PsaErrorKind = 'unsupported';
  constructor(provider: string, operation: string, reason?: string) {
    super(
      `${provider} does not support ${operation}${reason ? `: ${reason}` : ''}. ` +
        'Check gateway.capabilities before calling it, or use gateway.native for provider-specific routes.',
      'UNSUPPORTED_OPERATION',
      { provider, operation },
    );
  }
}
