import type { RateLimitInfo } from '../rate-limit-headers';

/**
 * An answer on its way back up the steps, whatever its status. Steps that add to it return a new
 * object rather than change the one they were given.
 */
export interface CallResponse {
  readonly status: number;
  /** Names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as received; undefined when there was none or it could not be read. */
  readonly body: string | undefined;
  /** The first request-id header the server sent (`x-request-id`, `request-id`...). */
  readonly requestId: string | undefined;
  /** The body of a success, parsed (response-body) and then checked against the spec's schema (validation). */
  readonly data?: unknown;
  /** The rate budget as this response's own headers state it (rate-limit-headers); absent when it sent none. */
  readonly rateLimit?: RateLimitInfo | undefined;
  /** The status and headers arrived but the body broke off while it was read: the error that says how. */
  readonly readFailure?: unknown;
  /** Why the body of this success cannot be used (`invalid JSON`); the retry step treats it as a failed attempt. */
  readonly bodyProblem?: string | undefined;
  /** Set by a step that prepared the call for another attempt at once (a redirect it accepted). */
  readonly sendAgain?: boolean | undefined;
}

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid'];

/** Statuses that are results. 304 answers a conditional request the caller made (If-None-Match): a result, not a redirect. */
export function isSuccessStatus(status: number): boolean {
  return (status >= 200 && status < 300) || status === 304;
}

/** A redirect to follow (or refuse): a 3xx that is not a result. */
export function isRedirectStatus(status: number): boolean {
  return status >= 300 && status < 400 && !isSuccessStatus(status);
}

export function requestIdOf(headers: Readonly<Record<string, string>>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) if (headers[name]) return headers[name];
  return undefined;
}

/** Parses a JSON body; empty bodies are undefined, non-JSON text comes back as a string. Throws on malformed JSON. */
export function parseJsonBody(text: string | undefined, headers: Readonly<Record<string, string>>): unknown {
  if (text === undefined || text === '') return undefined;
  const type = headers['content-type'] ?? '';
  const trimmed = text.trimStart();
  if (type.includes('json') || trimmed.startsWith('{') || trimmed.startsWith('[')) return JSON.parse(text);
  return text;
}
