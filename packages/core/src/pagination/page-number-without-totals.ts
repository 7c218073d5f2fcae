import type { PageResponse } from './page-fetcher';
import { PageNumberStrategy, type PageNumberSettings } from './page-number-strategy';
import type { PageNumberRead } from './page-number-walk';
import type { WalkContext } from './pagination-strategy';
import { type FieldNames, readCount, readItems } from './response-fields';

export interface PageNumberWithoutTotalsOptions extends PageNumberSettings {
  /** Field(s) holding the records; leave undefined when the body is a bare array (Automate). */
  readonly itemsField?: FieldNames | undefined;
  /** Response header(s) with the total record count, used when a server sends them (any case). */
  readonly totalItemsHeader?: FieldNames | undefined;
  /** Response header(s) with the total page count (any case). */
  readonly totalPagesHeader?: FieldNames | undefined;
}

/**
 * Numbered pages without totals in the body (Automate's bare arrays). The walk ends at an empty or
 * short page; when the server does send total headers, they are trusted like body totals and later
 * pages are prefetched.
 */
export class PageNumberWithoutTotals extends PageNumberStrategy<PageNumberWithoutTotalsOptions> {
  readonly name = 'page-number-without-totals';

  protected read({ body, headers }: PageResponse, context: WalkContext): PageNumberRead {
    const { itemsField, totalItemsHeader, totalPagesHeader } = this.settings;
    return {
      items: readItems(body, itemsField, context.errorContext, context.redact),
      totalItems: readCount(headers, lowerCase(totalItemsHeader)),
      totalPages: readCount(headers, lowerCase(totalPagesHeader)),
    };
  }
}

/** Response header names arrive lower-cased; accept `X-Total-Count` as configured too. */
function lowerCase(fields: FieldNames | undefined): FieldNames | undefined {
  if (fields === undefined) return undefined;
  return typeof fields === 'string' ? fields.toLowerCase() : fields.map((field) => field.toLowerCase());
}
