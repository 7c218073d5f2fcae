import type { HttpMethod } from '../http/http-transport';
import type { PathParamKind } from '../http/path-template';

/** A path parameter of a route, and how its value is checked before it goes into the URL. */
export interface RoutePathParam {
  readonly name: string;
  readonly kind: PathParamKind;
}

/**
 * One operation of a vendor API, as data: what the route caller needs to turn parsed params into
 * a request. Providers may add fields of their own (the vendor's operation id, a response kind).
 */
export interface Route {
  /** Client group: `client.<group>.<method>()`. */
  readonly group: string;
  /** Client method name within the group. */
  readonly method: string;
  readonly httpMethod: HttpMethod;
  /** Path template relative to the client's base URL, e.g. `/api/v3/agents/{agentId}`. */
  readonly path: string;
  readonly pathParams: readonly RoutePathParam[];
  /** Params sent as query parameters, by name (undefined values are left out). */
  readonly queryParams: readonly string[];
  /** Name of the request body's schema (`CreateTicketModel`), or null when the operation sends none; the body is `params.body`. */
  readonly body: string | null;
  /** Whether sending it twice has the effect of sending it once, so it may be retried. */
  readonly idempotent: boolean;
}
