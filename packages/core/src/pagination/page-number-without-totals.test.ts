import { describe, expect, it } from 'vitest';
import { ResponseShapeError } from '../errors/error-types';
import type { FieldNames } from './response-fields';
import type { PageFetcher } from './page-fetcher';
import { PageNumberWithoutTotals } from './page-number-without-totals';
import { Paginated } from './paginated';
import { ManualFetcher, type RecordRow, automateServer, drain, ids, recording, rows, settle } from './pagination-fakes';

function automate(totalItemsHeader?: FieldNames): PageNumberWithoutTotals {
  return new PageNumberWithoutTotals({
    pageParam: 'page',
    pageSizeParam: 'pageSize',
    totalItemsHeader,
    maxPageSize: 1000,
    defaultPageSize: 50,
  });
}

function listOf(strategy: PageNumberWithoutTotals, fetchPage: PageFetcher, options: { concurrency?: number; maxPages?: number } = {}): Paginated<RecordRow> {
  return Paginated.fromStrategy<RecordRow>({
    strategy,
    fetchPage,
    mapItem: (raw) => raw as RecordRow,
    errorContext: { provider: 'automate', operation: 'computers.list' },
    ...options,
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

describe('PageNumberWithoutTotals with Automate settings', () => {
  it('walks a bare JSON array page by page and stops at a short page', async () => {
    const server = recording(automateServer(rows(120)));
    const pages = (await drain(listOf(automate(), server.fetch).byPage({ pageSize: 50 }))).values;

    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    expect(pages.flatMap((page) => ids(page.items))).toEqual(range(1, 120));
    expect(server.requests.map((request) => request.query)).toEqual([
      { page: '1', pageSize: '50' },
      { page: '2', pageSize: '50' },
      { page: '3', pageSize: '50' },
    ]);
  });

  it('stops at an empty page when the list is an exact number of pages', async () => {
    const server = recording(automateServer(rows(100)));
    const items = await listOf(automate(), server.fetch).toArray({ pageSize: 50 });

    expect(ids(items)).toEqual(range(1, 100));
    expect(server.pages()).toEqual([1, 2, 3]);
  });

  it('yields nothing for an empty list after one request', async () => {
    const server = recording(automateServer([]));
    expect((await drain(listOf(automate(), server.fetch).byPage())).values).toEqual([]);
    expect(server.pages()).toEqual([1]);
  });

  it('reports no totals when the server sends none', async () => {
    const pages = (await drain(listOf(automate(), automateServer(rows(60))).byPage({ pageSize: 50 }))).values;
    expect(pages.map((page) => [page.totalItems, page.totalPages])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('fetches pages one at a time without totals, whatever the concurrency', async () => {
    const manual = new ManualFetcher(automateServer(rows(200)));
    const walk = listOf(automate(), manual.fetch, { concurrency: 4 }).toArray({ pageSize: 50 });
    for (const page of [1, 2, 3, 4, 5]) {
      await settle();
      expect(manual.pending().map((call) => call.page)).toEqual([page]);
      await manual.release(page);
    }
    expect(await walk).toHaveLength(200);
    expect(manual.maxOutstanding).toBe(1);
  });

  it('uses an x-total-count header to prefetch later pages and to skip the closing empty request', async () => {
    const manual = new ManualFetcher(automateServer(rows(150), { totalHeader: 'x-total-count' }));
    const walk = drain(listOf(automate('x-total-count'), manual.fetch, { concurrency: 3 }).byPage({ pageSize: 50 }));

    await settle();
    await manual.release(1);
    await settle();
    expect(manual.pagesRequested()).toEqual([1, 2, 3]);
    await manual.release(3);
    await manual.release(2);
    const pages = (await walk).values;

    expect(pages.map((page) => [page.pageNumber, page.totalItems, page.totalPages])).toEqual([
      [1, 150, 3],
      [2, 150, 3],
      [3, 150, 3],
    ]);
    expect(manual.pagesRequested()).toEqual([1, 2, 3]);
  });

  it('matches a total header configured in mixed case against the lower-cased response headers', async () => {
    const server = recording(automateServer(rows(100), { totalHeader: 'x-total-count' }));
    const items = await listOf(automate('X-Total-Count'), server.fetch).toArray({ pageSize: 50 });

    expect(items).toHaveLength(100);
    expect(server.pages()).toEqual([1, 2]);
  });

  it('reads whichever of several total headers the server sends', async () => {
    const server = recording(automateServer(rows(100), { totalHeader: 'total-count' }));
    const items = await listOf(automate(['x-total-count', 'total-count']), server.fetch).toArray({ pageSize: 50 });

    expect(items).toHaveLength(100);
    expect(server.pages()).toEqual([1, 2]);
  });

  it('reads a total page count header', async () => {
    const strategy = new PageNumberWithoutTotals({ pageParam: 'page', pageSizeParam: 'pageSize', totalPagesHeader: 'x-total-pages', maxPageSize: 1000 });
    const inner = automateServer(rows(100));
    const server = recording(async (request) => ({ ...(await inner(request)), headers: { 'x-total-pages': '2' } }));
    const pages = (await drain(listOf(strategy, server.fetch).byPage({ pageSize: 50 }))).values;

    expect(pages.map((page) => page.totalPages)).toEqual([2, 2]);
    expect(server.pages()).toEqual([1, 2]);
  });

  it('clamps a page size above the maximum', async () => {
    const server = recording(automateServer(rows(3)));
    await listOf(automate(), server.fetch).toArray({ pageSize: 5000 });
    expect(server.requests[0]?.query.pageSize).toBe('1000');
  });

  it('starts at startPage', async () => {
    const server = recording(automateServer(rows(120)));
    const items = await listOf(automate(), server.fetch).toArray({ pageSize: 50, startPage: 3 });

    expect(ids(items)).toEqual(range(101, 120));
    expect(server.pages()).toEqual([3]);
  });

  it('fails with REPEATED_PAGE when the server keeps answering the same full page', async () => {
    const fetch: PageFetcher = async () => ({ body: rows(50), headers: {} });
    const { values, error } = await drain(listOf(automate(), fetch));

    expect(values).toHaveLength(50);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'REPEATED_PAGE', provider: 'automate' });
  });

  it('walks a list of exactly maxPages full pages, whose end only an empty page reveals', async () => {
    const server = recording(automateServer(rows(150)));
    const items = await listOf(automate(), server.fetch, { maxPages: 3 }).toArray({ pageSize: 50 });

    expect(items).toHaveLength(150);
    expect(server.pages()).toEqual([1, 2, 3, 4]);
  });

  it('fails with TOO_MANY_PAGES when the list goes on past maxPages', async () => {
    const server = recording(automateServer(rows(151)));
    const { values, error } = await drain(listOf(automate(), server.fetch, { maxPages: 3 }).byPage({ pageSize: 50 }));

    expect(values).toHaveLength(3);
    expect(error).toMatchObject({ code: 'TOO_MANY_PAGES', provider: 'automate', operation: 'computers.list' });
    expect(server.pages()).toEqual([1, 2, 3, 4]);
  });

  it('rejects an envelope where a bare array is expected', async () => {
    const fetch: PageFetcher = async () => ({ body: { value: rows(2) }, headers: {} });
    const error = await listOf(automate(), fetch).toArray().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as Error).message).toContain('expected a JSON array');
  });

  it('reads an envelope when an items field is configured', async () => {
    const strategy = new PageNumberWithoutTotals({ pageParam: 'page', pageSizeParam: 'pageSize', itemsField: 'data', maxPageSize: 100 });
    const fetch: PageFetcher = async ({ query }) => ({ body: { data: query.page === '1' ? rows(3) : [] }, headers: {} });
    expect(ids(await listOf(strategy, fetch).toArray({ pageSize: 10 }))).toEqual([1, 2, 3]);
  });
});
