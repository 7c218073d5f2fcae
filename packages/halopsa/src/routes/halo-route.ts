import type { Route, RoutePathParam } from '@psagate/core/provider';

/** How a query parameter is checked and sent. */
export type HaloParamKind =
  /** An integer id (a number or a string of digits). */
  | 'id'
  /** One id or several, sent as a comma list (`status=1,2,3`). */
  | 'ids'
  | 'integer'
  | 'boolean'
  /** Non-empty text. */
  | 'text'
  /** A Date or an ISO 8601 date-time, sent as ISO 8601 UTC. */
  | 'date';

/** The Halo records the client reads and writes, by the name routes use for them. */
export type HaloRecordName = 'ticket' | 'action' | 'client' | 'site' | 'asset' | 'user' | 'agent' | 'status' | 'priority' | 'ticketType' | 'contract';

/**
 * What a route answers.
 * - `page`: a list walked with `pageinate=true`, `page_no` and `page_size`, records under `key`, total in `record_count`.
 * - `whole`: a list Halo does not page (`/Actions`): the whole list in one answer, under `key`.
 * - `lookup`: reference data without paging, a bare array or an envelope under `key`; cached.
 * - `object`: one record (tolerating a `{ key: [record] }` wrapper).
 * - `saved`: the record(s) a POST saved: a bare object, an array, or wrapped under `key`.
 * - `none`: nothing worth reading (deletes).
 */
export type HaloResponseKind = 'page' | 'whole' | 'lookup' | 'object' | 'saved' | 'none';

/** A path parameter of a Halo route: Halo's are all integer ids. */
export interface HaloPathParam extends RoutePathParam {
  readonly kind: 'integer';
}

/**
 * One operation of the Halo API as psagate uses it: written from Halo's OpenAPI document. A core
 * `Route` (what the route caller sends) with Halo's own fields: how each query parameter is
 * checked, which are required, and what the answer holds.
 */
export interface HaloRoute extends Route {
  readonly httpMethod: 'GET' | 'POST' | 'DELETE';
  /** Path template under the instance URL, as in the spec with its `/api` server prefix. */
  readonly path: string;
  readonly pathParams: readonly HaloPathParam[];
  /** Query parameters the client accepts, with how each is checked (`queryParams` names the same ones). */
  readonly query: Readonly<Record<string, HaloParamKind>>;
  /** Query parameters that must be given (`ticket_id` for actions: their ids are numbered per ticket). */
  readonly requiredQuery: readonly string[];
  /** `records`: a JSON array of records (Halo creates and updates by POSTing arrays). */
  readonly body: 'records' | null;
  readonly response: { readonly kind: HaloResponseKind; readonly record: HaloRecordName; readonly key: string };
}

/** A route as the table writes it: `queryParams` is derived from `query`. */
export type HaloRouteData = Omit<HaloRoute, 'queryParams'>;
