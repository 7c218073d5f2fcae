import { type Page, type PageOptions, Paginated, type PagingLimits } from '@psagate/core';
import { MAX_PAGE_SIZE } from '../schema-helpers';

/** Paging limits of a list made from Atera lists. */
const COMPOSED_LIMITS: PagingLimits = {
  defaultPageSize: MAX_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
  supportsStartPage: true,
  defaultConcurrency: 1,
  defaultMaxPages: 100_000,
};

type PartOptions = Omit<PageOptions, 'startPage'>;

/**
 * One list made of several, walked one after the other (agents, then SNMP devices, ...). Each part
 * is opened only when the walk reaches it, and pages are numbered on across the parts.
 *
 * It can start at any page. A part that reports its page count on its first page (Atera lists do)
 * costs that one request to skip, and is entered at the right page with at most one more; a part
 * that does not is walked page by page up to the start. Either way a page has the number a walk
 * from page 1 gives it, as long as the lists do not change in between.
 */
export function concatLists<T>(parts: readonly (() => Paginated<T>)[]): Paginated<T> {
  return new Paginated<T>(async function* ({ pageSize, startPage, concurrency, maxPages, signal }) {
    const options: PartOptions = { pageSize, concurrency, maxPages, signal };
    /** Pages of the whole list before the current part. */
    let before = 0;
    for (const part of parts) {
      const list = part();
      const skip = Math.max(0, startPage - 1 - before);
      const counted = yield* walkPart(list, skip, before, options);
      before += counted;
    }
  }, COMPOSED_LIMITS);
}

/**
 * Walks one part of a composed list, leaving out its first `skip` pages and numbering its pages
 * from `before + 1`. Returns how many pages the part has, as far as it was walked or its totals say.
 */
async function* walkPart<T>(list: Paginated<T>, skip: number, before: number, options: PartOptions): AsyncGenerator<Page<T>, number, undefined> {
  let local = 0;
  const numbered = (page: Page<T>): Page<T> => ({ items: page.items, pageNumber: before + ++local, pageSize: page.pageSize });
  const pages = list.byPage(options)[Symbol.asyncIterator]();
  try {
    const first = await pages.next();
    if (first.done) return 0;
    const total = first.value.totalPages;
    if (skip > 0 && total !== undefined && list.supportsStartPage && servesPagesAsAsked(first.value)) {
      if (skip >= total) return total;
      await pages.return?.();
      local = skip;
      for await (const page of list.byPage({ ...options, startPage: skip + 1 })) yield numbered(page);
      return local;
    }
    const firstPage = numbered(first.value);
    if (local > skip) yield firstPage;
    for (let next = await pages.next(); !next.done; next = await pages.next()) {
      const page = numbered(next.value);
      if (local > skip) yield page;
    }
    return local;
  } finally {
    await pages.return?.();
  }
}

/**
 * False when the first page came back shorter than asked while the list goes on: the server uses
 * smaller pages than requested, and a walk from page 1 adapts to them in a way a later start would not.
 */
function servesPagesAsAsked(page: Page<unknown>): boolean {
  return page.items.length >= page.pageSize || (page.totalPages ?? 1) <= 1;
}

/** A list whose pages go through an async step (filling in names from cached reference data). */
export function mapPages<T, U>(list: Paginated<T>, transform: (items: readonly T[]) => Promise<readonly U[]>): Paginated<U> {
  return new Paginated<U>(
    async function* ({ pageSize, startPage, concurrency, maxPages, signal }) {
      for await (const page of list.byPage({ pageSize, startPage, concurrency, maxPages, signal })) {
        yield { ...page, items: await transform(page.items) };
      }
    },
    {
      ...COMPOSED_LIMITS,
      defaultPageSize: Math.min(COMPOSED_LIMITS.defaultPageSize, list.maxPageSize),
      maxPageSize: list.maxPageSize,
      supportsStartPage: list.supportsStartPage,
      defaultConcurrency: 4,
    },
  );
}
