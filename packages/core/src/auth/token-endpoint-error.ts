import { parseErrorBody } from '../errors/error-body';
import { AuthenticationError, RateLimitError, ResponseShapeError, ServerError } from '../errors/error-types';
import type { PsaError } from '../errors/psa-error';
import type { BareResponse } from '../http/bare-http-client';
import { parseRetryAfter } from '../http/rate-limit-headers';
import type { Redactor } from '../security/redactor';

export interface TokenCallContext {
  readonly provider: string;
  /** `login`, `refresh`, `client credentials`: which token call failed. */
  readonly call: string;
  readonly url: URL;
  readonly redactor: Redactor;
  /** What the user should check when the credentials are refused. */
  readonly hint: string;
  /** Epoch ms, to read a `Retry-After` date (default: now). */
  readonly now?: number | undefined;
}

/** Turns a failed token-endpoint response into the matching psagate error. */
export function tokenEndpointError(response: BareResponse, context: TokenCallContext): PsaError {
  // Mask before parsing: the parser clips long text, which could cut a secret and leave half of it.
  const masked = context.redactor.redactDeep(response.body);
  const body = parseErrorBody(masked);
  // RFC 6749 token endpoints put their error code in `error`, even without a description.
  const code = body.code ?? oauthErrorCode(masked);
  const detail = [code, body.message].filter((part, index, parts) => part && parts.indexOf(part) === index).join(': ');
  const said = detail ? ` (${context.redactor.redact(detail)})` : '';
  const where = `${context.provider} ${context.call} at POST ${context.url.pathname}`;
  const options = {
    provider: context.provider,
    operation: `auth.${context.call}`,
    method: 'POST',
    path: context.url.pathname,
    status: response.status,
    providerCode: code === undefined ? undefined : context.redactor.redact(code),
    requestId: response.headers['x-request-id'],
  };
  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], context.now ?? Date.now()) ?? body.retryAfterMs;
    return new RateLimitError(`${where} was rate limited${said}. Wait and try again.`, { ...options, retryAfterMs });
  }
  if (response.status >= 500) {
    return new ServerError(`${where} failed with ${response.status}${said}. The server had a problem; try again later.`, { ...options, retryable: true });
  }
  if (response.status >= 200 && response.status < 300) {
    return new ResponseShapeError(`${where} answered ${response.status} without an access token${twoFactorNote(response.body)}. ${context.hint}`, {
      ...options,
      code: 'MISSING_ACCESS_TOKEN',
    });
  }
  if (response.status >= 300 && response.status < 400) {
    // Redirects are never followed: the credentials in the body must not travel to another URL.
    return new ResponseShapeError(`${where} answered with a redirect (${response.status}), which is not followed. Check the token URL.`, {
      ...options,
      code: 'TOKEN_ENDPOINT_REDIRECT',
    });
  }
  if (response.status === 404 || response.status === 405) {
    return new AuthenticationError(`${where} failed with ${response.status}${said}: no token endpoint there. Check the token URL.`, {
      ...options,
      code: 'TOKEN_ENDPOINT_NOT_FOUND',
    });
  }
  return new AuthenticationError(`${where} was refused with ${response.status}${said}. ${context.hint}`, options);
}

/** Automate answers a login that needs a second factor with 200, an empty token and this flag. */
function twoFactorNote(body: unknown): string {
  if (!body || typeof body !== 'object') return '';
  const record = body as Record<string, unknown>;
  return record.IsTwoFactorRequired === true || record.IsInternalTwoFactorRequired === true
    ? ' because the account requires a two-factor passcode (send it in the login body)'
    : '';
}

function oauthErrorCode(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const error = (body as Record<string, unknown>).error;
  return typeof error === 'string' && /^[\w.-]{1,64}$/.test(error) ? error : undefined;
}
