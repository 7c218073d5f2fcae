import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageFetcher } from './page-fetcher';
import { PageNumberWithTotals } from './page-number-with-totals';
import { PageNumberWithoutTotals } from './page-number-without-totals';
import { Paginated } from './paginated';
import { deferred, settle } from './pagination-fakes';

type PartKind = 'totals' | 'no-totals' | 'from-start';

/** A list part over `size` numbers starting at `from`, counting the page requests it answers. */
function part(kind: PartKind, from: number, size: number, counter: { requests: number }, concurrency = 1): Paginated<number> {
  const items = Array.from({ length: size }, (_, index) => from + index);
  if (kind === 'from-start') {
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
  return Paginated.fromStrategy({ strategy, fetchPage, mapItem: (raw) => raw as number, concurrency });
}

function composed(parts: readonly { kind: PartKind; size: number }[]): { list: Paginated<number>; counter: { requests: number } } {
  const counter = { requests: 0 };
  let from = 1;
  const lists = parts.map(({ kind, size }) => {
    const list = part(kind, from, size, counter);
    from += size;
    return list;
  });
  return { list: Paginated.concat(lists), counter };
}

async function pagesOf(list: Paginated<number>, pageSize: number, startPage = 1): Promise<[number, readonly number[]][]> {
  const pages: [number, readonly number[]][] = [];
  for await (const page of list.byPage({ pageSize, startPage })) pages.push([page.pageNumber, page.items]);
  return pages;
}

describe('Paginated.concat', () => {
  it('walks the parts in order and numbers pages on across them', async () => {
    const list = Paginated.concat([Paginated.fromArray([1, 2, 3]), Paginated.fromArray<number>([]), Paginated.fromArray([4, 5])]);
    expect(await pagesOf(list, 2)).toEqual([
      [1, [1, 2]],
      [2, [3]],
      [3, [4, 5]],
    ]);
    expect(await list.toArray()).toEqual([1, 2, 3, 4, 5]);
  });

  it('fetches nothing from a part a limited walk does not reach', async () => {
    const { list, counter } = composed([
      { kind: 'totals', size: 5 },
      { kind: 'totals', size: 5 },
    ]);
    expect(await list.toArray({ limit: 1 })).toEqual([1]);
    expect(counter.requests).toBe(1);
  });

  it('is empty without parts, and past its last page', async () => {
    expect(await Paginated.concat<number>([]).toArray()).toEqual([]);
    expect(await pagesOf(Paginated.concat([Paginated.fromArray([1, 2, 3])]), 2, 3)).toEqual([]);
  });

  it('says it can start at any page, even when a part cannot', () => {
    expect(Paginated.concat([Paginated.fromArray([1], { supportsStartPage: false })]).supportsStartPage).toBe(true);
  });

  it('takes its page sizes and concurrency from its parts', () => {
    const list = Paginated.concat([Paginated.fromArray([1], { maxPageSize: 50, defaultPageSize: 50, defaultConcurrency: 3 }), Paginated.fromArray([2], { maxPageSize: 20, defaultPageSize: 20 })]);
    expect(list.pagingLimits).toMatchObject({ maxPageSize: 20, defaultPageSize: 20, defaultConcurrency: 3 });
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

describe('Paginated.concat in flight', () => {
  /** A part of `pages` full pages of 10 whose requests the test answers by hand. */
  function manualPart(name: string, pages: number, log: { inFlight: number; peak: number; started: string[] }, concurrency: number) {
    const pending: { page: number; answer: () => void }[] = [];
    const fetchPage: PageFetcher = async ({ query }) => {
      const page = Number(query.page);
      log.started.push(`${name}${page}`);
      log.inFlight++;
      log.peak = Math.max(log.peak, log.inFlight);
      const gate = deferred<void>();
      pending.push({ page, answer: () => gate.resolve() });
      await gate.promise;
      log.inFlight--;
      const items = page <= pages ? Array.from({ length: 10 }, (_, index) => (page - 1) * 10 + index) : [];
      return { body: { items, totalItemCount: pages * 10, totalPages: pages }, headers: {} };
    };
    const strategy = new PageNumberWithTotals({ pageParam: 'page', pageSizeParam: 'itemsInPage', itemsField: 'items', totalItemsField: 'totalItemCount', totalPagesField: 'totalPages', maxPageSize: 10 });
    return { list: Paginated.fromStrategy({ strategy, fetchPage, mapItem: (raw) => raw as number, concurrency }), pending };
  }

  /** Walks the list while answering, each turn, the oldest pending request of every part. */
  async function walk(list: Paginated<number>, parts: { pending: { answer: () => void }[] }[]): Promise<number> {
    let walking = true;
    const answering = (async () => {
      while (walking) {
        await settle();
        for (const part of parts) part.pending.shift()?.answer();
      }
    })();
    let count = 0;
    for await (const _ of list) count++;
    walking = false;
    await answering;
    return count;
  }

  it.each([1, 2, 4, 8])('keeps at most %i page requests in flight across all its parts', async (concurrency) => {
    const log = { inFlight: 0, peak: 0, started: [] as string[] };
    const parts = ['a', 'b', 'c'].map((name) => manualPart(name, 4, log, concurrency));
    const count = await walk(Paginated.concat(parts.map((part) => part.list)), parts);
    expect(count).toBe(120);
    expect(log.peak).toBeLessThanOrEqual(concurrency);
    if (concurrency > 1) expect(log.peak).toBeGreaterThan(1);
  });

  it('asks for the first page of every part before it finishes the first part', async () => {
    const log = { inFlight: 0, peak: 0, started: [] as string[] };
    const parts = ['a', 'b', 'c'].map((name) => manualPart(name, 3, log, 4));
    await walk(Paginated.concat(parts.map((part) => part.list)), parts);
    expect(log.started.indexOf('c1')).toBeLessThan(log.started.indexOf('a3'));
  });
});

describe('Paginated.lazy', () => {
  it('loads once per walk, when the walk starts, never when the list is made', async () => {
    let loads = 0;
    const list = Paginated.lazy(async () => {
      loads++;
      return [1, 2, 3];
    });
    expect(loads).toBe(0);
    expect(await list.toArray()).toEqual([1, 2, 3]);
    expect(await pagesOf(list, 2, 2)).toEqual([[2, [3]]]);
    expect(loads).toBe(2);
  });

  it('walks a list it loads with the options of the walk, and keeps the limits it was given', async () => {
    const inner = Paginated.fromArray([1, 2, 3, 4, 5], { maxPageSize: 2 });
    const list = Paginated.lazy(async () => inner, inner);
    expect(list.maxPageSize).toBe(2);
    expect(await pagesOf(list, 5, 2)).toEqual([[2, [3, 4]], [3, [5]]]);
  });

  it('surfaces a failed load as the walk failing', async () => {
    const list = Paginated.lazy<number>(async () => {
      throw new Error('reference data unavailable');
    });
    await expect(list.toArray()).rejects.toThrow('reference data unavailable');
  });
});

describe('Paginated.mapPages', () => {
  it('runs an async step on each page, keeping the paging', async () => {
    const list = Paginated.fromArray([1, 2, 3]).mapPages(async (items) => items.map((item) => item * 10));
    expect(await pagesOf(list, 2)).toEqual([
      [1, [10, 20]],
      [2, [30]],
    ]);
  });

  it('takes from the list it wraps whether it can start past page 1, and its largest page', async () => {
    const double = async (items: readonly number[]) => items.map((item) => item * 2);
    const fromStart = Paginated.fromArray([1, 2, 3], { supportsStartPage: false, maxPageSize: 20 }).mapPages(double);
    expect([fromStart.supportsStartPage, fromStart.maxPageSize]).toEqual([false, 20]);
    const anywhere = Paginated.fromArray([1, 2, 3]).mapPages(double);
    expect(anywhere.supportsStartPage).toBe(true);
    expect(await pagesOf(anywhere, 2, 2)).toEqual([[2, [6]]]);
  });

  it('keeps the concurrency of the list it wraps', () => {
    const list = Paginated.fromArray([1], { defaultConcurrency: 7 }).mapPages((items) => items);
    expect(list.pagingLimits.defaultConcurrency).toBe(7);
  });
});


describe('Paginated.mapPages and the walk signal', () => {
  it('hands the step the walk\'s signal', async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const list = Paginated.fromArray([1, 2, 3]).mapPages((items, _page, signal) => {
      seen.push(signal);
      return items;
    });
    const controller = new AbortController();
    await list.toArray({ pageSize: 2, signal: controller.signal });
    expect(seen).toEqual([controller.signal, controller.signal]);
  });
});

describe('Paginated.withSignal', () => {
  /** A list whose walks record the signal they were given. */
  function recording(): { list: Paginated<number>; signals: (AbortSignal | undefined)[] } {
    const signals: (AbortSignal | undefined)[] = [];
    const inner = Paginated.fromArray([1, 2, 3, 4]);
    const list = Paginated.lazy(async (signal) => {
      signals.push(signal);
      return inner;
    }, inner);
    return { list, signals };
  }

  it('gives a walk without a signal of its own the list\'s signal', async () => {
    const { list, signals } = recording();
    const controller = new AbortController();
    await list.withSignal(controller.signal).toArray();
    expect(signals).toEqual([controller.signal]);
  });

  it('stops a walk when either its own signal or the list\'s aborts', async () => {
    const own = new AbortController();
    const listSignal = new AbortController();
    const list = Paginated.fromArray([1, 2, 3, 4]).withSignal(listSignal.signal);
    const seen: number[] = [];
    const stopped = (async () => {
      for await (const page of list.byPage({ pageSize: 1, signal: own.signal })) {
        seen.push(...page.items);
        listSignal.abort(new Error('the operation was cancelled'));
      }
    })();
    await expect(stopped).rejects.toThrow('the operation was cancelled');
    expect(seen).toEqual([1]);
    const again: number[] = [];
    const other = new AbortController();
    const byOwn = (async () => {
      for await (const page of Paginated.fromArray([1, 2, 3]).withSignal(new AbortController().signal).byPage({ pageSize: 1, signal: other.signal })) {
        again.push(...page.items);
        other.abort(new Error('the walk was cancelled'));
      }
    })();
    await expect(byOwn).rejects.toThrow('the walk was cancelled');
    expect(again).toEqual([1]);
  });

  it('is the list itself without a signal', () => {
    const list = Paginated.fromArray([1]);
    expect(list.withSignal(undefined)).toBe(list);
  });
});

describe('Paginated.mapError', () => {
  it('fails a walk with what the transform makes of its error, seeing the walk\'s signal', async () => {
    const controller = new AbortController();
    const failing = Paginated.lazy<number>(async () => {
      throw new Error('raw');
    });
    const seen: (AbortSignal | undefined)[] = [];
    const list = failing.mapError((error, signal) => {
      seen.push(signal);
      return new Error(`typed: ${(error as Error).message}`);
    });
    await expect(list.toArray({ signal: controller.signal })).rejects.toThrow('typed: raw');
    expect(seen).toEqual([controller.signal]);
  });

  it('keeps the paging of the list it wraps and leaves successful walks alone', async () => {
    const list = Paginated.fromArray([1, 2, 3], { supportsStartPage: false, maxPageSize: 2 }).mapError(() => new Error('never'));
    expect([list.supportsStartPage, list.maxPageSize]).toEqual([false, 2]);
    expect(await list.toArray()).toEqual([1, 2, 3]);
  });
});
