import type {
  AuthenticationError,
  ConfigError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseShapeError,
  ServerError,
  UnsupportedOperationError,
  ValidationError,
} from './error-types';

const PSA_ERROR_BRAND = Symbol.for('@psagate/core/PsaError');

/** The kinds of failure psagate reports; each has a subclass of {@link PsaError}. */
export type PsaErrorKind =
  | 'config'
  | 'validation'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'rate_limit'
  | 'server'
  | 'network'
  | 'response_shape'
  | 'unsupported';

/** The subclass of {@link PsaError} for each kind: what `isPsaError(error, kind)` narrows to. */
export interface PsaErrorByKind {
  config: ConfigError;
  validation: ValidationError;
  authentication: AuthenticationError;
  permission: PermissionError;
  not_found: NotFoundError;
  conflict: ConflictError;
  rate_limit: RateLimitError;
  server: ServerError;
  network: NetworkError;
  response_shape: ResponseShapeError;
  unsupported: UnsupportedOperationError;
}

/** One problem found while validating config, input or a response: where, and what is wrong. */
export interface PsaIssue {
  /** Dotted path of the offending field, e.g. `body.TicketTitle` or `items[3].AgentID`; empty for the whole value. */
  readonly path: string;
  readonly message: string;
}

/** Where a failure happened. Every field is optional because config errors happen before any request. */
export interface PsaErrorContext {
  /** Provider name, e.g. `atera`. */
  readonly provider?: string | undefined;
  /** Logical operation, e.g. `tickets.get`. */
  readonly operation?: string | undefined;
  readonly method?: string | undefined;
  /** Path template as declared, e.g. `/api/v3/tickets/{ticketId}`: never the filled-in URL. */
  readonly path?: string | undefined;
  readonly status?: number | undefined;
  readonly requestId?: string | undefined;
}

export interface PsaErrorOptions extends PsaErrorContext {
  readonly code?: string | undefined;
  /** The vendor's own error code, when its body carries one. */
  readonly providerCode?: string | undefined;
  readonly retryable?: boolean | undefined;
  /** True when a write may have reached the server before it failed: check before sending it again. */
  readonly maybeApplied?: boolean | undefined;
  readonly issues?: readonly PsaIssue[] | undefined;
  /** A sanitised cause (never an HTTP client error that holds request headers). */
  readonly cause?: Error | undefined;
}

export interface PsaErrorJson {
  readonly name: string;
  readonly kind: PsaErrorKind;
  readonly message: string;
  readonly code: string;
  readonly provider?: string;
  readonly operation?: string;
  readonly method?: string;
  readonly path?: string;
  readonly status?: number;
  readonly providerCode?: string;
  readonly requestId?: string;
  readonly retryable: boolean;
  readonly maybeApplied: boolean;
  readonly issues?: readonly PsaIssue[];
  readonly [extra: string]: unknown;
}

/**
 * Base class of every error psagate throws. Messages name the provider, the operation and the
 * path template, say what to do next, and never contain a secret.
 */
export abstract class PsaError extends Error {
  abstract readonly kind: PsaErrorKind;
  readonly code: string;
  readonly provider: string | undefined;
  readonly operation: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly status: number | undefined;
  readonly providerCode: string | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly maybeApplied: boolean;
  readonly issues: readonly PsaIssue[];

  protected constructor(message: string, defaultCode: string, options: PsaErrorOptions = {}) {
    super(message, options.cause ? { cause: options.cause } : undefined);
    Object.defineProperty(this, PSA_ERROR_BRAND, { value: true });
    this.name = new.target.name;
    this.code = options.code ?? defaultCode;
    this.provider = options.provider;
    this.operation = options.operation;
    this.method = options.method;
    this.path = options.path;
    this.status = options.status;
    this.providerCode = options.providerCode;
    this.requestId = options.requestId;
    this.retryable = options.retryable ?? false;
    this.maybeApplied = options.maybeApplied ?? false;
    this.issues = options.issues ?? [];
  }

  toJSON(): PsaErrorJson {
    const json: Record<string, unknown> = {
      name: this.name,
      kind: this.kind,
      message: this.message,
      code: this.code,
      provider: this.provider,
      operation: this.operation,
      method: this.method,
      path: this.path,
      status: this.status,
      providerCode: this.providerCode,
      requestId: this.requestId,
      retryable: this.retryable,
      maybeApplied: this.maybeApplied,
      issues: this.issues.length > 0 ? this.issues : undefined,
      ...this.extraJson(),
    };
    for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
    return json as unknown as PsaErrorJson;
  }

  /** Subclasses add their own fields to `toJSON()` here. */
  protected extraJson(): Record<string, unknown> {
    return {};
  }
}

/**
 * True for any psagate error, even one thrown by another copy of the package
 * (where `instanceof` would fail). Pass a kind to narrow further: `isPsaError(error, 'rate_limit')`
 * makes `error` a `RateLimitError`.
 */
export function isPsaError<Kind extends PsaErrorKind>(value: unknown, kind: Kind): value is PsaErrorByKind[Kind];
export function isPsaError(value: unknown, kind?: PsaErrorKind): value is PsaError;
export function isPsaError(value: unknown, kind?: PsaErrorKind): value is PsaError {
  if (typeof value !== 'object' || value === null) return false;
  if ((value as Record<symbol, unknown>)[PSA_ERROR_BRAND] !== true) return false;
  return kind === undefined || (value as PsaError).kind === kind;
}

/** `GET /tickets/{id}` style label used at the start of request error messages. */
export function describeRequest(context: PsaErrorContext): string {
  const who = context.provider ?? 'psagate';
  if (context.method && context.path) return `${who} ${context.method} ${context.path}`;
  if (context.operation) return `${who} ${context.operation}`;
  return who;
}
