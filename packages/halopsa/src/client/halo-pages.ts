import { PageNumberWithTotals, type RoutePaging } from '@psagate/core/provider';
import type { HaloRoute } from '../routes/halo-route';
import { HALO_MAX_PAGE_SIZE } from '../routes/param-schemas';

/**
 * Halo lists: `page_no` (1-based) and `page_size` (at most 100) only work with `pageinate=true`;
 * the records are under the resource's key (`tickets`, `clients`...) and the total in
 * `record_count`. A short page never ends a walk the total says is unfinished (Halo serves some
 * lists in pages of 50 whatever was asked).
 */
export function haloPages(recordsKey: string): PageNumberWithTotals {
  return new PageNumberWithTotals({
    pageParam: 'page_no',
    pageSizeParam: 'page_size',
    itemsField: recordsKey,
    totalItemsField: 'record_count',
    extraParams: { pageinate: 'true' },
    maxPageSize: HALO_MAX_PAGE_SIZE,
  });
}

/** The paging of one paged route for core's route caller: its records key, `page_no` and `page_size` as the walk's start and page size. */
export function haloPaging(route: HaloRoute): RoutePaging {
  return { strategy: haloPages(route.response.key), startPageParam: 'page_no', pageSizeParam: 'page_size' };
}
