import type { Page } from './page';
import type { PageFetcher } from './page-fetcher';
import { walkPageNumbers } from './page-number-walk';
import type { PaginationStrategy, WalkContext } from './pagination-strategy';
import { type FieldNames, readCount, readItems } from './response-fields';

export interface PageNumberWithTotalsOptions {
  /** Query parameter holding the 1-based page number (`page`, Halo `page_no`). */
  readonly pageParam: string;
  /** Query parameter holding the page size (`itemsInPage`, Halo `page_size`). */
  readonly pageSizeParam: string;
  /** Field(s) of the body holding the records (`items`, Halo `tickets`, `clients`...). */
  readonly itemsField: FieldNames;
  /** Field(s) holding the total record count (`totalItemCount`/`totalItems`, Halo `record_count`). */
  readonly totalItemsField?: FieldNames | undefined;
  /** Field(s) holding the total page count (`totalPages`). */
  readonly totalPagesField?: FieldNames | undefined;
  /** Parameters every page request needs (Halo: `{ pageinate: 'true' }`). */
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
  readonly maxPageSize: number;
  readonly defaultPageSize?: number | undefined;
}

/**
 * Numbered pages whose body carries the records and the totals (Atera, HaloPSA). A short page
 * never ends the walk while the totals say more records exist.
 */
export class PageNumberWithTotals implements PaginationStrategy {
  readonly name = 'page-number-with-totals';
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
  readonly supportsStartPage = true;

  constructor(private readonly settings: PageNumberWithTotalsOptions) {
    this.maxPageSize = settings.maxPageSize;
    this.defaultPageSize = settings.defaultPageSize ?? settings.maxPageSize;
  }

  walk(fetch: PageFetcher, context: WalkContext): AsyncGenerator<Page<unknown>, void, undefined> {
    const { pageParam, pageSizeParam, itemsField, totalItemsField, totalPagesField, extraParams } = this.settings;
    return walkPageNumbers(
      fetch,
      {
        query: (page, pageSize) => ({ ...extraParams, [pageParam]: String(page), [pageSizeParam]: String(pageSize) }),
        read: ({ body }) => ({
          items: readItems(body, itemsField, context.errorContext, context.redact),
          totalItems: readCount(body, totalItemsField),
          totalPages: readCount(body, totalPagesField),
        }),
      },
      context,
    );
  }
}
