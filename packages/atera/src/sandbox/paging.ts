import { MAX_PAGE_SIZE } from '../schemas/schema-helpers';
import type { SandboxRecordList } from './operation-handler';

export const DEFAULT_ITEMS_IN_PAGE = 20;

/** Which field carries the total: current servers send `totalItemCount`, older ones `totalItems`. */
export type TotalsField = 'totalItemCount' | 'totalItems';

export interface Paging {
  readonly page: number;
  readonly itemsInPage: number;
}

export type PagingRead = { readonly ok: true; readonly paging: Paging } | { readonly ok: false; readonly value: string };

const WHOLE_NUMBER = /^-?\d{1,10}$/;

/**
 * `page` (1-based, default 1) and `itemsInPage` (default 20, at most 50) from the query. A value that
 * is not a number is refused; numbers out of range are brought into it, as Atera does.
 */
export function readPaging(query: URLSearchParams): PagingRead {
  const page = query.get('page');
  const size = query.get('itemsInPage');
  if (page !== null && page !== '' && !WHOLE_NUMBER.test(page.trim())) return { ok: false, value: page };
  if (size !== null && size !== '' && !WHOLE_NUMBER.test(size.trim())) return { ok: false, value: size };
  return {
    ok: true,
    paging: {
      page: page === null || page === '' ? 1 : Math.max(1, Number(page)),
      itemsInPage: size === null || size === '' ? DEFAULT_ITEMS_IN_PAGE : Math.min(MAX_PAGE_SIZE, Math.max(1, Number(size))),
    },
  };
}

/**
 * Atera's paged envelope for one page of `list`, with absolute links to the neighbouring pages (null
 * at the ends) that keep the request's other query parameters. Reads only the page's own records.
 */
export function pageEnvelope(list: SandboxRecordList, paging: Paging, requestUrl: URL, totalsField: TotalsField): Record<string, unknown> {
  const { page, itemsInPage } = paging;
  const total = list.total;
  const totalPages = Math.ceil(total / itemsInPage);
  const start = (page - 1) * itemsInPage;
  const items = start >= total ? [] : list.slice(start, Math.min(total, start + itemsInPage));
  return {
    items,
    [totalsField]: total,
    page,
    itemsInPage,
    totalPages,
    prevLink: page > 1 ? linkTo(requestUrl, Math.min(page - 1, Math.max(1, totalPages)), itemsInPage) : null,
    nextLink: page < totalPages ? linkTo(requestUrl, page + 1, itemsInPage) : null,
  };
}

function linkTo(requestUrl: URL, page: number, itemsInPage: number): string {
  const url = new URL(requestUrl);
  url.searchParams.set('page', String(page));
  url.searchParams.set('itemsInPage', String(itemsInPage));
  return url.href;
}
