import type { Page } from './page';
import type { PageFetcher } from './page-fetcher';
import { walkPageNumbers } from './page-number-walk';
import type { PaginationStrategy, WalkContext } from './pagination-strategy';
import { type FieldNames, readCount, readItems } from './response-fields';

export interface PageNumberWithoutTotalsOptions {
  readonly pageParam: string;
  readonly pageSizeParam: string;
  /** Field(s) holding the records; leave undefined when the body is a bare array (Automate). */
  readonly itemsField?: FieldNames | undefined;
  /** Response header(s) with the total record count, used when a server sends them (any case). */
  readonly totalItemsHeader?: FieldNames | undefined;
  /** Response header(s) with the total page count (any case). */
  readonly totalPagesHeader?: FieldNames | undefined;
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
  readonly maxPageSize: number;
  readonly defaultPageSize?: number | undefined;
}

/**
 * Numbered pages without totals in the body (Automate's bare arrays). The walk ends at an empty or
 * short page; when the server does send total headers, they are trusted like body totals and later
 * pages are prefetched.
 */
export class PageNumberWithoutTotals implements PaginationStrategy {
  readonly name = 'page-number-without-totals';
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
  readonly supportsStartPage = true;

  constructor(private readonly settings: PageNumberWithoutTotalsOptions) {
    this.maxPageSize = settings.maxPageSize;
    this.defaultPageSize = settings.defaultPageSize ?? settings.maxPageSize;
  }

  walk(fetch: PageFetcher, context: WalkContext): AsyncGenerator<Page<unknown>, void, undefined> {
    const { pageParam, pageSizeParam, itemsField, totalItemsHeader, totalPagesHeader, extraParams } = this.settings;
    return walkPageNumbers(
      fetch,
      {
        query: (page, pageSize) => ({ ...extraParams, [pageParam]: String(page), [pageSizeParam]: String(pageSize) }),
        read: ({ body, headers }) => ({
          items: readItems(body, itemsField, context.errorContext, context.redact),
          totalItems: readCount(headers, lowerCase(totalItemsHeader)),
          totalPages: readCount(headers, lowerCase(totalPagesHeader)),
        }),
      },
      context,
    );
  }
}

/** Response header names arrive lower-cased; accept `X-Total-Count` as configured too. */
function lowerCase(fields: FieldNames | undefined): FieldNames | undefined {
  if (fields === undefined) return undefined;
  return typeof fields === 'string' ? fields.toLowerCase() : fields.map((field) => field.toLowerCase());
}
