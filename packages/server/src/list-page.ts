import { type Page, type Paginated, isPsaError } from '@psagate/core';
import { decodeCursor, encodeCursor, filterHashOf } from './cursor';

/** What a list endpoint returns. */
export interface ListPage<T> {
  readonly data: readonly T[];
  /** Pass as `cursor` for the next page; null at the end of the list. */
  readonly nextCursor: string | null;
}

export interface ListPageRequest {
  /** Resource name as in the URL (`tickets`, `tickets/42/comments`). */
  readonly resource: string;
  /** The parsed filters, hashed into the cursor. */
  readonly filters: object;
  /** `limit` query parameter, already checked to be a positive integer. */
  readonly limit: number | undefined;
  readonly cursor: string | undefined;
  readonly defaultPageSize: number;
  /**
   * True when the gateway filters this list after fetching it: pages may come back short or empty
   * while the list goes on, so a short page does not mean the end.
   */
  readonly filteredByGateway: boolean;
  /** Aborts the PSA walk when the caller goes away. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Fetches one page of `list` for a cursor request. Lists that can start at any page cost one PSA
 * call (a list made of several PSA lists, such as Atera's devices, one more per part it skips);
 * lists that follow next links are replayed from the first page, which costs one call per page up
 * to the cursor's (see README).
 */
export async function readListPage<T>(list: Paginated<T>, request: ListPageRequest): Promise<ListPage<T>> {
  const filterHash = filterHashOf(request.resource, request.filters);
  const cursor = request.cursor === undefined ? undefined : decodeCursor(request.cursor, { resource: request.resource, filterHash });
  // The cursor fixes the page size of the walk: a `limit` repeated alongside it is ignored.
  const pageSize = Math.min(cursor?.pageSize ?? request.limit ?? request.defaultPageSize, list.maxPageSize);
  const pageNumber = cursor?.page ?? 1;
  const nextCursor = (page: number, size: number): string => encodeCursor({ resource: request.resource, page, pageSize: size, filterHash });

  if (!list.supportsStartPage) return replayToPage(list, pageNumber, pageSize, nextCursor, request.signal);
  try {
    return await readOnePage(list, pageNumber, pageSize, request.filteredByGateway, nextCursor, request.signal);
  } catch (error) {
    // A provider's wrapper list may claim to start anywhere while the list inside it cannot.
    if (pageNumber > 1 && isPsaError(error, 'validation') && error.code === 'INVALID_PAGE_OPTIONS') return replayToPage(list, pageNumber, pageSize, nextCursor, request.signal);
    throw error;
  }
}

async function readOnePage<T>(
  list: Paginated<T>,
  pageNumber: number,
  pageSize: number,
  filteredByGateway: boolean,
  nextCursor: (page: number, size: number) => string,
  signal: AbortSignal | undefined,
): Promise<ListPage<T>> {
  const pages = list.byPage({ pageSize, startPage: pageNumber, concurrency: 1, signal })[Symbol.asyncIterator]();
  try {
    const first = await pages.next();
    // The walk yields nothing for an empty page: the list ends here.
    if (first.done) return { data: [], nextCursor: null };
    const page = first.value;
    if (page.totalPages !== undefined) {
      if (page.pageNumber >= page.totalPages) return { data: page.items, nextCursor: null };
      // A server that serves smaller pages than asked (HaloPSA on some lists) is followed at its own size.
      const served = page.pageNumber === 1 && !filteredByGateway && page.items.length > 0 ? Math.min(page.items.length, page.pageSize) : page.pageSize;
      return { data: page.items, nextCursor: nextCursor(page.pageNumber + 1, served) };
    }
    if (page.items.length >= page.pageSize || filteredByGateway) return { data: page.items, nextCursor: nextCursor(page.pageNumber + 1, page.pageSize) };
    // Without totals a short page usually ends the list, and the walk then ends without another call;
    // a list made of several PSA lists goes on to its next part, which this peek finds.
    const peek = await pages.next();
    return { data: page.items, nextCursor: peek.done ? null : nextCursor(page.pageNumber + 1, page.pageSize) };
  } finally {
    await pages.return?.();
  }
}

/**
 * For lists that only walk from the start (next links): skips to page `target` and peeks one page
 * further, because only the walk knows whether another page follows, whatever the page's length.
 */
async function replayToPage<T>(
  list: Paginated<T>,
  target: number,
  pageSize: number,
  nextCursor: (page: number, size: number) => string,
  signal: AbortSignal | undefined,
): Promise<ListPage<T>> {
  let position = 0;
  let found: Page<T> | undefined;
  for await (const page of list.byPage({ pageSize, concurrency: 1, signal })) {
    position++;
    if (position === target) {
      found = page;
      continue;
    }
    if (found) return { data: found.items, nextCursor: nextCursor(target + 1, pageSize) };
  }
  return { data: found?.items ?? [], nextCursor: null };
}
