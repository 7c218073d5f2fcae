import type { PathParamKind, Route } from '@psagate/core/provider';

/** How a path parameter is checked before it is put in the URL. */
export type AteraParamKind = PathParamKind;

/**
 * One operation of Atera API v3, as the spec defines it: core's `Route` (all the route caller needs
 * to send it) plus what the spec says about its answer.
 */
export interface AteraRoute extends Route {
  readonly httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path template exactly as in the spec (`/api/v3/agents/{agentId}`). */
  readonly path: string;
  readonly pathParams: readonly { readonly name: string; readonly kind: AteraParamKind }[];
  /** Schema of the JSON body (`CreateTicketModel`, `integer[]`), or null when the operation takes none. */
  readonly body: string | null;
  /** The status the spec documents for success. */
  readonly successStatus: number;
  /** `page`: a paged list (`{ items, totalItemCount, ... }`) of `schema`; `array`: a bare array of it. */
  readonly response: { readonly kind: 'page' | 'object' | 'array' | 'none'; readonly schema: string | null };
}
