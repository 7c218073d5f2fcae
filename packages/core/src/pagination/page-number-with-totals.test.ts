import { describe, expect, it, vi } from 'vitest';
import { ResponseShapeError } from '../errors/error-types';
import type { PageFetcher } from './page-fetcher';
import { PageNumberWithTotals } from './page-number-with-totals';
import { Paginated } from './paginated';
import { ManualFetcher, type RecordRow, ateraServer, drain, haloServer, ids, recording, rows, settle } from './pagination-fakes';

const atera = new PageNumberWithTotals({
  pageParam: 'page',
  pageSizeParam: 'itemsInPage',
  itemsField: 'items',
  totalItemsField: ['totalItemCount', 'totalItems'],
  totalPagesField: 'totalPages',
  maxPageSize: 50,
});

const halo = new PageNumberWithTotals({
  pageParam: 'page_no',
  pageSizeParam: 'page_size',
  itemsField: 'tickets',
  totalItemsField: 'record_count',
  extraParams: { pageinate: 'true' },
  maxPageSize: 100,
});

function listOf(
  strategy: PageNumberWithTotals,
  fetchPage: PageFetcher,
  options: { concurrency?: number; maxPages?: number; warn?: (code: string, message: string) => void } = {},
): Paginated<RecordRow> {
  return Paginated.fromStrategy<RecordRow>({
    strategy,
    fetchPage,
    mapItem: (raw) => raw as RecordRow,
    errorContext: { provider: 'atera', operation: 'agents.list' },
    ...options,
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

describe('PageNumberWithTotals with Atera settings', () => {
  it('walks every page in order, sending page and itemsInPage', async () => {
    const server = recording(ateraServer(rows(120)));
    const pages = (await drain(listOf(atera, server.fetch).byPage({ pageSize: 50 }))).values;

    expect(pages.map((page) => page.pageNumber)).toEqual([1, 2, 3]);
    expect(pages.flatMap((page) => ids(page.items))).toEqual(range(1, 120));
    expect(server.requests.map((request) => request.query)).toEqual([
      { page: '1', itemsInPage: '50' },
      { page: '2', itemsInPage: '50' },
      { page: '3', itemsInPage: '50' },
    ]);
  });

  it('yields a last page shorter than the rest and requests nothing after it', async () => {
    const server = recording(ateraServer(rows(120)));
    const pages = (await drain(listOf(atera, server.fetch).byPage({ pageSize: 50 }))).values;

    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    expect(server.pages()).toEqual([1, 2, 3]);
  });

  it('reports the totals each page carries', async () => {
    const pages = (await drain(listOf(atera, ateraServer(rows(120))).byPage({ pageSize: 50 }))).values;
    expect(pages.map((page) => [page.totalItems, page.totalPages, page.pageSize])).toEqual([
      [120, 3, 50],
      [120, 3, 50],
      [120, 3, 50],
    ]);
  });

  it('clamps a page size above the maximum to the maximum instead of sending it', async () => {
    const server = recording(ateraServer(rows(70)));
    const pages = (await drain(listOf(atera, server.fetch).byPage({ pageSize: 500 }))).values;

    expect(server.requests.map((request) => request.query.itemsInPage)).toEqual(['50', '50']);
    expect(pages.map((page) => page.pageSize)).toEqual([50, 50]);
  });

  it('uses the maximum page size when none is given', async () => {
    const server = recording(ateraServer(rows(10)));
    await listOf(atera, server.fetch).toArray();
    expect(server.requests[0]?.query.itemsInPage).toBe('50');
  });

  it('tolerates older servers that name the total totalItems', async () => {
    const server = recording(async ({ query }) => {
      const page = Number(query.page);
      return { body: { items: rows(120).slice((page - 1) * 50, page * 50), totalItems: 120 }, headers: {} };
    });
    const pages = (await drain(listOf(atera, server.fetch, { concurrency: 2 }).byPage())).values;

    expect(pages.map((page) => page.totalItems)).toEqual([120, 120, 120]);
    expect(pages.map((page) => page.totalPages)).toEqual([3, 3, 3]);
    expect(pages.flatMap((page) => ids(page.items))).toEqual(range(1, 120));
  });

  it('yields nothing for an empty list after a single request', async () => {
    const server = recording(ateraServer([]));
    const pages = (await drain(listOf(atera, server.fetch).byPage())).values;
    expect(pages).toEqual([]);
    expect(server.pages()).toEqual([1]);
  });

  it('treats items: null as an empty page', async () => {
    const fetch: PageFetcher = async () => ({ body: { items: null, totalItemCount: 0, totalPages: 0 }, headers: {} });
    await expect(listOf(atera, fetch).toArray()).resolves.toEqual([]);
  });

  it('starts at startPage and numbers pages from there', async () => {
    const server = recording(ateraServer(rows(120)));
    const pages = (await drain(listOf(atera, server.fetch).byPage({ pageSize: 50, startPage: 2 }))).values;

    expect(server.pages()).toEqual([2, 3]);
    expect(pages.map((page) => page.pageNumber)).toEqual([2, 3]);
    expect(pages.flatMap((page) => ids(page.items))).toEqual(range(51, 120));
  });

  it('yields nothing when startPage is past the last page', async () => {
    const server = recording(ateraServer(rows(30)));
    expect(await listOf(atera, server.fetch).toArray({ startPage: 4 })).toEqual([]);
    expect(server.pages()).toEqual([4]);
  });

  it('follows a list that grows mid-walk to its new end', async () => {
    const records = rows(100);
    const inner = ateraServer(records);
    const server = recording(async (request) => {
      const response = await inner(request);
      // Thirty records arrive after page 1 was served, before page 2 is.
      if (request.query.page === '1') records.push(...rows(30, 101));
      return response;
    });
    const items = await listOf(atera, server.fetch, { concurrency: 3 }).toArray({ pageSize: 50 });

    expect(ids(items)).toEqual(range(1, 130));
    expect(server.pages()).toEqual([1, 2, 3]);
  });

  it('ends at the new last page when the list shrinks mid-walk', async () => {
    const records = rows(150);
    const inner = ateraServer(records);
    const server = recording(async (request) => {
      const response = await inner(request);
      if (request.query.page === '1') records.splice(90);
      return response;
    });
    const items = await listOf(atera, server.fetch).toArray({ pageSize: 50 });

    expect(ids(items)).toEqual(range(1, 90));
    expect(server.pages()).toEqual([1, 2]);
  });

  it('ends at the first empty page when prefetched pages outlive a shrinking list, keeping every item returned', async () => {
    const records = rows(150);
    const manual = new ManualFetcher(ateraServer(records));
    const walk = drain(listOf(atera, manual.fetch, { concurrency: 3 }));

    await settle();
    await manual.release(1);
    await settle();
    expect(manual.pagesRequested()).toEqual([1, 2, 3]);
    records.splice(60);
    await manual.release(3);
    await manual.release(2);
    const { values, error } = await walk;

    expect(error).toBeUndefined();
    expect(ids(values)).toEqual(range(1, 60));
  });

  it('ends at an empty page even when stale totals still promise more', async () => {
    const fetch: PageFetcher = async ({ query }) => {
      const page = Number(query.page);
      return { body: { items: page <= 2 ? rows(50, (page - 1) * 50 + 1) : [], totalItemCount: 500, totalPages: 10 }, headers: {} };
    };
    const server = recording(fetch);
    const { values, error } = await drain(listOf(atera, server.fetch).byPage({ pageSize: 50 }));

    expect(error).toBeUndefined();
    expect(values.flatMap((page) => ids(page.items))).toEqual(range(1, 100));
    expect(server.pages()).toEqual([1, 2, 3]);
  });

  it('fails with REPEATED_PAGE when the server ignores the page parameter', async () => {
    const fetch: PageFetcher = async () => ({ body: { items: rows(50), totalItemCount: 150, totalPages: 3 }, headers: {} });
    const { values, error } = await drain(listOf(atera, fetch).byPage());

    expect(values).toHaveLength(1);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'REPEATED_PAGE', provider: 'atera', operation: 'agents.list' });
    expect((error as Error).message).toContain('pages 1 and 2');
  });

  it('fails with TOO_MANY_PAGES past maxPages after yielding the pages within it', async () => {
    const server = recording(ateraServer(rows(500)));
    const { values, error } = await drain(listOf(atera, server.fetch, { concurrency: 4 }).byPage({ pageSize: 50, maxPages: 3 }));

    expect(values.map((page) => page.pageNumber)).toEqual([1, 2, 3]);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'TOO_MANY_PAGES' });
    expect((error as Error).message).toContain('more than 3 pages');
    expect(Math.max(...server.pages())).toBe(4);
  });

  it('walks a list of exactly maxPages pages without complaint', async () => {
    const items = await listOf(atera, ateraServer(rows(150)), { maxPages: 3 }).toArray({ pageSize: 50 });
    expect(items).toHaveLength(150);
  });

  it('rejects a body that is not an object with a ResponseShapeError naming the items field', async () => {
    const fetch: PageFetcher = async () => ({ body: '<html>maintenance</html>', headers: {} });
    const error = await listOf(atera, fetch).toArray().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'UNEXPECTED_LIST_SHAPE', provider: 'atera' });
    expect((error as Error).message).toContain('`items`');
  });

  it('rejects items that are not an array with a ResponseShapeError naming the field', async () => {
    const fetch: PageFetcher = async () => ({ body: { items: { 0: { id: 1 } }, totalItemCount: 1 }, headers: {} });
    const error = await listOf(atera, fetch).toArray().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as Error).message).toContain('an array in `items`');
  });
});

describe('PageNumberWithTotals with HaloPSA settings', () => {
  it('sends pageinate=true with page_no and page_size and reads the collection key', async () => {
    const server = recording(haloServer(rows(150)), 'page_no');
    const items = await listOf(halo, server.fetch).toArray({ pageSize: 100 });

    expect(ids(items)).toEqual(range(1, 150));
    expect(server.requests.map((request) => request.query)).toEqual([
      { pageinate: 'true', page_no: '1', page_size: '100' },
      { pageinate: 'true', page_no: '2', page_size: '100' },
    ]);
  });

  it('clamps a page size above 100 to 100', async () => {
    const server = recording(haloServer(rows(10)), 'page_no');
    await listOf(halo, server.fetch).toArray({ pageSize: 1000 });
    expect(server.requests[0]?.query.page_size).toBe('100');
  });

  it('reads any collection key it is configured with', async () => {
    const clients = new PageNumberWithTotals({
      pageParam: 'page_no',
      pageSizeParam: 'page_size',
      itemsField: 'clients',
      totalItemsField: 'record_count',
      extraParams: { pageinate: 'true' },
      maxPageSize: 100,
    });
    const items = await listOf(clients, haloServer(rows(5), { collection: 'clients' })).toArray();
    expect(ids(items)).toEqual(range(1, 5));
  });

  it.each([
    ['numbers pages by its own size', { fixedPageSize: 50 }],
    ['numbers pages by the size asked for', { cappedPageSize: 50 }],
  ])('gets every record when the server answers pages of 50 for 100 asked and %s', async (_label, quirk) => {
    const warn = vi.fn<(code: string, message: string) => void>();
    const server = recording(haloServer(rows(230), quirk), 'page_no');
    const items = await listOf(halo, server.fetch, { concurrency: 3, warn }).toArray({ pageSize: 100 });

    expect(ids(items)).toEqual(range(1, 230));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('SERVER_PAGE_SIZE', expect.stringContaining('answered 50 items for a page of 100'));
    // After the first answer the walk asks for the size the server really serves.
    expect(server.requests.slice(1).map((request) => request.query.page_size)).toEqual(['50', '50', '50', '50']);
  });

  it('does not warn about the page size when a short first page is the whole list', async () => {
    const warn = vi.fn<(code: string, message: string) => void>();
    const items = await listOf(halo, haloServer(rows(30)), { warn }).toArray({ pageSize: 100 });
    expect(items).toHaveLength(30);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not warn about the page size when a short page starting past page 1 is the end of the list', async () => {
    const warn = vi.fn<(code: string, message: string) => void>();
    const items = await listOf(halo, haloServer(rows(230)), { warn }).toArray({ pageSize: 100, startPage: 3 });
    expect(ids(items)).toEqual(range(201, 230));
    expect(warn).not.toHaveBeenCalled();
  });
});
