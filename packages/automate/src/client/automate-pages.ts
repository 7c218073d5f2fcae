import { PageNumberWithoutTotals } from '@psagate/core/provider';

/** The largest `pageSize` Automate clients use in practice. */
export const AUTOMATE_MAX_PAGE_SIZE = 1000;
/** Large enough to keep request counts low under the conservative rate budget. */
export const AUTOMATE_DEFAULT_PAGE_SIZE = 250;

/**
 * Automate lists: `page` (1-based) and `pageSize`, answered with a bare JSON array. The walk ends at
 * an empty or short page; when a server sends a total header (`Total-Count` per one client,
 * `X-Total-Count` per other sources; neither is documented), it is trusted and later pages are
 * prefetched.
 */
export const automatePages = new PageNumberWithoutTotals({
  pageParam: 'page',
  pageSizeParam: 'pageSize',
  totalItemsHeader: ['Total-Count', 'X-Total-Count'],
  totalPagesHeader: 'X-Total-Pages',
  maxPageSize: AUTOMATE_MAX_PAGE_SIZE,
  defaultPageSize: AUTOMATE_DEFAULT_PAGE_SIZE,
});
