import type { ConcurrencyGate } from '../util/concurrency-gate';

/** One page of a list, as `Paginated.byPage()` yields it. */
export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based position of the page in the walk (the page number sent, for page-number strategies). */
  readonly pageNumber: number;
  /** Page size requested from the server, after clamping to the provider's maximum. */
  readonly pageSize: number;
  /** Total matching records, when the server says. */
  readonly totalItems?: number | undefined;
  /** Total pages at this page size, when known. */
  readonly totalPages?: number | undefined;
}

/** What `byPage()` accepts. Every field is optional; providers supply sensible defaults. */
export interface PageOptions {
  /** Items per page; values above the provider's maximum are clamped to it. */
  readonly pageSize?: number | undefined;
  /** 1-based page to start from. */
  readonly startPage?: number | undefined;
  /** How many later pages may be fetched at once when the total is known (1 disables prefetch). */
  readonly concurrency?: number | undefined;
  /** Guard against servers that never stop answering; the walk fails past it. */
  readonly maxPages?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** PageOptions with every default applied and values checked. */
export interface ResolvedPageOptions {
  readonly pageSize: number;
  readonly startPage: number;
  readonly concurrency: number;
  readonly maxPages: number;
  readonly signal: AbortSignal | undefined;
  /**
   * The caller needs at most this many items (`toArray({ limit })`): pages past them are not
   * prefetched, though they are still fetched if the caller asks for them.
   */
  readonly itemLimit?: number | undefined;
  /**
   * Shared by the parts of a composed list (`Paginated.concat`), so the whole walk keeps at most
   * `concurrency` page requests in flight. Strategy walks send every page request through it.
   */
  readonly fetchGate?: ConcurrencyGate | undefined;
}
