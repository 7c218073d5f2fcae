import { PageNumberWithTotals, type RoutePaging } from '@psagate/core/provider';
import { HELPDESK_MAX_PAGE_SIZE } from '../schemas/helpdesk-params';

/** How Helpdesk pages its lists: `?page=&per_page=` with `{ data, total }` bodies, at most 100 per page. */
export const helpdeskPaging: RoutePaging = {
  strategy: new PageNumberWithTotals({ pageParam: 'page', pageSizeParam: 'per_page', itemsField: 'data', totalItemsField: 'total', maxPageSize: HELPDESK_MAX_PAGE_SIZE }),
  startPageParam: 'page',
  pageSizeParam: 'per_page',
};
