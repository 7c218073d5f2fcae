import { describe, expect, it } from 'vitest';
import { ResponseShapeError, ValidationError } from '../errors/error-types';
import { NextLink, type NextLinkOptions } from './next-link';
import type { PageFetcher } from './page-fetcher';
import { Paginated } from './paginated';
import { type RecordRow, deferred, drain, ids, nextLinkServer, recording, rows, settle } from './pagination-fakes';

function nextLink(options: Partial<NextLinkOptions> = {}): NextLink {
  return new NextLink({ pageSizeParam: 'top', itemsField: 'items', nextLinkField: 'nextLink', totalItemsField: 'count', maxPageSize: 100, defaultPageSize: 25, ...options });
}

function listOf(strategy: NextLink, fetchPage: PageFetcher, options: { maxPages?: number } = {}): Paginated<RecordRow> {
  return Paginated.fromStrategy<RecordRow>({
    strategy,
    fetchPage,
    mapItem: (raw) => raw as RecordRow,
    errorContext: { provider: 'acme', operation: 'tickets.list' },
    ...options,
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

describe('NextLink', () => {
  it('follows the nextLink body field until a page has none', async () => {
    const server = recording(nextLinkServer(rows(60)));
    const pages = (await drain(listOf(nextLink(), server.fetch).byPage())).values;

    expect(pages.map((page) => page.pageNumber)).toEqual([1, 2, 3]);
    expect(pages.flatMap((page) => ids(page.items))).toEqual(range(1, 60));
    expect(pages.map((page) => page.totalItems)).toEqual([60, 60, 60]);
    expect(server.requests.map((request) => request.url)).toEqual([
      undefined,
      'https://psa.test/api/items?skip=25&top=25',
      'https://psa.test/api/items?skip=50&top=25',
    ]);
  });

  it('sends the page size and extra parameters on the first request only, leaving the rest to the link', async () => {
    const server = recording(nextLinkServer(rows(30)));
    await listOf(nextLink({ extraParams: { $filter: 'open' } }), server.fetch).toArray();

    expect(server.requests.map((request) => request.query)).toEqual([{ $filter: 'open', top: '25' }, {}]);
  });

  it('follows an RFC 8288 Link header with rel="next"', async () => {
    const server = recording(nextLinkServer(rows(45), { via: 'header' }));
    const items = await listOf(nextLink({ nextLinkField: undefined, useLinkHeader: true }), server.fetch).toArray({ pageSize: 20 });

    expect(ids(items)).toEqual(range(1, 45));
    expect(server.requests).toHaveLength(3);
  });

  it('ignores a Link header unless asked to follow it', async () => {
    const server = recording(nextLinkServer(rows(45), { via: 'header' }));
    const items = await listOf(nextLink({ nextLinkField: undefined }), server.fetch).toArray({ pageSize: 20 });

    expect(items).toHaveLength(20);
    expect(server.requests).toHaveLength(1);
  });

  it('tries several link fields in order', async () => {
    const fetch: PageFetcher = async ({ url }) =>
      url ? { body: { value: rows(2, 3) }, headers: {} } : { body: { value: rows(2), '@odata.nextLink': '/odata/items?$skip=2' }, headers: {} };
    const server = recording(fetch);
    const strategy = nextLink({ itemsField: 'value', nextLinkField: ['nextLink', '@odata.nextLink'] });
    const items = await listOf(strategy, server.fetch).toArray();

    expect(ids(items)).toEqual([1, 2, 3, 4]);
    expect(server.requests[1]?.url).toBe('/odata/items?$skip=2');
  });

  it('stops at an empty page even when it carries a link', async () => {
    const server = recording(async ({ url }) => ({ body: { items: url ? [] : rows(5), nextLink: '/items?skip=5' }, headers: {} }));
    const pages = (await drain(listOf(nextLink(), server.fetch).byPage())).values;

    expect(pages).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('yields nothing for an empty list', async () => {
    const items = await listOf(nextLink(), nextLinkServer([])).toArray();
    expect(items).toEqual([]);
  });

  it('clamps a page size above the maximum on the first request', async () => {
    const server = recording(nextLinkServer(rows(5)));
    await listOf(nextLink(), server.fetch).toArray({ pageSize: 1000 });
    expect(server.requests[0]?.query.top).toBe('100');
  });

  it('refuses startPage with a ValidationError before fetching anything', async () => {
    const server = recording(nextLinkServer(rows(5)));
    const list = listOf(nextLink(), server.fetch);

    expect(() => list.byPage({ startPage: 2 })).toThrow(ValidationError);
    await expect(list.toArray({ startPage: 2 })).rejects.toMatchObject({ code: 'INVALID_PAGE_OPTIONS' });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a start page when its walk is driven directly', async () => {
    const walk = nextLink().walk(nextLinkServer(rows(5)), {
      options: { pageSize: 10, startPage: 3, concurrency: 1, maxPages: 10, signal: undefined },
    });
    const error = await walk.next().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_START_PAGE' });
  });

  it('fails with REPEATED_PAGE when a link leads back to a page already followed', async () => {
    const fetch: PageFetcher = async ({ url }) => {
      const offset = url === '/items?skip=5' ? 5 : 0;
      return { body: { items: rows(5, offset + 1), nextLink: '/items?skip=5' }, headers: {} };
    };
    const { values, error } = await drain(listOf(nextLink(), fetch));

    expect(ids(values)).toEqual(range(1, 10));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'REPEATED_PAGE', provider: 'acme' });
  });

  it('fails with TOO_MANY_PAGES when links go on past maxPages', async () => {
    const server = recording(nextLinkServer(rows(100)));
    const { values, error } = await drain(listOf(nextLink(), server.fetch, { maxPages: 2 }).byPage({ pageSize: 10 }));

    expect(values).toHaveLength(2);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'TOO_MANY_PAGES' });
  });

  it('walks exactly maxPages pages when the last link leads to an empty page', async () => {
    const fetch: PageFetcher = async ({ url }) => {
      const page = url ? Number(new URL(url, 'https://psa.test').searchParams.get('page')) : 1;
      return { body: { items: page <= 2 ? rows(10, (page - 1) * 10 + 1) : [], nextLink: `/items?page=${page + 1}` }, headers: {} };
    };
    expect(await listOf(nextLink(), fetch, { maxPages: 2 }).toArray()).toHaveLength(20);
  });

  it('rejects a body without the items field with a ResponseShapeError naming it', async () => {
    const fetch: PageFetcher = async () => ({ body: { data: [] }, headers: {} });
    const error = await listOf(nextLink(), fetch).toArray().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as Error).message).toContain('`items`');
  });

  it('aborts the walk when the outer signal fires between pages, without another fetch', async () => {
    const server = recording(nextLinkServer(rows(60)));
    const outer = new AbortController();
    const seen: number[] = [];
    const error = await (async () => {
      for await (const page of listOf(nextLink(), server.fetch).byPage({ signal: outer.signal })) {
        seen.push(page.pageNumber);
        outer.abort(new Error('user cancelled'));
      }
    })().catch((caught: unknown) => caught);

    expect(seen).toEqual([1]);
    expect(error).toMatchObject({ message: 'user cancelled' });
    expect(server.requests).toHaveLength(1);
  });

  it('hands the fetcher a signal that the outer signal aborts', async () => {
    const outer = new AbortController();
    const answer = deferred<never>();
    let given: AbortSignal | undefined;
    const fetch: PageFetcher = ({ signal }) => {
      given = signal;
      signal.addEventListener('abort', () => answer.reject(signal.reason));
      return answer.promise;
    };
    const walk = listOf(nextLink(), fetch).toArray({ signal: outer.signal });
    await settle();
    outer.abort(new Error('stop'));

    await expect(walk).rejects.toThrow('stop');
    expect(given?.aborted).toBe(true);
  });
});
