import type { AteraOperationId } from '../generated/operations';
import type { AteraSandboxState } from './state/sandbox-state';

/**
 * One request, matched to its operation, as the sandbox's HTTP layer hands it to the operation's
 * handler. Authentication, rate limiting, faults, latency and path-parameter shapes are already dealt
 * with: an `integer` path parameter is a valid integer, a `uuid` one a GUID (see `ateraRoutes`).
 */
export interface SandboxOperationRequest {
  readonly operationId: AteraOperationId;
  /** Path parameters by their spec name, percent-decoded. */
  readonly pathParams: Readonly<Record<string, string>>;
  /** Query parameters other than paging (`page`/`itemsInPage` are applied by the HTTP layer). */
  readonly query: URLSearchParams;
  /** The parsed JSON body, or `undefined` when the request had none. */
  readonly body: unknown;
}

/** A list the HTTP layer pages (`page`/`itemsInPage`) and wraps in Atera's paged envelope. */
export interface SandboxRecordList {
  readonly total: number;
  /** Records from list position `start` up to (not including) `end`. */
  slice(start: number, end: number): readonly unknown[];
}

/** What a handler answers; the HTTP layer turns it into a response with Atera's headers. */
export type SandboxOperationResult =
  | { readonly kind: 'json'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'page'; readonly list: SandboxRecordList }
  | { readonly kind: 'empty'; readonly status: number }
  /** An Atera error: served as `status` with the body `{"Message": message}`. */
  | { readonly kind: 'error'; readonly status: number; readonly message: string };

/** Carries out one operation against the sandbox's state. Writes change `state`. */
export type SandboxOperationHandler = (request: SandboxOperationRequest, state: AteraSandboxState) => SandboxOperationResult;

/** A handler for every operation of the spec: the type rejects a missing one. */
export type SandboxOperationHandlers = { readonly [Id in AteraOperationId]: SandboxOperationHandler };
