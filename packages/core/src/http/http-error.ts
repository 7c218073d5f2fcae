import { type ErrorBodyParser, type ParsedErrorBody, parseErrorBody } from '../errors/error-body';
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  ValidationError,
} from '../errors/error-types';
import { type PsaError, type PsaErrorContext, describeRequest } from '../errors/psa-error';
import type { Redactor } from '../security/redactor';

/** Everything known about a failed HTTP response. */
export interface HttpFailure {
  readonly context: PsaErrorContext & { readonly status: number };
  readonly body: unknown;
  /** Whether sending the request again would be harmless. */
  readonly idempotent: boolean;
  readonly retryAfterMs?: number | undefined;
  /** The auth strategy's `describe()`, for 401 messages. */
  readonly authDescription?: string | undefined;
  /** Extra sentence for the message (why no retry happened, for instance). */
  readonly note?: string | undefined;
}

/** The parsed failure, handed to a provider's classifier. */
export interface ClassifiableFailure extends HttpFailure {
  readonly parsed: ParsedErrorBody;
  /** `": <server message>"` (redacted), or empty: ready to put after "failed with 405". */
  readonly serverSaid: string;
}

/** Lets a provider map its own statuses (Atera's 405 for records with dependencies); undefined falls back to the defaults. */
export type ErrorClassifier = (failure: ClassifiableFailure) => PsaError | undefined;

/** Builds the psagate error for an HTTP error response. */
export function httpError(
  failure: HttpFailure,
  options: { parser?: ErrorBodyParser | undefined; classifier?: ErrorClassifier | undefined; redactor: Redactor },
): PsaError {
  const { redactor } = options;
  // Redact before parsing: the parser clips long messages, which could cut a secret in two.
  const parsed = (options.parser ?? parseErrorBody)(redactor.redactDeep(failure.body));
  // The message is followed by our own full stop, so the server's is dropped.
  const serverSaid = parsed.message ? `: ${redactor.redact(parsed.message).replace(/[.\s]+$/, '')}` : '';
  // Everything the server sent is redacted: servers echo what they were given, keys included.
  const classifiable: ClassifiableFailure = {
    ...failure,
    parsed: {
      ...parsed,
      message: parsed.message === undefined ? undefined : redactor.redact(parsed.message),
      code: parsed.code === undefined ? undefined : redactor.redact(parsed.code),
      issues: parsed.issues?.map((issue) => ({ path: redactor.redact(issue.path), message: redactor.redact(issue.message) })),
    },
    serverSaid,
  };
  return options.classifier?.(classifiable) ?? defaultHttpError(classifiable);
}

function defaultHttpError(failure: ClassifiableFailure): PsaError {
  const { context, parsed, serverSaid, idempotent } = failure;
  const { status } = context;
  const head = `${describeRequest(context)} failed with ${status}${serverSaid}.`;
  const note = failure.note ? ` ${failure.note}` : '';
  const common = { ...context, providerCode: parsed.code, issues: parsed.issues };
  switch (true) {
    case status === 400 || status === 422:
      return new ValidationError(`${head} The server rejected the input; fix the fields it names and send it again.${note}`, common);
    case status === 401:
      return new AuthenticationError(
        `${head} The credential (${failure.authDescription ?? 'as configured'}) was rejected: check that it is correct, active and meant for this server.${note}`,
        common,
      );
    case status === 403:
      return new PermissionError(`${head} The credential works but may not do this; check its role, scopes or plan.${note}`, common);
    case status === 404:
      return new NotFoundError(`${head} Check the id: the record does not exist or was deleted.${note}`, common);
    case status === 409:
      return new ConflictError(`${head} The record changed or is in use; reload it and try again.${note}`, common);
    case status === 429: {
      const retryAfterMs = failure.retryAfterMs ?? parsed.retryAfterMs;
      const wait = retryAfterMs !== undefined ? `wait ${Math.ceil(retryAfterMs / 1000)} s` : 'wait';
      return new RateLimitError(`${head} The rate budget is spent; ${wait} before retrying, or lower the request rate.${note}`, {
        ...common,
        retryAfterMs,
        retryable: true,
      });
    }
    case status >= 500:
      return new ServerError(
        idempotent
          ? `${head} The server failed; try again later.${note}`
          : `${head} The request may have been applied before the failure: check before sending it again.${note}`,
        { ...common, retryable: idempotent, maybeApplied: !idempotent },
      );
    default:
      return new ValidationError(`${head} The server refused the request.${note}`, { ...common, code: `HTTP_${status}` });
  }
}
