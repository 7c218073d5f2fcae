import { LRUCache } from 'lru-cache';
import { type Clock, abortReason } from '../time/clock';

export interface CacheEntryOptions {
  /** Groups to invalidate together, e.g. `customers` or `custom-fields`. */
  readonly tags?: readonly string[] | undefined;
  /** Overrides the cache's TTL for this entry. */
  readonly ttlMs?: number | undefined;
}

/** How `getOrLoad` stores what it loads, and until when the caller waits for it. */
export interface LoadOptions extends CacheEntryOptions {
  /**
   * Stops this caller's wait: it rejects with the signal's reason (at once when already aborted,
   * even for a cached value). The load itself is aborted only when every caller waiting for it has
   * gone, so one caller's abort never fails another's lookup.
   */
  readonly signal?: AbortSignal | undefined;
}

/** A loader of `getOrLoad`: it should stop (and reject) when `signal` aborts, sending nothing more. */
export type CacheLoader<T> = (signal: AbortSignal) => Promise<T>;

/**
 * A TTL cache for reference data (customers, statuses, custom field definitions): values that are
 * read often and change rarely. Writes invalidate what they touch by tag.
 */
export interface ReferenceCache {
  readonly enabled: boolean;
  get<T>(key: string): T | undefined;
  set<T>(key: string, value: T, options?: CacheEntryOptions): void;
  /**
   * The cached value, or the loader's result (cached); concurrent loads of one key share one call,
   * which is aborted once every caller waiting for it has aborted (see `LoadOptions.signal`).
   */
  getOrLoad<T>(key: string, load: CacheLoader<T>, options?: LoadOptions): Promise<T>;
  delete(key: string): void;
  invalidateTag(tag: string): void;
  clear(): void;
  /**
   * A view whose keys and tags live under `namespace`, so clients sharing one cache never collide.
   * The view can be turned off or given its own default TTL.
   */
  scoped(namespace: string, options?: ScopeOptions): ReferenceCache;
}

export interface ReferenceCacheOptions {
  /** Turn the cache off entirely: every read goes to the server. Default true. */
  readonly enabled?: boolean | undefined;
  /** Default time to live (default 5 minutes). */
  readonly ttlMs?: number | undefined;
  /** Most entries kept, least recently used dropped first (default 5,000). */
  readonly maxEntries?: number | undefined;
  readonly clock?: Clock | undefined;
}

export interface ScopeOptions {
  readonly enabled?: boolean | undefined;
  readonly ttlMs?: number | undefined;
}

/** Counters of one LruReferenceCache since it was built (all its scoped views together). */
export interface ReferenceCacheStats {
  /** Lookups the cache answered (a lookup that joined a load in flight counts). */
  readonly hits: number;
  /** Lookups that had to load (or, for `get`, found nothing). */
  readonly misses: number;
  /** Entries held now (expired ones not yet dropped included). */
  readonly size: number;
  readonly maxEntries: number;
  /** Loads in flight. */
  readonly loading: number;
}

interface Stored {
  readonly value: unknown;
  readonly tags: readonly string[];
}

/** A load in flight, and how many callers wait for it. */
interface Loading {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

/** The ReferenceCache on lru-cache. */
export class LruReferenceCache implements ReferenceCache {
  readonly enabled: boolean;
  readonly #lru: LRUCache<string, Stored>;
  readonly #loading = new Map<string, Loading>();
  readonly #ttlMs: number;
  #hits = 0;
  #misses = 0;

  constructor(options: ReferenceCacheOptions = {}) {
    this.enabled = options.enabled ?? true;
    this.#ttlMs = options.ttlMs ?? 300_000;
    const clock = options.clock;
    this.#lru = new LRUCache<string, Stored>({
      max: options.maxEntries ?? 5_000,
      ttl: this.#ttlMs,
      ttlAutopurge: false,
      // Read the clock on every check: lru-cache otherwise memoises it on a real timer.
      ttlResolution: 0,
      // lru-cache reads time through `perf.now()`; route it to the injected clock so tests stay virtual.
      ...(clock ? { perf: { now: () => clock.now() } } : {}),
    });
  }

  get<T>(key: string): T | undefined {
    if (!this.enabled) return undefined;
    const stored = this.#lru.get(key);
    this.#count(stored !== undefined);
    return stored?.value as T | undefined;
  }

  set<T>(key: string, value: T, options: CacheEntryOptions = {}): void {
    if (!this.enabled) return;
    this.#lru.set(key, { value, tags: options.tags ?? [] }, { ttl: options.ttlMs ?? this.#ttlMs });
  }

  async getOrLoad<T>(key: string, load: CacheLoader<T>, options: LoadOptions = {}): Promise<T> {
    const { signal } = options;
    if (signal?.aborted) throw abortReason(signal);
    if (!this.enabled) return load(signal ?? new AbortController().signal);
    const cached = this.#lru.get(key);
    const pending = cached ? undefined : this.#loading.get(key);
    this.#count(cached !== undefined || pending !== undefined);
    if (cached) return cached.value as T;
    const loading = pending ?? this.#startLoad(key, load, options);
    loading.waiters++;
    try {
      return (await untilAborted(loading.promise, signal)) as T;
    } finally {
      loading.waiters--;
      if (loading.waiters === 0 && !loading.settled) {
        // Every caller gave up: stop the load, and let the next lookup start afresh.
        loading.controller.abort(abortReason(signal));
        if (this.#loading.get(key) === loading) this.#loading.delete(key);
      }
    }
  }

  #startLoad<T>(key: string, load: CacheLoader<T>, options: CacheEntryOptions): Loading {
    const controller = new AbortController();
    const loading: Loading = {
      controller,
      waiters: 0,
      settled: false,
      promise: load(controller.signal).then(
        (value) => {
          loading.settled = true;
          if (this.#loading.get(key) === loading) {
            this.#loading.delete(key);
            this.set(key, value, options);
          }
          return value;
        },
        (error: unknown) => {
          loading.settled = true;
          if (this.#loading.get(key) === loading) this.#loading.delete(key);
          throw error;
        },
      ),
    };
    // Every waiter may have gone by the time it fails: nobody is left to see the rejection.
    loading.promise.catch(() => undefined);
    this.#loading.set(key, loading);
    return loading;
  }

  delete(key: string): void {
    this.#lru.delete(key);
    this.#loading.delete(key);
  }

  invalidateTag(tag: string): void {
    for (const [key, stored] of this.#lru.entries()) if (stored.tags.includes(tag)) this.#lru.delete(key);
    // A load that started before the write could store stale data: forget it (callers still get their value).
    this.#loading.clear();
  }

  clear(): void {
    this.#lru.clear();
    this.#loading.clear();
  }

  scoped(namespace: string, options: ScopeOptions = {}): ReferenceCache {
    return new ScopedReferenceCache(this, namespace, options);
  }

  /** Cheap counters for dashboards; per-gateway counts come from the gateway's `cache` events. */
  stats(): ReferenceCacheStats {
    return { hits: this.#hits, misses: this.#misses, size: this.#lru.size, maxEntries: this.#lru.max, loading: this.#loading.size };
  }

  #count(hit: boolean): void {
    if (hit) this.#hits++;
    else this.#misses++;
  }
}

/** A namespaced view of another cache (see `ReferenceCache.scoped`). */
export class ScopedReferenceCache implements ReferenceCache {
  constructor(
    private readonly parent: ReferenceCache,
    private readonly namespace: string,
    private readonly settings: ScopeOptions,
  ) {}

  get enabled(): boolean {
    return this.parent.enabled && this.settings.enabled !== false;
  }

  get<T>(key: string): T | undefined {
    return this.enabled ? this.parent.get<T>(this.#key(key)) : undefined;
  }

  set<T>(key: string, value: T, options: CacheEntryOptions = {}): void {
    if (this.enabled) this.parent.set(this.#key(key), value, this.#options(options));
  }

  getOrLoad<T>(key: string, load: CacheLoader<T>, options: LoadOptions = {}): Promise<T> {
    if (this.enabled) return this.parent.getOrLoad(this.#key(key), load, { ...this.#options(options), signal: options.signal });
    // Off: straight to the loader, with the caller's signal (which has already fired or may yet).
    if (options.signal?.aborted) return Promise.reject(abortReason(options.signal));
    return load(options.signal ?? new AbortController().signal);
  }

  delete(key: string): void {
    this.parent.delete(this.#key(key));
  }

  invalidateTag(tag: string): void {
    this.parent.invalidateTag(this.#key(tag));
  }

  /** Clears this namespace only. */
  clear(): void {
    this.parent.invalidateTag(this.#key('*'));
  }

  scoped(namespace: string, options: ScopeOptions = {}): ReferenceCache {
    return new ScopedReferenceCache(this, namespace, options);
  }

  #key(key: string): string {
    return `${this.namespace}\u0000${key}`;
  }

  #options(options: CacheEntryOptions): CacheEntryOptions {
    return {
      ttlMs: options.ttlMs ?? this.settings.ttlMs,
      tags: [...(options.tags ?? []).map((tag) => this.#key(tag)), this.#key('*')],
    };
  }
}

/** `work`, or the signal's reason as soon as it aborts (the work goes on for its other callers). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
