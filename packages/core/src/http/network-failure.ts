import { isAxiosError } from 'axios';

/** A failure with no HTTP response, classified for retry decisions and messages. */
export interface NetworkFailure {
  /** `TIMEOUT`, `ABORTED`, `ECONNREFUSED`, `ECONNRESET`... */
  readonly code: string;
  readonly message: string;
  /** True when the request surely never reached the server (the connection itself failed). */
  readonly beforeSend: boolean;
  /** Whether trying again could help at all (ignoring whether it is safe). */
  readonly retryable: boolean;
}

/** Failures of the connection phase: nothing was sent, so even a POST may be retried. */
const CONNECT_PHASE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

const TLS_CODES = /^(CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ERR_TLS_|ERR_SSL_)/;

/**
 * axios refusing the request itself (bad URL or option, body over maxBodyLength): nothing was sent,
 * and sending it again would fail the same way.
 */
const LOCAL_REFUSAL_CODES = new Set(['ERR_BAD_OPTION', 'ERR_BAD_OPTION_VALUE', 'ERR_INVALID_URL', 'ERR_NOT_SUPPORT', 'ERR_DEPRECATED', 'ERR_BAD_REQUEST']);

const ABORTED: NetworkFailure = { code: 'ABORTED', message: 'the request was aborted by the caller', beforeSend: false, retryable: false };

const HINTS: Record<string, string> = {
  ECONNREFUSED: 'connection refused; check that the base URL and port are right and the server is up',
  ENOTFOUND: 'host not found; check the base URL',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EADDRNOTAVAIL: 'local address not available',
  ECONNRESET: 'the connection was reset before a response arrived',
  EPIPE: 'the connection closed while sending',
  ERR_BAD_RESPONSE: 'the response could not be read to the end (cut short or garbled)',
};

/**
 * Classifies an error thrown by axios (or its adapter) for a request that got no response.
 * `callerAborted` (the caller's own signal fired) outranks everything, a timeout included.
 */
export function describeNetworkFailure(error: unknown, timedOut: boolean, timeoutMs: number, callerAborted = false): NetworkFailure {
  if (callerAborted) return ABORTED;
  if (timedOut) {
    return { code: 'TIMEOUT', message: `no response within ${timeoutMs} ms (timeout)`, beforeSend: false, retryable: true };
  }
  if (isAxiosError(error) && error.code === 'ERR_BAD_RESPONSE' && /maxContentLength/.test(error.message)) {
    // The server answered, with more than the client accepts: asking again would get the same.
    return { code: 'RESPONSE_TOO_LARGE', message: 'the response body was larger than the client accepts (maxResponseBytes)', beforeSend: false, retryable: false };
  }
  const code = errorCode(error);
  if (code === 'ERR_CANCELED' || (error instanceof Error && error.name === 'AbortError')) return ABORTED;
  if (code && CONNECT_PHASE_CODES.has(code)) {
    return { code, message: `${HINTS[code]} (${code})`, beforeSend: true, retryable: true };
  }
  if (code && TLS_CODES.test(code)) {
    return { code, message: `TLS handshake failed (${code}); check the server certificate`, beforeSend: true, retryable: false };
  }
  if (code && LOCAL_REFUSAL_CODES.has(code)) {
    const reason = error instanceof Error && error.message ? error.message : code;
    return { code, message: `the request was not sent: ${reason} (${code})`, beforeSend: true, retryable: false };
  }
  const resolved = code ?? 'NETWORK_ERROR';
  const hint = HINTS[resolved] ?? 'the connection failed before a response arrived';
  return { code: resolved, message: `${hint} (${resolved})`, beforeSend: false, retryable: true };
}

function errorCode(error: unknown): string | undefined {
  if (isAxiosError(error)) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    if (typeof cause?.code === 'string' && cause.code !== error.code) return cause.code;
    if (error.code === 'ERR_NETWORK' || error.code === 'ECONNABORTED') return typeof cause?.code === 'string' ? cause.code : undefined;
    return error.code;
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
