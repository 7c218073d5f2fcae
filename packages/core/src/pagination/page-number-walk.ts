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
  readonly pageNumber: number;
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
  const { pageSize, startPage, concurrency, maxPages, signal } = context.options;
  const { controller, dispose } = linkedAbortController(signal);

  const inFlight = new Map<number, Promise<FetchedPage>>();
  const launch = (pageNumber: number): void => {
    const promise = fetch({ query: dialect.query(pageNumber, pageSize), signal: controller.signal }).then((response) => ({
      ...dialect.read(response),
      pageNumber,
    }));
    // Prefetched pages may fail after the consumer stopped; their errors are surfaced only when awaited.
    promise.catch(ignore);
    inFlight.set(pageNumber, promise);
  };

  /** Items per page the server really uses (Halo answers some lists in fixed pages of 50). */
  let effectivePageSize = pageSize;
  /** Last page number per the newest totals; undefined while no total is known. */
  let lastPage: number | undefined;
  let nextToRequest = startPage;
  let pagesWalked = 0;
  let previousFingerprint: string | undefined;

  try {
    for (let pageNumber = startPage; ; pageNumber++) {
      if (lastPage !== undefined) {
        while (nextToRequest <= lastPage && nextToRequest < pageNumber + concurrency) launch(nextToRequest++);
      }
      if (!inFlight.has(pageNumber)) {
        if (lastPage !== undefined && pageNumber > lastPage) return;
        launch(pageNumber);
        nextToRequest = Math.max(nextToRequest, pageNumber + 1);
      }
      const page = await (inFlight.get(pageNumber) as Promise<FetchedPage>);
      inFlight.delete(pageNumber);

      if (++pagesWalked > maxPages) throw tooManyPagesError(context, maxPages);
      if (page.items.length === 0) return;

      const fingerprint = fingerprintOf(page.items);
      if (fingerprint === previousFingerprint) {
        throw new ResponseShapeError(
          `${walkLabel(context)} returned the same page twice (pages ${pageNumber - 1} and ${pageNumber}). ` +
            'The server is ignoring the page parameter; check the pagination settings for this route.',
          { ...context.errorContext, code: 'REPEATED_PAGE' },
        );
      }
      previousFingerprint = fingerprint;

      if (pageNumber === 1 && page.items.length < pageSize && page.totalItems !== undefined && page.totalItems > page.items.length) {
        effectivePageSize = page.items.length;
        context.warn?.(
          'SERVER_PAGE_SIZE',
          `${walkLabel(context)} answered ${page.items.length} items for a page of ${pageSize} while reporting ${page.totalItems} in all; continuing with pages of ${effectivePageSize}.`,
        );
      }
      const knownLast = lastPageFrom(page, effectivePageSize);
      if (knownLast !== undefined) lastPage = knownLast;

      yield {
        items: page.items,
        pageNumber,
        pageSize,
        totalItems: page.totalItems,
        totalPages: knownLast,
      };

      if (lastPage === undefined && page.items.length < pageSize) return;
    }
  } finally {
    dispose();
    if (inFlight.size > 0) controller.abort();
  }
}

function lastPageFrom(page: PageNumberRead, pageSize: number): number | undefined {
  if (page.totalPages !== undefined) return page.totalPages;
  if (page.totalItems !== undefined) return Math.ceil(page.totalItems / pageSize);
  return undefined;
}

/** Cheap identity of a page: its first and last records. */
function fingerprintOf(items: readonly unknown[]): string {
  return JSON.stringify([items.length, items[0], items[items.length - 1]]);
}
