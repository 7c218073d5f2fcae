import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPsaError } from '../errors/psa-error';
import { NextLink } from './next-link';
import type { PageFetcher, PageRequest } from './page-fetcher';
import { PageNumberWithTotals } from './page-number-with-totals';
import { PageNumberWithoutTotals } from './page-number-without-totals';
import { Paginated } from './paginated';
import type { PaginationStrategy } from './pagination-strategy';

/**
 * Walks over lists that change while they are walked. Offset paging cannot hide every change (a
 * record inserted before the cursor shifts the rest), but changes at the end of the list (records
 * added, the newest removed) must never make a walk repeat a record, lose one that stayed in the
 * list throughout, or go on forever; and no change at all may make it hang or fail untyped.
 */

type Change = { readonly kind: 'append' | 'truncate' | 'insert' | 'delete'; readonly count: number; readonly at: number };

/** A list on a server: changes are applied one per answered request, as the walk goes. */
class ChangingList {
  readonly rows: { id: number }[];
  /** Ids that were in the list from the start and never removed. */
  readonly stayed: Set<number>;
  readonly everSeen: Set<number>;
  #nextId: number;
  #changes: Change[];
  requests = 0;

  constructor(total: number, changes: readonly Change[]) {
    this.rows = Array.from({ length: total }, (_, index) => ({ id: index + 1 }));
    this.stayed = new Set(this.rows.map((row) => row.id));
    this.everSeen = new Set(this.stayed);
    this.#nextId = total + 1;
    this.#changes = [...changes];
  }

  /** Applies the next change; the answer reflects the list as it is now. */
  step(): void {
    this.requests += 1;
    const change = this.#changes.shift();
    if (!change) return;
    const at = this.rows.length === 0 ? 0 : change.at % (this.rows.length + 1);
    const fresh = () => {
      const row = { id: this.#nextId++ };
      this.everSeen.add(row.id);
      return row;
    };
    if (change.kind === 'append') this.rows.push(...Array.from({ length: change.count }, fresh));
    if (change.kind === 'insert') this.rows.splice(at, 0, ...Array.from({ length: change.count }, fresh));
    const removed =
      change.kind === 'truncate' ? this.rows.splice(Math.max(0, this.rows.length - change.count)) : change.kind === 'delete' ? this.rows.splice(at, change.count) : [];
    for (const row of removed) this.stayed.delete(row.id);
  }

  slice(page: number, size: number): { id: number }[] {
    return this.rows.slice((page - 1) * size, page * size);
  }
}

const endChange = fc.record({ kind: fc.constantFrom('append' as const, 'truncate' as const), count: fc.integer({ min: 1, max: 7 }), at: fc.nat(200) });
const anyChange = fc.record({ kind: fc.constantFrom('append' as const, 'truncate' as const, 'insert' as const, 'delete' as const), count: fc.integer({ min: 1, max: 7 }), at: fc.nat(200) });

const withTotals = new PageNumberWithTotals({ pageParam: 'page', pageSizeParam: 'size', itemsField: 'items', totalItemsField: 'total', maxPageSize: 1000 });
const withoutTotals = new PageNumberWithoutTotals({ pageParam: 'page', pageSizeParam: 'size', maxPageSize: 1000 });
const nextLink = new NextLink({ pageSizeParam: 'size', itemsField: 'items', nextLinkField: 'next', maxPageSize: 1000 });

type Dialect = 'with totals' | 'bare arrays' | 'next links';
const strategies: Record<Dialect, PaginationStrategy> = { 'with totals': withTotals, 'bare arrays': withoutTotals, 'next links': nextLink };

/** Answers page requests from the list in the dialect's shape; the scheduler decides when each answer is computed. */
function serverFor(list: ChangingList, dialect: Dialect, scheduler: fc.Scheduler): PageFetcher {
  return async (request: PageRequest) => {
    await scheduler.schedule(Promise.resolve(), 'answer');
    list.step();
    if (dialect === 'next links') {
      const from = request.url ? Number(new URL(request.url).searchParams.get('from')) : 0;
      const size = request.url ? Number(new URL(request.url).searchParams.get('size')) : Number(request.query.size);
      const items = list.rows.slice(from, from + size);
      const more = from + size < list.rows.length;
      return { body: { items, next: more ? `https://api.test/things?from=${from + size}&size=${size}` : null }, headers: {} };
    }
    const page = Number(request.query.page);
    const size = Number(request.query.size);
    const items = list.slice(page, size);
    return { body: dialect === 'with totals' ? { items, total: list.rows.length } : items, headers: {} };
  };
}

async function walk(list: ChangingList, dialect: Dialect, scheduler: fc.Scheduler, pageSize: number, concurrency: number): Promise<{ ids: number[]; error?: unknown }> {
  const paginated = Paginated.fromStrategy<{ id: number }>({ strategy: strategies[dialect], fetchPage: serverFor(list, dialect, scheduler), mapItem: (raw) => raw as { id: number } });
  const ids: number[] = [];
  try {
    await scheduler.waitFor(
      (async () => {
        for await (const page of paginated.byPage({ pageSize, concurrency, maxPages: 500 })) ids.push(...page.items.map((item) => item.id));
      })(),
    );
  } catch (error) {
    return { ids, error };
  }
  return { ids };
}

const dialects = fc.constantFrom<Dialect>('with totals', 'bare arrays', 'next links');

describe('walks over lists that change mid-walk (properties)', () => {
  it('never repeat a record nor lose one that stayed, when records are added or removed at the end', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(endChange, { maxLength: 12 }),
        dialects,
        fc.scheduler(),
        async (total, pageSize, concurrency, changes, dialect, scheduler) => {
          const list = new ChangingList(total, changes);
          const result = await walk(list, dialect, scheduler, pageSize, concurrency);

          expect(result.error).toBeUndefined();
          expect(new Set(result.ids).size).toBe(result.ids.length);
          for (const id of list.stayed) expect(result.ids).toContain(id);
          const stayedInOrder = result.ids.filter((id) => list.stayed.has(id));
          expect(stayedInOrder).toEqual([...stayedInOrder].sort((a, b) => a - b));
          for (const id of result.ids) expect(list.everSeen.has(id)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('always end, with the records it had or a typed error, whatever changes anywhere in the list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(anyChange, { maxLength: 20 }),
        dialects,
        fc.scheduler(),
        async (total, pageSize, concurrency, changes, dialect, scheduler) => {
          const list = new ChangingList(total, changes);
          const result = await walk(list, dialect, scheduler, pageSize, concurrency);

          if (result.error !== undefined) expect(isPsaError(result.error, 'response_shape'), String(result.error)).toBe(true);
          for (const id of result.ids) expect(list.everSeen.has(id)).toBe(true);
          // Bounded: at most the pages of the largest the list ever got, plus the closing requests.
          expect(list.requests).toBeLessThanOrEqual(Math.ceil(list.everSeen.size / pageSize) + concurrency + 2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('walk a list that does not change exactly once, for any page size, total, concurrency and start page', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom<Dialect>('with totals', 'bare arrays'),
        fc.scheduler(),
        async (total, pageSize, concurrency, startPage, dialect, scheduler) => {
          const list = new ChangingList(total, []);
          const paginated = Paginated.fromStrategy<{ id: number }>({ strategy: strategies[dialect], fetchPage: serverFor(list, dialect, scheduler), mapItem: (raw) => raw as { id: number } });
          const ids: number[] = [];
          await scheduler.waitFor(
            (async () => {
              for await (const page of paginated.byPage({ pageSize, concurrency, startPage })) ids.push(...page.items.map((item) => item.id));
            })(),
          );
          const first = (startPage - 1) * pageSize + 1;
          expect(ids).toEqual(Array.from({ length: Math.max(0, total - first + 1) }, (_, index) => first + index));
        },
      ),
      { numRuns: 200 },
    );
  });
});
