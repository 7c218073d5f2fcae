import type { Page } from './page';
import type { PageFetcher, PageResponse } from './page-fetcher';
import { type PageNumberRead, walkPageNumbers } from './page-number-walk';
import type { PaginationStrategy, WalkContext } from './pagination-strategy';

/** What every page-number strategy is configured with. */
export interface PageNumberSettings {
  /** Query parameter holding the 1-based page number (`page`, Halo `page_no`). */
  readonly pageParam: string;
  /** Query parameter holding the page size (`itemsInPage`, `pageSize`, Halo `page_size`). */
  readonly pageSizeParam: string;
  /** Parameters every page request needs (Halo: `{ pageinate: 'true' }`). */
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
  readonly maxPageSize: number;
  /** Default: `maxPageSize`. */
  readonly defaultPageSize?: number | undefined;
}

/**
 * Numbered pages, walked by `walkPageNumbers`: every request carries the page number, the page size
 * and the fixed `extraParams`. A strategy only says where a page keeps its records and totals.
 */
export abstract class PageNumberStrategy<S extends PageNumberSettings> implements PaginationStrategy {
  abstract readonly name: string;
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
  readonly supportsStartPage = true;

  constructor(protected readonly settings: S) {
    this.maxPageSize = settings.maxPageSize;
    this.defaultPageSize = settings.defaultPageSize ?? settings.maxPageSize;
  }

  walk(fetch: PageFetcher, context: WalkContext): AsyncGenerator<Page<unknown>, void, undefined> {
    const { pageParam, pageSizeParam, extraParams } = this.settings;
    return walkPageNumbers(
      fetch,
      {
        query: (page, pageSize) => ({ ...extraParams, [pageParam]: String(page), [pageSizeParam]: String(pageSize) }),
        read: (response) => this.read(response, context),
      },
      context,
    );
  }

  /** The records of one page, and the totals it reports. */
  protected abstract read(response: PageResponse, context: WalkContext): PageNumberRead;
}
