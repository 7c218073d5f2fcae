import { describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../errors/error-types';
import type { PageFetcher } from './page-fetcher';
import { PageNumberWithTotals } from './page-number-with-totals';
import { Paginated } from './paginated';
import { ManualFetcher, type RecordRow, ateraServer, drain, ids, recording, rows, settle } from './pagination-fakes';

const atera = new PageNumberWithTotals({
  pageParam: 'page',
  pageSizeParam: 'itemsInPage',
  itemsField: 'items',
  totalItemsField: 'totalItemCount',
  totalPagesField: 'totalPages',
  maxPageSize: 50,
});

function ateraList(fetchPage: PageFetcher, concurrency = 4): Paginated<RecordRow> {
  return Paginated.fromStrategy<RecordRow>({
    strategy: atera,
    fetchPage,
    mapItem: (raw) => raw as RecordRow,
    errorContext: { provider: 'atera', operation: 'tickets.list' },
    concurrency,
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

describe('Paginated', () => {
  describe('iteration', () => {
    it('yields every item in order across pages with for await', async () => {
      const seen: number[] = [];
      for await (const item of ateraList(ateraServer(rows(120)))) seen.push(item.id);
      expect(seen).toEqual(range(1, 120));
    });

    it('fetches nothing until iterated', async () => {
      const server = recording(ateraServer(rows(10)));
      const list = ateraList(server.fetch);
      list.byPage({ pageSize: 5 });
      list.map((item) => item.id).filter(() => true);
      await settle();
      expect(server.requests).toHaveLength(0);
    });

    it('walks the list afresh on every iteration', async () => {
      const server = recording(ateraServer(rows(60)));
      const list = ateraList(server.fetch);
      const first = await list.toArray();
      const second = await list.toArray();

      expect(ids(second)).toEqual(ids(first));
      expect(server.pages()).toEqual([1, 2, 1, 2]);
    });

    it('walks pages with byPage, honouring pageSize and startPage', async () => {
      const server = recording(ateraServer(rows(100)));
      const pages = (await drain(ateraList(server.fetch).byPage({ pageSize: 30, startPage: 2 }))).values;

      expect(pages.map((page) => [page.pageNumber, page.items.length])).toEqual([
        [2, 30],
        [3, 30],
        [4, 10],
      ]);
      expect(pages.flatMap((page) => ids(page.items))).toEqual(range(31, 100));
      expect(server.requests.every((request) => request.query.itemsInPage === '30')).toBe(true);
    });

    it('exposes the clamp it applies as maxPageSize', () => {
      expect(ateraList(ateraServer([])).maxPageSize).toBe(50);
    });

    it('says through supportsStartPage whether a walk may begin past page 1, through map and filter too', () => {
      expect(ateraList(ateraServer([])).supportsStartPage).toBe(true);
      const fromStart = Paginated.fromArray([1, 2, 3], { supportsStartPage: false });
      expect(fromStart.supportsStartPage).toBe(false);
      expect(fromStart.map(String).filter(Boolean).supportsStartPage).toBe(false);
      expect(() => fromStart.byPage({ startPage: 2 })).toThrow(ValidationError);
    });

    it('surfaces an error thrown while mapping an item', async () => {
      const failure = new ValidationError('ticket 7 does not match the schema');
      const list = Paginated.fromStrategy<RecordRow>({
        strategy: atera,
        fetchPage: ateraServer(rows(10)),
        mapItem: (raw) => {
          if ((raw as RecordRow).id === 7) throw failure;
          return raw as RecordRow;
        },
      });
      await expect(list.toArray()).rejects.toBe(failure);
    });

    it('prefetches with the concurrency the list was built with', async () => {
      const manual = new ManualFetcher(ateraServer(rows(500)));
      const walk = ateraList(manual.fetch, 3).toArray();
      await settle();
      await manual.release(1);
      await settle();

      expect(manual.pagesRequested()).toEqual([1, 2, 3, 4]);
      expect(await manual.releaseUntilSettled(walk)).toHaveLength(500);
    });

    it('lets byPage options override the concurrency the list was built with', async () => {
      const manual = new ManualFetcher(ateraServer(rows(150)));
      const walk = ateraList(manual.fetch, 3).toArray({ concurrency: 1 });
      await settle();
      await manual.release(1);
      await settle();

      expect(manual.pagesRequested()).toEqual([1, 2]);
      expect(await manual.releaseUntilSettled(walk)).toHaveLength(150);
      expect(manual.maxOutstanding).toBe(1);
    });
  });

  describe('toArray', () => {
    it('collects the whole list without a limit', async () => {
      expect(ids(await ateraList(ateraServer(rows(75))).toArray())).toEqual(range(1, 75));
    });

    it('stops fetching once the limit is reached, even with prefetch enabled', async () => {
      const server = recording(ateraServer(rows(500)));
      const items = await ateraList(server.fetch, 4).toArray({ pageSize: 50, limit: 120 });

      expect(ids(items)).toEqual(range(1, 120));
      expect(server.pages()).toEqual([1, 2, 3]);
    });

    it('fetches no page past one the limit ends exactly on', async () => {
      const server = recording(ateraServer(rows(500)));
      const items = await ateraList(server.fetch, 4).toArray({ pageSize: 50, limit: 100 });

      expect(items).toHaveLength(100);
      expect(server.pages()).toEqual([1, 2]);
    });

    it('returns the whole list when the limit exceeds it', async () => {
      expect(await ateraList(ateraServer(rows(30))).toArray({ limit: 1000 })).toHaveLength(30);
    });

    it('returns nothing and fetches nothing for a limit of 0', async () => {
      const server = recording(ateraServer(rows(30)));
      expect(await ateraList(server.fetch).toArray({ limit: 0 })).toEqual([]);
      expect(server.requests).toHaveLength(0);
    });

    it.each([-1, 1.5, Number.NaN])('rejects a limit of %s with a ValidationError', async (limit) => {
      const error = await ateraList(ateraServer([])).toArray({ limit }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ code: 'INVALID_PAGE_OPTIONS' });
      expect((error as Error).message).toContain('limit must be a non-negative integer');
    });
  });

  describe('first', () => {
    it('returns the first item after fetching a single page, even with prefetch enabled', async () => {
      const server = recording(ateraServer(rows(500)));
      expect(await ateraList(server.fetch, 4).first()).toEqual({ id: 1 });
      expect(server.pages()).toEqual([1]);
    });

    it('returns undefined for an empty list', async () => {
      expect(await ateraList(ateraServer([])).first()).toBeUndefined();
    });
  });

  describe('map and filter', () => {
    it('maps each item and keeps the paging', async () => {
      const pages = (await drain(ateraList(ateraServer(rows(60))).map((item) => `T-${item.id}`).byPage({ pageSize: 50 }))).values;

      expect(pages.map((page) => [page.pageNumber, page.totalItems])).toEqual([
        [1, 60],
        [2, 60],
      ]);
      expect(pages[1]?.items).toEqual(range(51, 60).map((id) => `T-${id}`));
    });

    it('maps lazily, only the items of pages fetched', async () => {
      const transform = vi.fn((item: RecordRow) => item.id);
      expect(await ateraList(ateraServer(rows(500))).map(transform).toArray({ limit: 3 })).toEqual([1, 2, 3]);
      expect(transform).toHaveBeenCalledTimes(50);
    });

    it('keeps matching items and page numbers, so pages may come out shorter', async () => {
      const pages = (await drain(ateraList(ateraServer(rows(100))).filter((item) => item.id % 10 === 0).byPage({ pageSize: 50 }))).values;

      expect(pages.map((page) => page.pageNumber)).toEqual([1, 2]);
      expect(pages.map((page) => ids(page.items))).toEqual([
        [10, 20, 30, 40, 50],
        [60, 70, 80, 90, 100],
      ]);
    });

    it('counts a limit in kept items and walks as far as needed to reach it', async () => {
      const server = recording(ateraServer(rows(500)));
      const items = await ateraList(server.fetch, 4).filter((item) => item.id % 50 === 0).toArray({ pageSize: 50, limit: 3 });

      expect(ids(items)).toEqual([50, 100, 150]);
      expect(server.pages().slice(0, 3)).toEqual([1, 2, 3]);
    });

    it('chains map after filter', async () => {
      const items = await ateraList(ateraServer(rows(20)))
        .filter((item) => item.id > 15)
        .map((item) => item.id * 2)
        .toArray();
      expect(items).toEqual([32, 34, 36, 38, 40]);
    });
  });

  describe('fromArray', () => {
    it('pages records already in memory with the default page size of 100', async () => {
      const pages = (await drain(Paginated.fromArray(rows(250)).byPage())).values;
      expect(pages.map((page) => [page.pageNumber, page.items.length, page.totalItems, page.totalPages])).toEqual([
        [1, 100, 250, 3],
        [2, 100, 250, 3],
        [3, 50, 250, 3],
      ]);
    });

    it('honours pageSize, startPage and the maximum page size', async () => {
      const list = Paginated.fromArray(rows(25), { maxPageSize: 10 });
      const pages = (await drain(list.byPage({ pageSize: 1000, startPage: 2 }))).values;

      expect(pages.map((page) => page.pageSize)).toEqual([10, 10]);
      expect(pages.flatMap((page) => ids(page.items))).toEqual(range(11, 25));
    });

    it('yields no page for an empty array', async () => {
      expect((await drain(Paginated.fromArray([]).byPage())).values).toEqual([]);
      expect(await Paginated.fromArray([]).first()).toBeUndefined();
    });

    it('supports the whole API: iteration, toArray with a limit, first, map and filter', async () => {
      const list = Paginated.fromArray([3, 1, 4, 1, 5, 9, 2, 6]);
      const iterated: number[] = [];
      for await (const value of list) iterated.push(value);

      expect(iterated).toEqual([3, 1, 4, 1, 5, 9, 2, 6]);
      expect(await list.toArray({ limit: 3 })).toEqual([3, 1, 4]);
      expect(await list.first()).toBe(3);
      expect(await list.filter((value) => value > 3).map((value) => value * 10).toArray()).toEqual([40, 50, 90, 60]);
    });

    it('stops when the outer signal is aborted', async () => {
      const outer = new AbortController();
      const seen: number[] = [];
      const error = await (async () => {
        for await (const page of Paginated.fromArray(rows(30)).byPage({ pageSize: 10, signal: outer.signal })) {
          seen.push(page.pageNumber);
          outer.abort(new Error('enough'));
        }
      })().catch((caught: unknown) => caught);

      expect(seen).toEqual([1]);
      expect(error).toMatchObject({ message: 'enough' });
    });
  });

  describe('option validation', () => {
    it.each([
      ['pageSize 0', { pageSize: 0 }, 'pageSize must be a positive integer, got 0'],
      ['a fractional pageSize', { pageSize: 2.5 }, 'pageSize must be a positive integer, got 2.5'],
      ['startPage -1', { startPage: -1 }, 'startPage must be a positive integer, got -1'],
      ['startPage 0', { startPage: 0 }, 'startPage must be a positive integer, got 0'],
      ['concurrency 0', { concurrency: 0 }, 'concurrency must be a positive integer, got 0'],
      ['maxPages 0', { maxPages: 0 }, 'maxPages must be a positive integer, got 0'],
    ])('rejects %s with a ValidationError before fetching', async (_label, options, problem) => {
      const server = recording(ateraServer(rows(10)));
      const list = ateraList(server.fetch);

      expect(() => list.byPage(options)).toThrow(ValidationError);
      const error = await list.toArray(options).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ code: 'INVALID_PAGE_OPTIONS', provider: 'atera', operation: 'tickets.list' });
      expect((error as Error).message).toContain(problem);
      expect(server.requests).toHaveLength(0);
    });

    it('lists every problem at once', () => {
      const list = ateraList(ateraServer([]));
      expect(() => list.byPage({ pageSize: 0, startPage: -1 })).toThrow(
        /^atera tickets\.list: pageSize must be a positive integer, got 0; startPage must be a positive integer, got -1\.$/,
      );
    });

    it('rejects invalid options through for await over items too', async () => {
      const list = Paginated.fromArray(rows(3), { defaultPageSize: 0 });
      const { error } = await drain(list);
      expect(error).toBeInstanceOf(ValidationError);
    });

    it('refuses startPage on a list that cannot start past page 1', () => {
      const list = Paginated.fromArray(rows(3), { supportsStartPage: false });
      expect(() => list.byPage({ startPage: 2 })).toThrow(/startPage is not supported/);
      expect(() => list.byPage({ startPage: 1 })).not.toThrow();
    });
  });
});

describe('Paginated.distinctBy', () => {
  it('yields each key once per walk, however often pages repeat it', async () => {
    // Page 2 repeats the last record of page 1, as an offset API does after an insert before the walk's position.
    const shifted = new Paginated<{ id: string }>(async function* () {
      yield { items: [{ id: 'a' }, { id: 'b' }], pageNumber: 1, pageSize: 2 };
      yield { items: [{ id: 'b' }, { id: 'c' }], pageNumber: 2, pageSize: 2 };
      yield { items: [{ id: 'c' }, { id: 'a' }, { id: 'd' }], pageNumber: 3, pageSize: 2 };
    }, { defaultPageSize: 2, maxPageSize: 2, supportsStartPage: false, defaultConcurrency: 1, defaultMaxPages: 10 });
    const once = shifted.distinctBy((item) => item.id);

    expect((await once.toArray()).map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
    // A second walk starts afresh.
    expect((await once.toArray()).map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
    const pages: string[][] = [];
    for await (const page of once.byPage()) pages.push(page.items.map((item) => item.id));
    expect(pages).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});

describe('Paginated.withDefaults', () => {
  const numbers = Array.from({ length: 10 }, (_, index) => index + 1);

  it('starts where the defaults say and pages at their size', async () => {
    const list = Paginated.fromArray(numbers).withDefaults({ startPage: 2, pageSize: 3 });
    const pages = [];
    for await (const page of list.byPage()) pages.push(page.items);
    expect(pages).toEqual([[4, 5, 6], [7, 8, 9], [10]]);
  });

  it('lets options given to the walk win over the defaults, and keeps them through map and filter', async () => {
    const list = Paginated.fromArray(numbers).withDefaults({ startPage: 3, pageSize: 2 });
    expect(await list.toArray({ startPage: 5 })).toEqual([9, 10]);
    expect(await list.map((n) => n * 10).filter((n) => n > 50).toArray()).toEqual([60, 70, 80, 90, 100]);
  });
});
