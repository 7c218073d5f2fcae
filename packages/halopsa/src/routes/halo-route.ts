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

/** One operation of the Halo API as psagate uses it: written from Halo's OpenAPI document. */
export interface HaloRoute {
  /** Client group: `client.<group>.<method>()`. */
  readonly group: string;
  readonly method: string;
  readonly httpMethod: 'GET' | 'POST' | 'DELETE';
  /** Path template under the instance URL, as in the spec with its `/api` server prefix. */
  readonly path: string;
  /** Path parameters; Halo's are all integer ids. */
  readonly pathParams: readonly string[];
  /** Query parameters the client accepts, with how each is checked. */
  readonly query: Readonly<Record<string, HaloParamKind>>;
  /** Query parameters that must be given (`ticket_id` for actions: their ids are numbered per ticket). */
  readonly requiredQuery: readonly string[];
  /** `records`: a JSON array of records (Halo creates and updates by POSTing arrays). */
  readonly body: 'records' | null;
  readonly response: { readonly kind: HaloResponseKind; readonly record: HaloRecordName; readonly key: string };
  /** Whether sending it twice has the effect of sending it once, so it may be retried. */
  readonly idempotent: boolean;
}
