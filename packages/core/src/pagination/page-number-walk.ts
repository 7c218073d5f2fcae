import { ResponseShapeError } from '../errors/error-types';
import type { Page } from './page';
import type { PageFetcher, PageResponse } from './page-fetcher';
import type { WalkContext } from './pagination-strategy';
import { tooManyPagesError, walkLabel } from './walk-guards';
import { linkedAbortController } from '../util/linked-abort-controller';

/** One page as a page-number strategy reads it. */
export interface PageNumberRead {
  readonly items: unknown[];
  readonly totalItems?: number | undefined;
  readonly totalPages?: number | undefined;
}

/** The strategy-specific half of a page-number walk. */
export interface PageNumberDialect {
  query(page: number, pageSize: number): Record<string, string>;
  read(response: PageResponse): PageNumberRead;
}

interface FetchedPage extends PageNumberRead {
  /** The page size this request asked for. */
  readonly requestedSize: number;
}

const ignore = (): void => undefined;

/**
 * Walks numbered pages. Once a page reveals the total, later pages are fetched up to
 * `concurrency` at a time and still yielded strictly in order; otherwise the walk goes one page at
 * a time and ends at an empty page or, without any total, a short one. Totals are re-read from
 * every page, so a list that grows or shrinks mid-walk is followed to its real end.
 */
export async function* walkPageNumbers(
  fetch: PageFetcher,
  dialect: PageNumberDialect,
  context: WalkContext,
): AsyncGenerator<Page<unknown>, void, undefined> {
  const { pageSize, startPage, concurrency, maxPages, signal, itemLimit } = context.options;
  const { controller, dispose } = linkedAbortController(signal);

  /** Items per page the server really uses (Halo answers some lists in fixed pages of 50). */
  let effectivePageSize = pageSize;
  const inFlight = new Map<number, Promise<FetchedPage>>();
  const launch = (pageNumber: number): void => {
    const requestedSize = effectivePageSize;
    const promise = fetch({ query: dialect.query(pageNumber, requestedSize), signal: controller.signal }).then((response) => ({
      ...dialect.read(response),
      requestedSize,
    }));
    // Prefetched pages may fail after the consumer stopped; their errors are surfaced only when awaited.
    promise.catch(ignore);
    inFlight.set(pageNumber, promise);
  };

  /** Last page number per the newest totals; undefined while no total is known. */
  let lastPage: number | undefined;
  let nextToRequest = startPage;
  /** Past this page the walk fails; fetching it tells whether the list really goes on. */
  const guardPage = startPage + maxPages;
  let previousFingerprint: string | undefined;

  try {
    for (let pageNumber = startPage; ; pageNumber++) {
      controller.signal.throwIfAborted();
      if (lastPage !== undefined) {
        const neededLast = itemLimit === undefined ? lastPage : startPage + Math.ceil(itemLimit / effectivePageSize) - 1;
        const prefetchLast = Math.min(lastPage, guardPage, neededLast, pageNumber + concurrency - 1);
        while (nextToRequest <= prefetchLast) launch(nextToRequest++);
      }
      if (!inFlight.has(pageNumber)) {
        if (lastPage !== undefined && pageNumber > lastPage) return;
        launch(pageNumber);
        nextToRequest = Math.max(nextToRequest, pageNumber + 1);
      }
      const page = await (inFlight.get(pageNumber) as Promise<FetchedPage>);
      inFlight.delete(pageNumber);
      controller.signal.throwIfAborted();

      // An empty page ends the walk before the guard: a list of exactly maxPages pages is not too long.
      if (page.items.length === 0) return;
      if (pageNumber >= guardPage) throw tooManyPagesError(context, maxPages);

      const fingerprint = fingerprintOf(page.items);
      if (fingerprint === previousFingerprint) {
        throw new ResponseShapeError(
          `${walkLabel(context)} returned the same page twice (pages ${pageNumber - 1} and ${pageNumber}). ` +
            'The server is ignoring the page parameter; check the pagination settings for this route.',
          { ...context.errorContext, code: 'REPEATED_PAGE' },
        );
      }
      previousFingerprint = fingerprint;

      if (
        pageNumber === startPage &&
        page.items.length < page.requestedSize &&
        page.totalItems !== undefined &&
        page.totalItems > (pageNumber - 1) * page.requestedSize + page.items.length
      ) {
        // Ask for the size the server really serves from now on, so its offsets agree with ours
        // whether it numbers pages by its own size or by the one requested.
        effectivePageSize = page.items.length;
        context.warn?.(
          'SERVER_PAGE_SIZE',
          `${walkLabel(context)} answered ${page.items.length} items for a page of ${page.requestedSize} while reporting ${page.totalItems} in all; continuing with pages of ${effectivePageSize}.`,
        );
      }
      const knownLast = lastPageFrom(page, effectivePageSize);
      if (knownLast !== undefined) lastPage = knownLast;

      yield {
        items: page.items,
        pageNumber,
        pageSize: page.requestedSize,
        totalItems: page.totalItems,
        totalPages: lastPage,
      };

      if (lastPage === undefined && page.items.length < page.requestedSize) return;
    }
  } finally {
    dispose();
    if (inFlight.size > 0) controller.abort();
  }
}

/**
 * The last page number the totals imply. When a page count and an item count disagree (a server
 * that counts pages at the requested size but serves fewer items), the larger wins: fetching one
 * page too many costs an empty answer, one too few loses records.
 */
function lastPageFrom(page: PageNumberRead, pageSize: number): number | undefined {
  const fromItems = page.totalItems === undefined ? undefined : Math.ceil(page.totalItems / pageSize);
  if (fromItems === undefined) return page.totalPages;
  if (page.totalPages === undefined) return fromItems;
  return Math.max(fromItems, page.totalPages);
}

/** Cheap identity of a page: its first and last records. */
function fingerprintOf(items: readonly unknown[]): string {
  return JSON.stringify([items.length, items[0], items[items.length - 1]]);
}
