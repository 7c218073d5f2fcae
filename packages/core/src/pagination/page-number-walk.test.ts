import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Page } from './page';
import type { PageFetcher, PageResponse } from './page-fetcher';
import { PageNumberWithTotals } from './page-number-with-totals';
import { PageNumberWithoutTotals } from './page-number-without-totals';
import { Paginated } from './paginated';
import type { PaginationStrategy } from './pagination-strategy';
import { type Deferred, ManualFetcher, type RecordRow, ateraServer, automateServer, deferred, drain, haloServer, ids, rows, settle } from './pagination-fakes';

const withTotals = new PageNumberWithTotals({
  pageParam: 'page',
  pageSizeParam: 'itemsInPage',
  itemsField: 'items',
  totalItemsField: 'totalItemCount',
  totalPagesField: 'totalPages',
  maxPageSize: 1000,
});

const halo = new PageNumberWithTotals({
  pageParam: 'page_no',
  pageSizeParam: 'page_size',
  itemsField: 'tickets',
  totalItemsField: 'record_count',
  extraParams: { pageinate: 'true' },
  maxPageSize: 100,
});

const withTotalHeader = new PageNumberWithoutTotals({ pageParam: 'page', pageSizeParam: 'pageSize', totalItemsHeader: 'x-total-count', maxPageSize: 1000 });

function listOf(fetchPage: PageFetcher, strategy: PaginationStrategy = withTotals): Paginated<RecordRow> {
  return Paginated.fromStrategy<RecordRow>({ strategy, fetchPage, mapItem: (raw) => raw as RecordRow });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** Runs `body` and returns every unhandled rejection it left behind once the event loop settled. */
async function unhandledRejectionsDuring(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown): void => {
    seen.push(reason);
  };
  process.on('unhandledRejection', listener);
  try {
    await body();
    await settle();
    await settle();
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}

describe('concurrent prefetch of numbered pages', () => {
  it('fetches the first page alone, then up to the concurrency once the total is known', async () => {
    const manual = new ManualFetcher(ateraServer(rows(100), { maxPageSize: 1000 }));
    const walk = listOf(manual.fetch).toArray({ pageSize: 10, concurrency: 4 });

    await settle();
    expect(manual.pagesRequested()).toEqual([1]);
    await manual.release(1);
    await settle();
    expect(manual.pagesRequested()).toEqual([1, 2, 3, 4, 5]);

    for (let page = 2; page <= 10; page++) {
      await manual.release(page);
      await settle();
    }
    expect(ids(await walk)).toEqual(range(1, 100));
    expect(manual.pagesRequested()).toEqual(range(1, 10));
  });

  it('yields prefetched pages in order when they resolve out of order', async () => {
    const manual = new ManualFetcher(ateraServer(rows(50), { maxPageSize: 1000 }));
    const received: number[] = [];
    const walk = (async () => {
      for await (const page of listOf(manual.fetch).byPage({ pageSize: 10, concurrency: 4 })) received.push(page.pageNumber);
    })();

    await settle();
    await manual.release(1);
    await settle();
    await manual.release(5);
    await manual.release(3);
    await manual.release(4);
    await settle();
    expect(received).toEqual([1]);

    await manual.release(2);
    await settle();
    expect(received).toEqual([1, 2, 3, 4, 5]);
    await walk;
    expect(manual.pagesRequested()).toEqual([1, 2, 3, 4, 5]);
  });

  it('never has more than concurrency pages fetched but not yet consumed', async () => {
    const concurrency = 3;
    const manual = new ManualFetcher(ateraServer(rows(200), { maxPageSize: 1000 }));
    let consumed = 0;
    let worst = 0;
    const counted: PageFetcher = (request) => {
      worst = Math.max(worst, manual.calls.length + 1 - consumed);
      return manual.fetch(request);
    };
    const walk = (async () => {
      for await (const page of listOf(counted).byPage({ pageSize: 10, concurrency })) {
        expect(page.items).toHaveLength(10);
        consumed++;
      }
    })();

    // Release whatever is pending, newest first, until the walk ends.
    while (manual.pending().length > 0 || consumed < 20) {
      await settle();
      const pending = manual.pending();
      for (const call of pending.reverse()) await manual.release(call.page);
    }
    await walk;
    expect(consumed).toBe(20);
    expect(worst).toBe(concurrency);
    expect(manual.maxOutstanding).toBeLessThanOrEqual(concurrency);
  });

  it('fetches nothing more while the consumer holds a page, however fast the server answers', async () => {
    const manual = new ManualFetcher(ateraServer(rows(500), { maxPageSize: 1000 }));
    const gate = deferred<void>();
    const walk = (async () => {
      for await (const page of listOf(manual.fetch).byPage({ pageSize: 10, concurrency: 3 })) {
        if (page.pageNumber === 2) await gate.promise;
        if (page.pageNumber === 3) break;
      }
    })();

    for (let round = 0; round < 5; round++) {
      await settle();
      for (const call of manual.pending()) await manual.release(call.page);
    }
    // Page 2 is held: pages 3 and 4 were prefetched while it was awaited, and nothing after them.
    expect(manual.pagesRequested()).toEqual([1, 2, 3, 4]);
    gate.resolve();
    await walk;
  });

  it('aborts in-flight prefetches and leaves no unhandled rejection when the consumer breaks out early', async () => {
    const manual = new ManualFetcher(ateraServer(rows(100), { maxPageSize: 1000 }));
    const unhandled = await unhandledRejectionsDuring(async () => {
      const walk = (async () => {
        for await (const page of listOf(manual.fetch).byPage({ pageSize: 10, concurrency: 4 })) {
          if (page.pageNumber === 2) break;
        }
      })();
      await settle();
      await manual.release(1);
      await settle();
      await manual.release(2);
      await walk;
    });

    expect(manual.aborted).toEqual([3, 4, 5]);
    expect(manual.calls.every((call) => call.request.signal.aborted)).toBe(true);
    expect(unhandled).toEqual([]);
  });

  it('leaves no unhandled rejection when a prefetched page fails after the consumer stopped', async () => {
    const server = ateraServer(rows(100), { maxPageSize: 1000 });
    const answers = new Map<number, Deferred<PageResponse>>();
    // A fetcher that ignores the abort signal: its prefetched pages settle whenever they like.
    const fetch: PageFetcher = (request) => {
      const page = Number(request.query.page);
      if (page === 1) return server(request);
      const answer = deferred<PageResponse>();
      answers.set(page, answer);
      return answer.promise;
    };
    const unhandled = await unhandledRejectionsDuring(async () => {
      const walk = (async () => {
        for await (const page of listOf(fetch).byPage({ pageSize: 10, concurrency: 3 })) {
          if (page.pageNumber === 2) break;
        }
      })();
      await settle();
      answers.get(2)?.resolve(await server({ query: { page: '2', itemsInPage: '10' }, signal: new AbortController().signal }));
      await walk;
      answers.get(3)?.reject(new Error('connection reset'));
      answers.get(4)?.reject(new Error('connection reset'));
    });

    expect([...answers.keys()]).toEqual([2, 3, 4]);
    expect(unhandled).toEqual([]);
  });

  it('surfaces a failing page to the consumer after the pages before it, in order', async () => {
    const manual = new ManualFetcher(ateraServer(rows(100), { maxPageSize: 1000 }));
    const failure = new Error('HTTP 500 on page 3');
    const received: number[] = [];
    const walk = (async () => {
      for await (const page of listOf(manual.fetch).byPage({ pageSize: 10, concurrency: 4 })) received.push(page.pageNumber);
    })().catch((error: unknown) => error);

    await settle();
    await manual.release(1);
    await settle();
    await manual.release(4);
    manual.fail(3, failure);
    await settle();
    expect(received).toEqual([1]);
    await manual.release(2);

    expect(await walk).toBe(failure);
    expect(received).toEqual([1, 2]);
    // Page 3 was awaited with pages up to 6 in flight; the failure aborts those still unanswered.
    expect(manual.aborted).toEqual([5, 6]);
  });

  it('rejects toArray with the error of a failing first page', async () => {
    const failure = new Error('HTTP 503');
    const fetch: PageFetcher = () => Promise.reject(failure);
    await expect(listOf(fetch).toArray()).rejects.toBe(failure);
  });

  it('aborts the walk and its in-flight fetches when the outer signal fires', async () => {
    const manual = new ManualFetcher(ateraServer(rows(100), { maxPageSize: 1000 }));
    const outer = new AbortController();
    const received: number[] = [];
    const walk = (async () => {
      for await (const page of listOf(manual.fetch).byPage({ pageSize: 10, concurrency: 3, signal: outer.signal })) received.push(page.pageNumber);
    })().catch((error: unknown) => error);

    await settle();
    await manual.release(1);
    await settle();
    outer.abort(new Error('user cancelled'));

    expect(await walk).toMatchObject({ message: 'user cancelled' });
    expect(received).toEqual([1]);
    expect(manual.aborted).toEqual([2, 3, 4]);
  });

  it('fetches nothing when the outer signal is already aborted', async () => {
    const manual = new ManualFetcher(ateraServer(rows(100), { maxPageSize: 1000 }));
    const outer = new AbortController();
    outer.abort(new Error('too late'));

    await expect(listOf(manual.fetch).toArray({ signal: outer.signal })).rejects.toThrow('too late');
    expect(manual.calls).toHaveLength(0);
  });

  it('yields no page answered after the outer signal fired, even from a fetcher that ignores it', async () => {
    const server = ateraServer(rows(100), { maxPageSize: 1000 });
    const outer = new AbortController();
    const fetch: PageFetcher = async (request) => {
      if (request.query.page === '2') outer.abort(new Error('cancelled mid-request'));
      return server(request);
    };
    const { values, error } = await drain(listOf(fetch).byPage({ pageSize: 10, signal: outer.signal }));

    expect(values.map((page) => page.pageNumber)).toEqual([1]);
    expect(error).toMatchObject({ message: 'cancelled mid-request' });
  });
});

describe('properties of numbered walks', () => {
  /** Walks `strategy` over `server` with a scheduler deciding when each page resolves. */
  async function scheduledWalk(
    scheduler: fc.Scheduler,
    server: PageFetcher,
    strategy: PaginationStrategy,
    options: { pageSize: number; concurrency: number; startPage?: number },
  ): Promise<{ items: number[]; pages: Page<RecordRow>[]; requested: number[]; worstHeld: number }> {
    const fetch = scheduler.scheduleFunction(server);
    const requested: number[] = [];
    let consumed = 0;
    let worstHeld = 0;
    const counted: PageFetcher = (request) => {
      requested.push(Number(request.query.page ?? request.query.page_no));
      worstHeld = Math.max(worstHeld, requested.length - consumed);
      return fetch(request);
    };
    const pages: Page<RecordRow>[] = [];
    await scheduler.waitFor(
      (async () => {
        for await (const page of listOf(counted, strategy).byPage(options)) {
          pages.push(page);
          consumed++;
        }
      })(),
    );
    return { items: pages.flatMap((page) => ids(page.items)), pages, requested, worstHeld };
  }

  it('yields every item exactly once and in order, whatever order prefetched pages resolve in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.scheduler(),
        async (total, pageSize, concurrency, startPage, scheduler) => {
          const walk = await scheduledWalk(scheduler, ateraServer(rows(total), { maxPageSize: 1000 }), withTotals, { pageSize, concurrency, startPage });

          expect(walk.items).toEqual(range((startPage - 1) * pageSize + 1, total));
          expect(walk.pages.map((page) => page.pageNumber)).toEqual(range(startPage, startPage + walk.pages.length - 1));
          expect(new Set(walk.requested).size).toBe(walk.requested.length);
          expect(walk.worstHeld).toBeLessThanOrEqual(concurrency);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('yields every item exactly once from bare arrays with a total header, whatever the resolution order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.scheduler(),
        async (total, pageSize, concurrency, sendsTotal, scheduler) => {
          const server = automateServer(rows(total), sendsTotal ? { totalHeader: 'x-total-count' } : {});
          const walk = await scheduledWalk(scheduler, server, withTotalHeader, { pageSize, concurrency });

          expect(walk.items).toEqual(range(1, total));
          expect(new Set(walk.requested).size).toBe(walk.requested.length);
          expect(walk.worstHeld).toBeLessThanOrEqual(concurrency);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gets every record when the server serves smaller pages than asked for, whatever the resolution order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 2, max: 100 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('fixedPageSize' as const, 'cappedPageSize' as const),
        fc.integer({ min: 1, max: 5 }),
        fc.scheduler(),
        async (total, pageSize, serverSize, quirk, concurrency, scheduler) => {
          fc.pre(serverSize < pageSize);
          const server = haloServer(rows(total), { [quirk]: serverSize });
          const walk = await scheduledWalk(scheduler, server, halo, { pageSize, concurrency });

          expect(walk.items).toEqual(range(1, total));
          expect(walk.worstHeld).toBeLessThanOrEqual(concurrency);
        },
      ),
      { numRuns: 200 },
    );
  });
});
