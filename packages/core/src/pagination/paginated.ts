import { ValidationError } from '../errors/error-types';
import type { PsaErrorContext } from '../errors/psa-error';
import type { Page, PageOptions, ResolvedPageOptions } from './page';
import type { PageFetcher } from './page-fetcher';
import type { PaginationStrategy } from './pagination-strategy';
import { ConcurrencyGate } from '../util/concurrency-gate';

/** Produces the pages of one list for the given (resolved) options. */
export type PageSource<T> = (options: ResolvedPageOptions) => AsyncIterable<Page<T>>;

/** Limits and defaults a list applies to `byPage()` options. */
export interface PagingLimits {
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
  readonly supportsStartPage: boolean;
  readonly defaultConcurrency: number;
  readonly defaultMaxPages: number;
}

export interface FromStrategyOptions<T> {
  readonly strategy: PaginationStrategy;
  readonly fetchPage: PageFetcher;
  /** Turns one raw record (at `index` in its page) into the caller's type: parse, then map. */
  readonly mapItem: (raw: unknown, index: number) => T;
  readonly errorContext?: PsaErrorContext | undefined;
  readonly concurrency?: number | undefined;
  readonly maxPages?: number | undefined;
  readonly warn?: ((code: string, message: string) => void) | undefined;
  /** Masks known secrets in text a walk quotes from a response. */
  readonly redact?: ((text: string) => string) | undefined;
}

const DEFAULT_MAX_PAGES = 100_000;

/** Limits of a list built from records in memory, unless the caller says otherwise. */
const IN_MEMORY_LIMITS: PagingLimits = {
  defaultPageSize: 100,
  maxPageSize: 1000,
  supportsStartPage: true,
  defaultConcurrency: 1,
  defaultMaxPages: DEFAULT_MAX_PAGES,
};

/**
 * A list that streams. Iterate it with `for await` for items, call `.byPage()` for pages, or
 * `.toArray({ limit })` to collect. Nothing is fetched until you iterate, each iteration walks
 * the list afresh, and memory stays proportional to one page (times the prefetch concurrency).
 */
export class Paginated<T> implements AsyncIterable<T> {
  constructor(
    private readonly source: PageSource<T>,
    private readonly limits: PagingLimits,
    private readonly errorContext?: PsaErrorContext,
    private readonly defaults: PageOptions = {},
  ) {}

  /** A list walked by a core pagination strategy over a provider's page fetcher. */
  static fromStrategy<T>(options: FromStrategyOptions<T>): Paginated<T> {
    const { strategy, fetchPage, mapItem, errorContext, warn, redact } = options;
    return new Paginated<T>(
      async function* (resolved) {
        const { fetchGate } = resolved;
        const fetch: PageFetcher = fetchGate ? (request) => fetchGate.run(() => fetchPage(request), request.signal) : fetchPage;
        for await (const page of strategy.walk(fetch, { options: resolved, errorContext, warn, redact })) {
          yield { ...page, items: page.items.map((raw, index) => mapItem(raw, index)) };
        }
      },
      {
        defaultPageSize: strategy.defaultPageSize,
        maxPageSize: strategy.maxPageSize,
        supportsStartPage: strategy.supportsStartPage,
        defaultConcurrency: options.concurrency ?? 1,
        defaultMaxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
      },
      errorContext,
    );
  }

  /** A list over records already in memory, paged like any other (handy for tests and adapters). */
  static fromArray<T>(items: readonly T[], limits: Partial<PagingLimits> = {}): Paginated<T> {
    return new Paginated<T>(
      async function* ({ pageSize, startPage, signal }) {
        const totalPages = Math.ceil(items.length / pageSize);
        for (let pageNumber = startPage; pageNumber <= totalPages; pageNumber++) {
          signal?.throwIfAborted();
          const slice = items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
          yield { items: slice, pageNumber, pageSize, totalItems: items.length, totalPages };
        }
      },
      { ...IN_MEMORY_LIMITS, ...withoutUndefined(limits) },
    );
  }

  /**
   * One list made of several, walked one after the other (Atera's agents, then its SNMP devices,
   * ...), with pages numbered on across the parts. When the walk starts, the first page of every
   * part is fetched at once (within the walk's concurrency, which all parts share), so a composed
   * list costs about as long as its longest part, not the sum of their first requests.
   *
   * It can start at any page. A part that reports its page count on its first page costs that
   * one request to skip, and is entered at the right page with at most one more; a part that does
   * not is walked page by page up to the start. Either way a page has the number a walk from
   * page 1 gives it, as long as the lists do not change in between.
   */
  static concat<T>(parts: readonly Paginated<T>[]): Paginated<T> {
    if (parts.length === 0) return Paginated.fromArray<T>([]);
    const limits: PagingLimits = {
      defaultPageSize: Math.min(...parts.map((part) => part.limits.defaultPageSize)),
      maxPageSize: Math.min(...parts.map((part) => part.limits.maxPageSize)),
      // Parts that cannot start past page 1 are walked up to the start page, so the whole list can.
      supportsStartPage: true,
      defaultConcurrency: Math.max(...parts.map((part) => part.limits.defaultConcurrency)),
      defaultMaxPages: Math.max(...parts.map((part) => part.limits.defaultMaxPages)),
    };
    const walkers = parts.map((part): PartWalker<T> => ({ supportsStartPage: part.supportsStartPage, walk: (options, startPage) => part.walk(options, startPage) }));
    return new Paginated<T>((options) => walkParts(walkers, options), limits);
  }

  /**
   * A list that needs something loaded before its walk can start (reference data to map with, a
   * record that says which list to walk). `load` runs when a walk starts, once per walk, never
   * when the list is made; it returns the list to walk, or the records themselves.
   * `limits` are those of the list `load` returns (pass that list's shape, or a similar one).
   */
  static lazy<T>(load: (signal: AbortSignal | undefined) => Promise<Paginated<T> | readonly T[]>, limits: Partial<PagingLimits> | Paginated<unknown> = {}): Paginated<T> {
    const resolvedLimits = limits instanceof Paginated ? limits.limits : { ...IN_MEMORY_LIMITS, ...withoutUndefined(limits) };
    return new Paginated<T>(async function* (options) {
      const loaded = await load(options.signal);
      const list = loaded instanceof Paginated ? loaded : Paginated.fromArray(loaded, resolvedLimits);
      yield* list.walk(options);
    }, resolvedLimits);
  }

  /** The largest page this list asks for; bigger `pageSize` values are clamped to it. */
  get maxPageSize(): number {
    return this.limits.maxPageSize;
  }

  /** Whether `byPage({ startPage })` may begin past page 1 (false for lists that follow next links). */
  get supportsStartPage(): boolean {
    return this.limits.supportsStartPage;
  }

  /** The page sizes, start-page support and prefetch concurrency this list applies by default. */
  get pagingLimits(): PagingLimits {
    return this.limits;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.byPage()) yield* page.items;
  }

  /** Walks the list page by page. */
  byPage(options: PageOptions = {}): AsyncIterable<Page<T>> {
    const resolved = this.resolve(options);
    return { [Symbol.asyncIterator]: () => this.source(resolved)[Symbol.asyncIterator]() };
  }

  /**
   * Collects the list into an array, stopping after `limit` items when one is given (the rest is
   * never fetched). Without a limit the whole list is loaded: prefer iterating for large lists.
   */
  async toArray(options: PageOptions & { readonly limit?: number | undefined } = {}): Promise<T[]> {
    const { limit, ...pageOptions } = options;
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
      throw this.invalid(`limit must be a non-negative integer, got ${String(limit)}`);
    }
    const resolved = this.resolve(pageOptions);
    const items: T[] = [];
    if (limit === 0) return items;
    for await (const page of this.source({ ...resolved, itemLimit: limit })) {
      for (const item of page.items) {
        items.push(item);
        if (items.length === limit) return items;
      }
    }
    return items;
  }

  /** The first item, fetching a single page at most. */
  async first(): Promise<T | undefined> {
    const [item] = await this.toArray({ limit: 1 });
    return item;
  }

  /**
   * The same list with other default page options (a native call's `page` and page-size
   * parameters, for instance); options given to `byPage()` or `toArray()` still win.
   */
  withDefaults(defaults: PageOptions): Paginated<T> {
    return new Paginated<T>(this.source, this.limits, this.errorContext, { ...this.defaults, ...withoutUndefined(defaults) });
  }

  /**
   * A list whose pages go through an async step (filling in names from cached reference data, for
   * instance); paging is unchanged. `transform` returns the page's new items, in order; `signal` is
   * the walk's, for any request the step makes.
   */
  mapPages<U>(transform: (items: readonly T[], page: Page<T>, signal: AbortSignal | undefined) => Promise<readonly U[]> | readonly U[]): Paginated<U> {
    return this.withPageItems((options) => (page) => transform(page.items, page, options.signal));
  }

  /** A list with each item transformed; paging is unchanged. */
  map<U>(transform: (item: T) => U): Paginated<U> {
    return this.withPageItems(() => (page) => page.items.map(transform));
  }

  /**
   * A list that yields each key once per walk. Offset-paged APIs repeat a record when another is
   * inserted before the walk's position (the rest shift by one); this drops the repeat. It keeps
   * one key per record seen, so a walk of a million records holds a million keys.
   */
  distinctBy(key: (item: T) => string): Paginated<T> {
    return this.withPageItems(() => {
      const seen = new Set<string>();
      const firstSighting = (item: T): boolean => {
        const itemKey = key(item);
        if (seen.has(itemKey)) return false;
        seen.add(itemKey);
        return true;
      };
      return (page) => page.items.filter(firstSighting);
    });
  }

  /**
   * The same list, whose every walk also stops when `signal` aborts, besides the signal given to
   * `byPage()` or `toArray()` (a neutral operation's per-call signal). Without one, the list itself.
   */
  withSignal(signal: AbortSignal | undefined): Paginated<T> {
    if (!signal) return this;
    const source = this.source;
    return new Paginated<T>(
      (options) => source({ ...options, signal: options.signal && options.signal !== signal ? AbortSignal.any([options.signal, signal]) : signal }),
      this.limits,
      this.errorContext,
      this.defaults,
    );
  }

  /**
   * The same list, whose walks fail with `transform(error, signal)` instead of `error` (`signal`
   * is the walk's): to give a bare abort reason its typed error, for instance. Paging is unchanged.
   */
  mapError(transform: (error: unknown, signal: AbortSignal | undefined) => unknown): Paginated<T> {
    const source = this.source;
    return new Paginated<T>(
      async function* (options) {
        try {
          yield* source(options);
        } catch (error) {
          throw transform(error, options.signal);
        }
      },
      this.limits,
      this.errorContext,
      this.defaults,
    );
  }

  /** A list keeping only matching items. Pages keep their numbers and may come out shorter. */
  filter(predicate: (item: T) => boolean): Paginated<T> {
    return this.withPageItems(
      () => (page) => page.items.filter(predicate),
      // A limit counts kept items, so it says nothing about how many pages the source needs.
      (options) => ({ ...options, itemLimit: undefined }),
    );
  }

  /**
   * This list with other items in each page, and the same paging (limits, defaults, error
   * context): what `map`, `mapPages`, `distinctBy` and `filter` are made of. `startWalk` runs when
   * a walk starts and answers that walk's page transform, so state it holds lasts one walk;
   * `sourceOptions` changes what this list's own walk is given.
   */
  private withPageItems<U>(
    startWalk: (options: ResolvedPageOptions) => (page: Page<T>) => Promise<readonly U[]> | readonly U[],
    sourceOptions: (options: ResolvedPageOptions) => ResolvedPageOptions = (options) => options,
  ): Paginated<U> {
    const source = this.source;
    return new Paginated<U>(
      async function* (options) {
        const itemsOf = startWalk(options);
        for await (const page of source(sourceOptions(options))) {
          const items = itemsOf(page);
          yield { ...page, items: Array.isArray(items) ? items : await items };
        }
      },
      this.limits,
      this.errorContext,
      this.defaults,
    );
  }

  /**
   * Walks this list with options resolved by another list (a composed or lazy one): page options
   * are checked and clamped against this list's own limits, the walk-wide ones (gate, item limit)
   * are kept.
   */
  private walk(outer: ResolvedPageOptions, startPage = outer.startPage): AsyncIterable<Page<T>> {
    const { pageSize, concurrency, maxPages, signal, fetchGate, itemLimit } = outer;
    const resolved = this.resolve({ pageSize, startPage, concurrency, maxPages, signal });
    return this.source({ ...resolved, fetchGate, itemLimit });
  }

  private resolve(given: PageOptions): ResolvedPageOptions {
    const { limits } = this;
    const options = { ...this.defaults, ...withoutUndefined(given) };
    const pageSize = options.pageSize ?? limits.defaultPageSize;
    const startPage = options.startPage ?? 1;
    const concurrency = options.concurrency ?? limits.defaultConcurrency;
    const maxPages = options.maxPages ?? limits.defaultMaxPages;
    const problems: string[] = [];
    if (!Number.isInteger(pageSize) || pageSize < 1) problems.push(`pageSize must be a positive integer, got ${String(pageSize)}`);
    if (!Number.isInteger(startPage) || startPage < 1) problems.push(`startPage must be a positive integer, got ${String(startPage)}`);
    if (!Number.isInteger(concurrency) || concurrency < 1) problems.push(`concurrency must be a positive integer, got ${String(concurrency)}`);
    if (!Number.isInteger(maxPages) || maxPages < 1) problems.push(`maxPages must be a positive integer, got ${String(maxPages)}`);
    if (startPage !== 1 && !limits.supportsStartPage) problems.push('startPage is not supported: this list follows next links from the first page');
    if (problems.length > 0) throw this.invalid(problems.join('; '));
    return {
      pageSize: Math.min(pageSize, limits.maxPageSize),
      startPage,
      concurrency,
      maxPages,
      signal: options.signal,
    };
  }

  private invalid(problem: string): ValidationError {
    const who = this.errorContext?.provider ? `${this.errorContext.provider} ${this.errorContext.operation ?? 'list'}: ` : '';
    return new ValidationError(`${who}${problem}.`, { ...this.errorContext, code: 'INVALID_PAGE_OPTIONS' });
  }
}

function withoutUndefined<O extends object>(options: O): O {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as O;
}

/** Walks the parts of a composed list in order, their first pages fetched up front (see `Paginated.concat`). */
/** How a composed walk reaches one of its parts. */
interface PartWalker<T> {
  readonly supportsStartPage: boolean;
  walk(options: ResolvedPageOptions, startPage: number): AsyncIterable<Page<T>>;
}

async function* walkParts<T>(parts: readonly PartWalker<T>[], options: ResolvedPageOptions): AsyncGenerator<Page<T>, void, undefined> {
  // Every part shares one gate, so the composed walk never has more than `concurrency` pages in flight.
  const shared: ResolvedPageOptions = { ...options, fetchGate: options.fetchGate ?? new ConcurrencyGate(options.concurrency) };
  // A caller who wants a few items (first(), toArray({ limit })) should not pay for every part's first page.
  const openAhead = options.itemLimit === undefined ? parts.length : 1;
  const opened: (PartWalk<T> | undefined)[] = [];
  const open = (index: number): void => {
    if (index < parts.length && opened[index] === undefined) opened[index] = new PartWalk(parts[index] as PartWalker<T>, shared);
  };
  try {
    /** Pages of the whole list before the current part. */
    let before = 0;
    for (let index = 0; index < parts.length; index++) {
      for (let ahead = index; ahead < Math.min(parts.length, index + openAhead); ahead++) open(ahead);
      const part = opened[index] as PartWalk<T>;
      before += yield* part.pages(Math.max(0, options.startPage - 1 - before), before);
      opened[index] = undefined;
    }
  } finally {
    await Promise.all(opened.map((part) => part?.close()));
  }
}

/** One part of a composed list: its walk, begun (first page requested) as soon as it is made. */
class PartWalk<T> {
  readonly #part: PartWalker<T>;
  readonly #options: ResolvedPageOptions;
  readonly #iterator: AsyncIterator<Page<T>>;
  readonly #first: Promise<IteratorResult<Page<T>>>;

  constructor(part: PartWalker<T>, options: ResolvedPageOptions) {
    this.#part = part;
    this.#options = options;
    this.#iterator = part.walk(options, 1)[Symbol.asyncIterator]();
    this.#first = this.#iterator.next();
    // Surfaced when the walk reaches this part; a walk that ends earlier must not leave it unhandled.
    this.#first.catch(() => undefined);
  }

  /**
   * Yields the part's pages after its first `skip`, numbered from `before + 1`. Returns how many
   * pages the part has, as far as it was walked or its totals say.
   */
  async *pages(skip: number, before: number): AsyncGenerator<Page<T>, number, undefined> {
    let local = 0;
    const numbered = (page: Page<T>): Page<T> => ({ items: page.items, pageNumber: before + ++local, pageSize: page.pageSize });
    const first = await this.#first;
    if (first.done) return 0;
    const total = first.value.totalPages;
    if (skip > 0 && total !== undefined && this.#part.supportsStartPage && servesPagesAsAsked(first.value)) {
      if (skip >= total) return total;
      await this.close();
      local = skip;
      for await (const page of this.#part.walk(this.#options, skip + 1)) yield numbered(page);
      return local;
    }
    const firstPage = numbered(first.value);
    if (local > skip) yield firstPage;
    for (let next = await this.#iterator.next(); !next.done; next = await this.#iterator.next()) {
      const page = numbered(next.value);
      if (local > skip) yield page;
    }
    return local;
  }

  async close(): Promise<void> {
    await this.#iterator.return?.();
  }
}

/**
 * False when the first page came back shorter than asked while the list goes on: the server uses
 * smaller pages than requested, and a walk from page 1 adapts to them in a way a later start would not.
 */
function servesPagesAsAsked(page: Page<unknown>): boolean {
  return page.items.length >= page.pageSize || (page.totalPages ?? 1) <= 1;
}
