import { ResponseShapeError } from '../../errors/error-types';
import { describeRequest } from '../../errors/psa-error';
import { sameOrigin } from '../../security/origin-policy';
import { type CallResponse, isRedirectStatus } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * Follows a redirect only within the base URL's origin and at most `maxRedirects` times per call; a
 * 301/302/303 only for GET and HEAD, since it would turn any other method into a GET. An accepted
 * redirect points the call at its target and asks the retry step to send it again at once; any
 * other fails the call with ResponseShapeError.
 */
export class RedirectStep implements HttpStep {
  readonly name = 'redirect';
  readonly #baseUrl: URL;
  readonly #maxRedirects: number;

  constructor(baseUrl: URL, maxRedirects: number) {
    this.#baseUrl = baseUrl;
    this.#maxRedirects = maxRedirects;
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const response = await next(call);
    if (!isRedirectStatus(response.status)) return response;
    call.redirects += 1;
    call.url = this.#target(response, call);
    return { ...response, sendAgain: true };
  }

  #target(response: CallResponse, call: HttpCall): URL {
    const { status } = response;
    const context = { ...call.context, status };
    const fail = (message: string, code: string): ResponseShapeError =>
      new ResponseShapeError(`${describeRequest(context)} was redirected (${status}) ${message}`, { ...context, code });
    const location = response.headers.location;
    if (!location) throw fail('without a Location header.', 'INVALID_REDIRECT');
    let target: URL;
    try {
      target = new URL(location, call.url);
    } catch {
      throw fail('to an invalid location.', 'INVALID_REDIRECT');
    }
    if (!sameOrigin(target, this.#baseUrl)) {
      throw fail(
        `to another origin (${target.origin}); psagate only sends credentials to ${this.#baseUrl.origin}. Check the configured base URL.`,
        'CROSS_ORIGIN_REDIRECT',
      );
    }
    if (call.redirects > this.#maxRedirects) throw fail('too many times.', 'TOO_MANY_REDIRECTS');
    const keepsMethod = status === 307 || status === 308;
    const { method } = call.context;
    if (!keepsMethod && method !== 'GET' && method !== 'HEAD') {
      throw fail(`with ${status}, which would turn the ${method} into a GET; check the configured base URL.`, 'UNSAFE_REDIRECT');
    }
    return target;
  }
}
