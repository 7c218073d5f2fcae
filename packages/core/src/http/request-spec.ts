import type { z } from 'zod';
import type { PathParamKind, PathParamValue } from './path-template';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/** One API call, described by its route rather than by a URL. */
export interface RequestSpec<T = unknown> {
  /** Logical name for errors and events, e.g. `tickets.get`. */
  readonly operation: string;
  readonly method: HttpMethod;
  /** Path template relative to the base URL, e.g. `/api/v3/tickets/{ticketId}`. */
  readonly path: string;
  readonly pathParams?: Readonly<Record<string, PathParamValue | undefined>> | undefined;
  /** Shape each path parameter must have (default `string`). */
  readonly pathParamKinds?: Readonly<Record<string, PathParamKind>> | undefined;
  /** Query parameters; undefined and null are left out, arrays repeat the parameter. */
  readonly query?: Readonly<Record<string, QueryValue>> | undefined;
  /** JSON body. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Validates the parsed response body. */
  readonly schema?: z.ZodType<T> | undefined;
  /** Marks a POST or PATCH as safe to replay (an update that sets values), allowing retries. */
  readonly idempotent?: boolean | undefined;
  /** A link to follow instead of `path` (next pages). Refused unless it has the base URL's origin. */
  readonly url?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

export interface TransportResponse<T> {
  readonly status: number;
  /** Response headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly data: T;
  readonly requestId?: string | undefined;
}
