import { parseErrorBody } from '../errors/error-body';
import { AuthenticationError, RateLimitError, ResponseShapeError, ServerError } from '../errors/error-types';
import type { PsaError } from '../errors/psa-error';
import type { BareResponse } from '../http/bare-http-client';
import type { Redactor } from '../security/redactor';

export interface TokenCallContext {
  readonly provider: string;
  /** `login`, `refresh`, `client credentials`: which token call failed. */
  readonly call: string;
  readonly url: URL;
  readonly redactor: Redactor;
  /** What the user should check when the credentials are refused. */
  readonly hint: string;
}

/** Turns a failed token-endpoint response into the matching psagate error. */
export function tokenEndpointError(response: BareResponse, context: TokenCallContext): PsaError {
  const body = parseErrorBody(response.body);
  const detail = [body.code, body.message].filter(Boolean).join(': ');
  const said = detail ? ` (${context.redactor.redact(detail)})` : '';
  const where = `${context.provider} ${context.call} at POST ${context.url.pathname}`;
  const options = { provider: context.provider, operation: `auth.${context.call}`, method: 'POST', path: context.url.pathname, status: response.status, providerCode: body.code };
  if (response.status === 429) {
    return new RateLimitError(`${where} was rate limited${said}. Wait and try again.`, options);
  }
  if (response.status >= 500) {
    return new ServerError(`${where} failed with ${response.status}${said}. The server had a problem; try again later.`, { ...options, retryable: true });
  }
  if (response.status >= 200 && response.status < 300) {
    return new ResponseShapeError(`${where} answered ${response.status} without an access token. ${context.hint}`, { ...options, code: 'MISSING_ACCESS_TOKEN' });
  }
  return new AuthenticationError(`${where} was refused with ${response.status}${said}. ${context.hint}`, options);
}
