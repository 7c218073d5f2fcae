import type { PageFetcher, PageRequest, PageResponse } from './page-fetcher';

/**
 * Test support for the pagination tests: small in-memory servers that answer page requests the
 * way the real PSAs do, and a fetcher whose answers the test releases by hand. Not exported from
 * the package.
 */

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (a zero-length macrotask, never a real delay). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export interface RecordRow {
  readonly id: number;
}

export function rows(count: number, firstId = 1): RecordRow[] {
  return Array.from({ length: count }, (_, index) => ({ id: firstId + index }));
}

export function ids(items: readonly unknown[]): number[] {
  return items.map((item) => (item as RecordRow).id);
}

/** A fetcher wrapper that records every request and how many are outstanding at once. */
export interface RecordingFetcher {
  readonly fetch: PageFetcher;
  readonly requests: PageRequest[];
  /** Page numbers requested, read from `pageParam`. */
  pages(): number[];
}

export function recording(inner: PageFetcher, pageParam = 'page'): RecordingFetcher {
  const requests: PageRequest[] = [];
  return {
    requests,
    fetch: (request) => {
      requests.push(request);
      return inner(request);
    },
    pages: () => requests.map((request) => Number(request.query[pageParam])),
  };
}

/** Atera v3 lists: `page`/`itemsInPage`, at most 50 a page, totals in the body. */
export function ateraServer(
  records: RecordRow[],
  options: { readonly maxPageSize?: number; readonly totalField?: 'totalItemCount' | 'totalItems' } = {},
): PageFetcher {
  const maxPageSize = options.maxPageSize ?? 50;
  return async ({ query }) => {
    const page = Number(query.page ?? '1');
    const size = Math.min(Number(query.itemsInPage ?? '20'), maxPageSize);
    const items = records.slice((page - 1) * size, page * size);
    const body = {
      items,
      [options.totalField ?? 'totalItemCount']: records.length,
      page,
      itemsInPage: size,
      totalPages: Math.ceil(records.length / size),
    };
    return { body, headers: { 'content-type': 'application/json' } };
  };
}

/**
 * HaloPSA lists: `page_no`/`page_size` only with `pageinate=true` (else the whole list), pages
 * capped at 100, `record_count` plus a collection key. Some lists answer at most 50 records
 * whatever size was asked for: `fixedPageSize` numbers pages by that size, `cappedPageSize`
 * numbers them by the size asked for but returns no more than the cap.
 */
export function haloServer(
  records: RecordRow[],
  options: { readonly collection?: string; readonly fixedPageSize?: number; readonly cappedPageSize?: number } = {},
): PageFetcher {
  const collection = options.collection ?? 'tickets';
  return async ({ query }) => {
    if (query.pageinate !== 'true') return { body: { record_count: records.length, [collection]: records }, headers: {} };
    const page = Number(query.page_no);
    const asked = Math.min(Number(query.page_size), 100);
    const size = options.fixedPageSize ?? asked;
    const start = (page - 1) * size;
    const served = records.slice(start, start + Math.min(size, options.cappedPageSize ?? size));
    return { body: { record_count: records.length, [collection]: served }, headers: {} };
  };
}

/** ConnectWise Automate lists: a bare array; `page`/`pageSize`; total headers only when asked to. */
export function automateServer(records: RecordRow[], options: { readonly totalHeader?: string } = {}): PageFetcher {
  return async ({ query }) => {
    const page = Number(query.page);
    const size = Number(query.pageSize);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.totalHeader) headers[options.totalHeader] = String(records.length);
    return { body: records.slice((page - 1) * size, page * size), headers };
  };
}

/** A cursor API: the first request carries the page size, every answer links to the next page. */
export function nextLinkServer(
  records: RecordRow[],
  options: { readonly via?: 'body' | 'header'; readonly sizeParam?: string } = {},
): PageFetcher {
  const sizeParam = options.sizeParam ?? 'top';
  return async ({ query, url }) => {
    const params = url ? new URL(url, 'https://psa.test').searchParams : new URLSearchParams(query);
    const offset = Number(params.get('skip') ?? '0');
    const size = Number(params.get(sizeParam));
    const items = records.slice(offset, offset + size);
    const next = offset + size < records.length ? `https://psa.test/api/items?skip=${offset + size}&${sizeParam}=${size}` : undefined;
    if (options.via === 'header') {
      return { body: { items }, headers: next ? { link: `<${next}>; rel="next"` } : {} };
    }
    return { body: { items, count: records.length, nextLink: next ?? null }, headers: {} };
  };
}

export interface PendingCall {
  readonly request: PageRequest;
  readonly page: number;
  readonly answer: Deferred<PageResponse>;
}

/**
 * A fetcher whose answers come only when the test releases them, computed by `server` at the time
 * of release, so a test decides the order in which pages resolve.
 */
export class ManualFetcher {
  readonly calls: PendingCall[] = [];
  /** Pages whose request was aborted while still unanswered. */
  readonly aborted: number[] = [];
  readonly #settled = new Set<PendingCall>();
  #outstanding = 0;
  #maxOutstanding = 0;

  constructor(
    private readonly server: PageFetcher,
    private readonly pageParam = 'page',
  ) {}

  readonly fetch: PageFetcher = (request) => {
    const page = Number(request.query[this.pageParam]);
    const answer = deferred<PageResponse>();
    const call = { request, page, answer };
    this.calls.push(call);
    this.#outstanding++;
    this.#maxOutstanding = Math.max(this.#maxOutstanding, this.#outstanding);
    const onAbort = (): void => {
      if (this.#settled.has(call)) return;
      this.#settled.add(call);
      this.aborted.push(page);
      answer.reject(request.signal.reason);
    };
    request.signal.addEventListener('abort', onAbort);
    const done = (): void => {
      this.#outstanding--;
      request.signal.removeEventListener('abort', onAbort);
    };
    answer.promise.then(done, done);
    return answer.promise;
  };

  /** The most requests that were unanswered at the same time. */
  get maxOutstanding(): number {
    return this.#maxOutstanding;
  }

  pending(): PendingCall[] {
    return this.calls.filter((call) => !this.#settled.has(call));
  }

  pagesRequested(): number[] {
    return this.calls.map((call) => call.page);
  }

  /** Answers the pending request for `page` with what the server says now. */
  async release(page: number): Promise<void> {
    const call = this.pending().find((candidate) => candidate.page === page);
    if (!call) throw new Error(`no pending request for page ${page}; pending: ${this.pending().map((c) => c.page).join(', ')}`);
    this.#settled.add(call);
    call.answer.resolve(await this.server(call.request));
  }

  /** Answers pending requests oldest first until `task` settles, and returns its outcome. */
  async releaseUntilSettled<T>(task: Promise<T>): Promise<T> {
    let finished = false;
    const watched = task.finally(() => {
      finished = true;
    });
    watched.catch(() => undefined);
    while (!finished) {
      await settle();
      const [oldest] = this.pending();
      if (oldest) await this.release(oldest.page);
    }
    return watched;
  }

  fail(page: number, error: Error): void {
    const call = this.pending().find((candidate) => candidate.page === page);
    if (!call) throw new Error(`no pending request for page ${page}`);
    this.#settled.add(call);
    call.answer.reject(error);
  }
}

/** Every value an async iterable yields before it ends or fails, and the failure if it did. */
export async function drain<T>(iterable: AsyncIterable<T>): Promise<{ values: T[]; error: unknown }> {
  const values: T[] = [];
  try {
    for await (const value of iterable) values.push(value);
    return { values, error: undefined };
  } catch (error) {
    return { values, error };
  }
}
