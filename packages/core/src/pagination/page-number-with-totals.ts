import type { PageResponse } from './page-fetcher';
import { PageNumberStrategy, type PageNumberSettings } from './page-number-strategy';
import type { PageNumberRead } from './page-number-walk';
import type { WalkContext } from './pagination-strategy';
import { type FieldNames, readCount, readItems } from './response-fields';

export interface PageNumberWithTotalsOptions extends PageNumberSettings {
  /** Field(s) of the body holding the records (`items`, Halo `tickets`, `clients`...). */
  readonly itemsField: FieldNames;
  /** Field(s) holding the total record count (`totalItemCount`/`totalItems`, Halo `record_count`). */
  readonly totalItemsField?: FieldNames | undefined;
  /** Field(s) holding the total page count (`totalPages`). */
  readonly totalPagesField?: FieldNames | undefined;
}

/**
 * Numbered pages whose body carries the records and the totals (Atera, HaloPSA). A short page
 * never ends the walk while the totals say more records exist.
 */
export class PageNumberWithTotals extends PageNumberStrategy<PageNumberWithTotalsOptions> {
  readonly name = 'page-number-with-totals';

  protected read({ body }: PageResponse, context: WalkContext): PageNumberRead {
    const { itemsField, totalItemsField, totalPagesField } = this.settings;
    return {
      items: readItems(body, itemsField, context.errorContext, context.redact),
      totalItems: readCount(body, totalItemsField),
      totalPages: readCount(body, totalPagesField),
    };
  }
}
