import { ResponseShapeError, ValidationError } from '../../errors/error-types';
import { describeRequest } from '../../errors/psa-error';
import { sameOrigin } from '../../security/origin-policy';
import { LONE_SURROGATE, expandPath } from '../path-template';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * Works out where the call goes, before anything is sent: the base URL joined with the expanded
 * path template and the query, or a link to follow (next pages), which must have the base URL's
 * origin. Path parameters and query values that would change the meaning of the URL are refused.
 */
export class UrlAndOriginStep implements HttpStep {
  readonly name = 'url-and-origin';
  readonly #baseUrl: URL;
  /** The base URL's path without trailing slashes; every route path goes below it. */
  readonly #prefix: string;

  constructor(baseUrl: URL) {
    this.#baseUrl = baseUrl;
    this.#prefix = baseUrl.pathname.replace(/\/+$/, '');
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    call.url = call.spec.url === undefined ? this.#routeUrl(call) : this.#link(call.spec.url, call);
    return next(call);
  }

  #link(href: string, call: HttpCall): URL {
    const { context } = call;
    let link: URL;
    try {
      link = new URL(href, this.#baseUrl);
    } catch {
      throw new ResponseShapeError(`${describeRequest(context)} received a next link that is not a URL.`, { ...context, code: 'INVALID_LINK' });
    }
    if (!sameOrigin(link, this.#baseUrl)) {
      throw new ResponseShapeError(
        `${describeRequest(context)} received a link to another origin (${link.origin}); psagate only sends credentials to ${this.#baseUrl.origin} and did not follow it.`,
        { ...context, code: 'CROSS_ORIGIN_LINK' },
      );
    }
    return link;
  }

  #routeUrl(call: HttpCall): URL {
    const { spec, context } = call;
    const path = expandPath(spec.path, spec.pathParams, spec.pathParamKinds, context);
    // One slash between prefix and path: `//host` at the start would make the path a protocol-relative URL.
    const url = new URL(`${this.#prefix}/${path.replace(/^\/+/, '')}`, this.#baseUrl.origin);
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        const text = String(item);
        if (LONE_SURROGATE.test(text)) {
          throw new ValidationError(`${describeRequest(context)}: query parameter ${name} must be valid Unicode text (it holds a lone surrogate, which would be sent as another character).`, {
            ...context,
            code: 'INVALID_QUERY_PARAMETER',
            issues: [{ path: name, message: 'holds a lone surrogate' }],
          });
        }
        url.searchParams.append(name, text);
      }
    }
    return url;
  }
}
