import { Paginated, type PagingLimits } from '@psagate/core';
import { MAX_PAGE_SIZE } from '../schema-helpers';

/** Paging limits of a list made from Atera lists: their page size, walked from the first page. */
const COMPOSED_LIMITS: PagingLimits = {
  defaultPageSize: MAX_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
  supportsStartPage: false,
  defaultConcurrency: 1,
  defaultMaxPages: 100_000,
};

/**
 * One list made of several, walked one after the other (agents, then SNMP devices, ...). Each part
 * is opened only when the walk reaches it, and pages are numbered on across the parts.
 */
export function concatLists<T>(parts: readonly (() => Paginated<T>)[]): Paginated<T> {
  return new Paginated<T>(async function* ({ pageSize, concurrency, maxPages, signal }) {
    let pageNumber = 0;
    for (const part of parts) {
      for await (const page of part().byPage({ pageSize, concurrency, maxPages, signal })) {
        pageNumber++;
        yield { items: page.items, pageNumber, pageSize: page.pageSize };
      }
    }
  }, COMPOSED_LIMITS);
}

/** A list whose pages go through an async step (filling in names from cached reference data). */
export function mapPages<T, U>(list: Paginated<T>, transform: (items: readonly T[]) => Promise<readonly U[]>): Paginated<U> {
  return new Paginated<U>(
    async function* ({ pageSize, startPage, concurrency, maxPages, signal }) {
      for await (const page of list.byPage({ pageSize, startPage, concurrency, maxPages, signal })) {
        yield { ...page, items: await transform(page.items) };
      }
    },
    { ...COMPOSED_LIMITS, supportsStartPage: true, defaultConcurrency: 4 },
  );
}
