import { PageNumberWithTotals, type RoutePaging } from '@psagate/core/provider';
import { MAX_PAGE_SIZE } from '../schemas/schema-helpers';

/** Atera lists: `page` and `itemsInPage` (at most 50), totals in the body (`totalItems` in older servers). */
export const ateraPages = new PageNumberWithTotals({
  pageParam: 'page',
  pageSizeParam: 'itemsInPage',
  itemsField: 'items',
  totalItemsField: ['totalItemCount', 'totalItems'],
  totalPagesField: 'totalPages',
  maxPageSize: MAX_PAGE_SIZE,
});

/** How the client's list operations are paged: `page` sets where a walk starts, `itemsInPage` its page size. */
export const ateraPaging: RoutePaging = { strategy: ateraPages, startPageParam: 'page', pageSizeParam: 'itemsInPage' };
