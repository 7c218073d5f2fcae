import { type Page, Paginated, type PagingLimits } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { type ListPage, readListPage } from './list-page';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

async function walkAll<T>(list: () => Paginated<T>, limit: number, filteredByGateway = false): Promise<{ items: T[]; requests: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let requests = 0;
  do {
    const page: ListPage<T> = await readListPage(list(), { resource: 'things', filters: {}, limit, cursor, defaultPageSize: 10, filteredByGateway });
    items.push(...page.data);
    cursor = page.nextCursor ?? undefined;
    requests++;
  } while (cursor !== undefined && requests < 50);
  return { items, requests };
}

const composedLimits: PagingLimits = { defaultPageSize: 10, maxPageSize: 100, supportsStartPage: false, defaultConcurrency: 1, defaultMaxPages: 1000 };

/** Two lists in a row that can only be walked from the start, like Atera's devices. */
function composed(parts: readonly number[][]): Paginated<number> {
  return new Paginated<number>(async function* ({ pageSize }) {
    let pageNumber = 0;
    for (const part of parts) {
      for (let start = 0; start < part.length; start += pageSize) {
        yield { items: part.slice(start, start + pageSize), pageNumber: ++pageNumber, pageSize } satisfies Page<number>;
      }
    }
  }, composedLimits);
}

/** Two lists in a row that can start at any page, as Atera's devices now can: records each start page asked for. */
function composedFromAnyPage(parts: readonly number[][], starts: number[]): Paginated<number> {
  return new Paginated<number>(async function* ({ pageSize, startPage }) {
    starts.push(startPage);
    let pageNumber = 0;
    for (const part of parts) {
      for (let start = 0; start < part.length; start += pageSize) {
        if (++pageNumber >= startPage) yield { items: part.slice(start, start + pageSize), pageNumber, pageSize } satisfies Page<number>;
      }
    }
  }, { ...composedLimits, supportsStartPage: true });
}

describe('readListPage', () => {
  it('walks a list with totals page by page to its end', async () => {
    const { items, requests } = await walkAll(() => Paginated.fromArray(numbers(23)), 5);
    expect(items).toEqual(numbers(23));
    expect(requests).toBe(5);
  });

  it('keeps going past short or empty pages when the gateway filters', async () => {
    const list = () => Paginated.fromArray(numbers(30)).filter((value) => value % 7 === 0);
    const { items } = await walkAll(list, 5, true);
    expect(items).toEqual([7, 14, 21, 28]);
  });

  it('finds the next part of a composed list after a short page, and the end after the last', async () => {
    const { items } = await walkAll(() => composed([numbers(3), [100, 101, 102, 103, 104, 105, 106]]), 5);
    expect(items).toEqual([1, 2, 3, 100, 101, 102, 103, 104, 105, 106]);
  });

  it('starts a composed list that can start anywhere at the cursor page instead of replaying it', async () => {
    const starts: number[] = [];
    const { items, requests } = await walkAll(() => composedFromAnyPage([numbers(7), [100, 101, 102]], starts), 5);
    expect(items).toEqual([...numbers(7), 100, 101, 102]);
    expect(requests).toBe(3);
    expect(starts).toEqual([1, 2, 3]);
  });

  it('clamps the page size to the list maximum', async () => {
    const page = await readListPage(Paginated.fromArray(numbers(50), { maxPageSize: 20 }), { resource: 'things', filters: {}, limit: 1000, cursor: undefined, defaultPageSize: 10, filteredByGateway: false });
    expect(page.data).toHaveLength(20);
  });

  it('answers an empty page with no cursor for an empty list', async () => {
    expect(await readListPage(Paginated.fromArray([]), { resource: 'things', filters: {}, limit: undefined, cursor: undefined, defaultPageSize: 10, filteredByGateway: false })).toEqual({
      data: [],
      nextCursor: null,
    });
  });
});
