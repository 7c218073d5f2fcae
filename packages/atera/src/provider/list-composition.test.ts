import { type PageFetcher, PageNumberWithTotals, PageNumberWithoutTotals, Paginated } from '@psagate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatLists, mapPages } from './list-composition';

type PartKind = 'totals' | 'no-totals' | 'from-start';

/** A list part over `size` numbers starting at `from`, counting the page requests it answers. */
function part(kind: PartKind, from: number, size: number, counter: { requests: number }): () => Paginated<number> {
  const items = Array.from({ length: size }, (_, index) => from + index);
  if (kind === 'from-start') {
    return () => {
      const list = Paginated.fromArray(items, { supportsStartPage: false, maxPageSize: 50 });
      return new Paginated<number>(
        async function* (options) {
          for await (const page of list.byPage(options)) {
            counter.requests++;
            yield page;
          }
        },
        { defaultPageSize: 50, maxPageSize: 50, supportsStartPage: false, defaultConcurrency: 1, defaultMaxPages: 1000 },
      );
    };
  }
  const fetchPage: PageFetcher = async ({ query }) => {
    counter.requests++;
    const page = Number(query.page);
    const pageSize = Number(query.itemsInPage);
    const slice = items.slice((page - 1) * pageSize, page * pageSize);
    const body = kind === 'totals' ? { items: slice, totalItemCount: size, totalPages: Math.ceil(size / pageSize) } : { items: slice };
    return { body, headers: {} };
  };
  const strategy =
    kind === 'totals'
      ? new PageNumberWithTotals({ pageParam: 'page', pageSizeParam: 'itemsInPage', itemsField: 'items', totalItemsField: 'totalItemCount', totalPagesField: 'totalPages', maxPageSize: 50 })
      : new PageNumberWithoutTotals({ pageParam: 'page', pageSizeParam: 'itemsInPage', itemsField: 'items', maxPageSize: 50 });
  return () => Paginated.fromStrategy({ strategy, fetchPage, mapItem: (raw) => raw as number });
}

function composed(parts: readonly { kind: PartKind; size: number }[]): { list: Paginated<number>; counter: { requests: number } } {
  const counter = { requests: 0 };
  let from = 1;
  const factories = parts.map(({ kind, size }) => {
    const factory = part(kind, from, size, counter);
    from += size;
    return factory;
  });
  return { list: concatLists(factories), counter };
}

async function pagesOf(list: Paginated<number>, pageSize: number, startPage = 1): Promise<[number, readonly number[]][]> {
  const pages: [number, readonly number[]][] = [];
  for await (const page of list.byPage({ pageSize, startPage })) pages.push([page.pageNumber, page.items]);
  return pages;
}

describe('concatLists', () => {
  it('walks the parts in order and numbers pages on across them', async () => {
    const list = concatLists([() => Paginated.fromArray([1, 2, 3]), () => Paginated.fromArray<number>([]), () => Paginated.fromArray([4, 5])]);
    expect(await pagesOf(list, 2)).toEqual([
      [1, [1, 2]],
      [2, [3]],
      [3, [4, 5]],
    ]);
    expect(await list.toArray()).toEqual([1, 2, 3, 4, 5]);
  });

  it('opens a part only when the walk reaches it', async () => {
    const opened: string[] = [];
    const list = concatLists([
      () => (opened.push('first'), Paginated.fromArray(['a', 'b'])),
      () => (opened.push('second'), Paginated.fromArray(['c'])),
    ]);
    expect(await list.toArray({ limit: 1 })).toEqual(['a']);
    expect(opened).toEqual(['first']);
  });

  it('is empty without parts, and past its last page', async () => {
    expect(await concatLists<number>([]).toArray()).toEqual([]);
    expect(await pagesOf(concatLists([() => Paginated.fromArray([1, 2, 3])]), 2, 3)).toEqual([]);
  });

  it('says it can start at any page', () => {
    expect(concatLists([() => Paginated.fromArray([1])]).supportsStartPage).toBe(true);
  });

  it('starts at a page with one request per part it skips and one to enter the part holding it', async () => {
    const { list, counter } = composed([
      { kind: 'totals', size: 95 },
      { kind: 'totals', size: 0 },
      { kind: 'totals', size: 40 },
      { kind: 'totals', size: 230 },
    ]);
    // 10-item pages: the parts hold pages 1-10, none, 11-14 and 15-37.
    const pages = await pagesOf(list, 10, 20);
    expect(pages[0]).toEqual([20, Array.from({ length: 10 }, (_, index) => 95 + 40 + 51 + index)]);
    expect(pages.at(-1)?.[0]).toBe(37);
    // Skipping: the first page of each of the first three parts; then the fourth's first page, and pages 6..23 of it.
    expect(counter.requests).toBe(3 + 1 + 18);
  });

  it('walks a part that reports no totals, or cannot start past page 1, up to the start page', async () => {
    const { list, counter } = composed([
      { kind: 'no-totals', size: 30 },
      { kind: 'from-start', size: 25 },
      { kind: 'totals', size: 15 },
    ]);
    // 10-item pages: pages 1-3 (then an empty 4th request ends the walk), 4-6, 7-8.
    expect(await pagesOf(list, 10, 7)).toEqual([
      [7, [56, 57, 58, 59, 60, 61, 62, 63, 64, 65]],
      [8, [66, 67, 68, 69, 70]],
    ]);
    expect(counter.requests).toBe(4 + 3 + 2);
  });

  it('from any page yields exactly the rest of a walk from page 1, page numbers included', async () => {
    const partArbitrary = fc.record({ kind: fc.constantFrom<PartKind>('totals', 'no-totals', 'from-start'), size: fc.integer({ min: 0, max: 23 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(partArbitrary, { maxLength: 5 }), fc.integer({ min: 1, max: 7 }), async (parts, pageSize) => {
        const whole = await pagesOf(composed(parts).list, pageSize);
        expect(whole.map(([pageNumber]) => pageNumber)).toEqual(whole.map((_, index) => index + 1));
        for (let startPage = 1; startPage <= whole.length + 1; startPage++) {
          const { list, counter } = composed(parts);
          const rest = await pagesOf(list, pageSize, startPage);
          expect(rest).toEqual(whole.slice(startPage - 1));
          if (parts.every((each) => each.kind === 'totals')) expect(counter.requests).toBeLessThanOrEqual(rest.length + parts.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('mapPages', () => {
  it('runs an async step on each page, keeping the paging', async () => {
    const list = mapPages(Paginated.fromArray([1, 2, 3]), async (items) => items.map((item) => item * 10));
    expect(await pagesOf(list, 2)).toEqual([
      [1, [10, 20]],
      [2, [30]],
    ]);
  });

  it('takes from the list it wraps whether it can start past page 1, and its largest page', async () => {
    const double = async (items: readonly number[]) => items.map((item) => item * 2);
    const fromStart = mapPages(Paginated.fromArray([1, 2, 3], { supportsStartPage: false, maxPageSize: 20 }), double);
    expect([fromStart.supportsStartPage, fromStart.maxPageSize]).toEqual([false, 20]);
    const anywhere = mapPages(Paginated.fromArray([1, 2, 3]), double);
    expect(anywhere.supportsStartPage).toBe(true);
    expect(await pagesOf(anywhere, 2, 2)).toEqual([[2, [6]]]);
  });
});

