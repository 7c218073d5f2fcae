import { PageNumberWithTotals } from '@psagate/core';
import { MAX_PAGE_SIZE } from '../schema-helpers';

/** Atera lists: `page` and `itemsInPage` (at most 50), totals in the body (`totalItems` in older servers). */
export const ateraPages = new PageNumberWithTotals({
  pageParam: 'page',
  pageSizeParam: 'itemsInPage',
  itemsField: 'items',
  totalItemsField: ['totalItemCount', 'totalItems'],
  totalPagesField: 'totalPages',
  maxPageSize: MAX_PAGE_SIZE,
});
