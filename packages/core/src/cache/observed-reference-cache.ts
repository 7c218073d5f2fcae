import { abortReason } from '../time/clock';
import { type CacheEntryOptions, type CacheLoader, type LoadOptions, type ReferenceCache, type ScopeOptions, ScopedReferenceCache } from './reference-cache';

/** Hears each lookup: the kind of entry (see `cacheNamespaceOf`) and whether the cache answered it. */
export type CacheLookupListener = (namespace: string, hit: boolean) => void;

/**
 * A cache that reports every lookup (`get`, `getOrLoad`) while it is enabled; writes and
 * invalidations pass straight through. The gateway wraps its own view of the shared cache in one,
 * so hits and misses are counted per gateway even when gateways share the container's cache.
 * A lookup that joined another's load in flight counts as a hit: it sent no request of its own.
 */
export class ObservedReferenceCache implements ReferenceCache {
  readonly #inner: ReferenceCache;
  readonly #onLookup: CacheLookupListener;
  readonly #isObserved: () => boolean;

  /** `isObserved` lets lookups skip working out the namespace while nobody listens. */
  constructor(inner: ReferenceCache, onLookup: CacheLookupListener, isObserved: () => boolean = () => true) {
    this.#inner = inner;
    this.#onLookup = onLookup;
    this.#isObserved = isObserved;
  }

  get enabled(): boolean {
    return this.#inner.enabled;
  }

  get<T>(key: string): T | undefined {
    const value = this.#inner.get<T>(key);
    this.#report(key, value !== undefined);
    return value;
  }

  set<T>(key: string, value: T, options?: CacheEntryOptions): void {
    this.#inner.set(key, value, options);
  }

  async getOrLoad<T>(key: string, load: CacheLoader<T>, options?: LoadOptions): Promise<T> {
    // Turned down before any lookup: neither a hit nor a miss.
    if (options?.signal?.aborted) throw abortReason(options.signal);
    let loaded = false;
    try {
      return await this.#inner.getOrLoad(
        key,
        (signal) => {
          loaded = true;
          return load(signal);
        },
        options,
      );
    } finally {
      this.#report(key, !loaded);
    }
  }

  delete(key: string): void {
    this.#inner.delete(key);
  }

  invalidateTag(tag: string): void {
    this.#inner.invalidateTag(tag);
  }

  clear(): void {
    this.#inner.clear();
  }

  scoped(namespace: string, options: ScopeOptions = {}): ReferenceCache {
    // Over this view, not the inner one, so lookups through the sub-scope are reported too.
    return new ScopedReferenceCache(this, namespace, options);
  }

  #report(key: string, hit: boolean): void {
    if (!this.#inner.enabled || !this.#isObserved()) return;
    try {
      this.#onLookup(cacheNamespaceOf(key), hit);
    } catch {
      // Observing must never break the lookup it observes.
    }
  }
}

/**
 * The kind of entry a key names, safe to use as a metric label: the key without the prefixes of
 * scoped views, up to its first `:` or `?` (`customer:42` → `customer`, `clients.list?x=1` →
 * `clients.list`). Ids and query text stay out.
 */
export function cacheNamespaceOf(key: string): string {
  const unscoped = key.slice(key.lastIndexOf('\u0000') + 1);
  return unscoped.split(/[:?]/, 1)[0] ?? '';
}
