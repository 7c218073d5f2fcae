import { ValidationError } from '../errors/error-types';
import type { PsaErrorContext } from '../errors/psa-error';
import type { Page, PageOptions, ResolvedPageOptions } from './page';
import type { PageFetcher } from './page-fetcher';
import type { PaginationStrategy } from './pagination-strategy';

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
        for await (const page of strategy.walk(fetchPage, { options: resolved, errorContext, warn, redact })) {
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
      {
        defaultPageSize: limits.defaultPageSize ?? 100,
        maxPageSize: limits.maxPageSize ?? 1000,
        supportsStartPage: limits.supportsStartPage ?? true,
        defaultConcurrency: limits.defaultConcurrency ?? 1,
        defaultMaxPages: limits.defaultMaxPages ?? DEFAULT_MAX_PAGES,
      },
    );
  }

  /** The largest page this list asks for; bigger `pageSize` values are clamped to it. */
  get maxPageSize(): number {
    return this.limits.maxPageSize;
  }

  /** Whether `byPage({ startPage })` may begin past page 1 (false for lists that follow next links). */
  get supportsStartPage(): boolean {
    return this.limits.supportsStartPage;
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

  /** A list with each item transformed; paging is unchanged. */
  map<U>(transform: (item: T) => U): Paginated<U> {
    const source = this.source;
    return new Paginated<U>(
      async function* (options) {
        for await (const page of source(options)) yield { ...page, items: page.items.map(transform) };
      },
      this.limits,
      this.errorContext,
      this.defaults,
    );
  }

  /**
   * A list that yields each key once per walk. Offset-paged APIs repeat a record when another is
   * inserted before the walk's position (the rest shift by one); this drops the repeat. It keeps
   * one key per record seen, so a walk of a million records holds a million keys.
   */
  distinctBy(key: (item: T) => string): Paginated<T> {
    const source = this.source;
    return new Paginated<T>(
      async function* (options) {
        const seen = new Set<string>();
        const firstSighting = (item: T): boolean => {
          const itemKey = key(item);
          if (seen.has(itemKey)) return false;
          seen.add(itemKey);
          return true;
        };
        for await (const page of source(options)) yield { ...page, items: page.items.filter(firstSighting) };
      },
      this.limits,
      this.errorContext,
      this.defaults,
    );
  }

  /** A list keeping only matching items. Pages keep their numbers and may come out shorter. */
  filter(predicate: (item: T) => boolean): Paginated<T> {
    const source = this.source;
    return new Paginated<T>(
      async function* (options) {
        // A limit counts kept items, so it says nothing about how many pages the source needs.
        for await (const page of source({ ...options, itemLimit: undefined })) yield { ...page, items: page.items.filter(predicate) };
      },
      this.limits,
      this.errorContext,
      this.defaults,
    );
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

function withoutUndefined(options: PageOptions): PageOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as PageOptions;
}
