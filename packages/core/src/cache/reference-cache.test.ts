import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import { LruReferenceCache } from './reference-cache';

describe('LruReferenceCache', () => {
  it('returns a value until its time to live runs out', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const cache = new LruReferenceCache({ ttlMs: 1_000, clock });
    cache.set('status:1', 'Open');
    await clock.advance(999);
    expect(cache.get('status:1')).toBe('Open');
    await clock.advance(2);
    expect(cache.get('status:1')).toBeUndefined();
  });

  it('shares one load between concurrent readers of the same key', async () => {
    const cache = new LruReferenceCache();
    let loads = 0;
    const load = async () => {
      loads++;
      return { id: '1' };
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => cache.getOrLoad('customer:1', load)));
    expect(loads).toBe(1);
    expect(new Set(results).size).toBe(1);
    await cache.getOrLoad('customer:1', load);
    expect(loads).toBe(1);
  });

  it('hands the loader a signal, and stops one caller\'s wait when its signal aborts while the others still get the value', async () => {
    const cache = new LruReferenceCache();
    let release: (value: string) => void = () => undefined;
    let loaderSignal: AbortSignal | undefined;
    const load = (signal: AbortSignal) => {
      loaderSignal = signal;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const leaving = new AbortController();
    const first = cache.getOrLoad('names', load, { signal: leaving.signal });
    const second = cache.getOrLoad('names', load);
    leaving.abort(new Error('caller hung up'));
    await expect(first).rejects.toThrow('caller hung up');
    expect(loaderSignal?.aborted).toBe(false);
    release('loaded');
    expect(await second).toBe('loaded');
    expect(cache.get('names')).toBe('loaded');
  });

  it('aborts the load once every caller waiting for it has aborted, and starts afresh on the next lookup', async () => {
    const cache = new LruReferenceCache();
    const signals: AbortSignal[] = [];
    const load = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason));
        if (signals.length > 1) resolve('second load');
      });
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = cache.getOrLoad('names', load, { signal: a.signal });
    const second = cache.getOrLoad('names', load, { signal: b.signal });
    a.abort(new Error('a left'));
    await expect(first).rejects.toThrow('a left');
    expect(signals[0]?.aborted).toBe(false);
    b.abort(new Error('b left'));
    await expect(second).rejects.toThrow('b left');
    expect(signals[0]?.aborted).toBe(true);
    expect(await cache.getOrLoad('names', load)).toBe('second load');
    expect(signals).toHaveLength(2);
  });

  it('turns down a lookup whose signal is already aborted, cached value or not, without loading', async () => {
    const cache = new LruReferenceCache();
    cache.set('cached', 'value');
    let loads = 0;
    const load = async () => {
      loads++;
      return 'x';
    };
    const aborted = AbortSignal.abort(new Error('too late'));
    await expect(cache.getOrLoad('cached', load, { signal: aborted })).rejects.toThrow('too late');
    await expect(cache.getOrLoad('missing', load, { signal: aborted })).rejects.toThrow('too late');
    await expect(cache.scoped('view').getOrLoad('missing', load, { signal: aborted })).rejects.toThrow('too late');
    await expect(new LruReferenceCache({ enabled: false }).getOrLoad('missing', load, { signal: aborted })).rejects.toThrow('too late');
    expect(loads).toBe(0);
  });

  it('does not cache a failed load', async () => {
    const cache = new LruReferenceCache();
    await expect(cache.getOrLoad('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.getOrLoad('k', async () => 'ok')).toBe('ok');
  });

  it('invalidates every entry carrying a tag, and only those', () => {
    const cache = new LruReferenceCache();
    cache.set('customer:1', 'a', { tags: ['customers'] });
    cache.set('customer:2', 'b', { tags: ['customers'] });
    cache.set('field:1', 'c', { tags: ['custom-fields'] });
    cache.invalidateTag('customers');
    expect(cache.get('customer:1')).toBeUndefined();
    expect(cache.get('customer:2')).toBeUndefined();
    expect(cache.get('field:1')).toBe('c');
  });

  it('does not store a load that a write invalidated while it was in flight', async () => {
    const cache = new LruReferenceCache();
    let release: (value: string) => void = () => undefined;
    const pending = cache.getOrLoad('customer:1', () => new Promise<string>((resolve) => (release = resolve)), { tags: ['customers'] });
    cache.invalidateTag('customers');
    release('stale');
    expect(await pending).toBe('stale');
    expect(cache.get('customer:1')).toBeUndefined();
  });

  it('does nothing when disabled: every read goes to the loader', async () => {
    const cache = new LruReferenceCache({ enabled: false });
    cache.set('k', 1);
    expect(cache.get('k')).toBeUndefined();
    let loads = 0;
    await cache.getOrLoad('k', async () => ++loads);
    await cache.getOrLoad('k', async () => ++loads);
    expect(loads).toBe(2);
  });

  it('evicts the least recently used entry beyond its size', () => {
    const cache = new LruReferenceCache({ maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
  });

  describe('scoped views', () => {
    it('keep namespaces apart in one cache', () => {
      const cache = new LruReferenceCache();
      const tenantA = cache.scoped('atera:a');
      const tenantB = cache.scoped('atera:b');
      tenantA.set('customer:1', 'Acme');
      expect(tenantB.get('customer:1')).toBeUndefined();
      expect(tenantA.get('customer:1')).toBe('Acme');
    });

    it('invalidate tags and clear within their own namespace only', () => {
      const cache = new LruReferenceCache();
      const tenantA = cache.scoped('a');
      const tenantB = cache.scoped('b');
      tenantA.set('customer:1', 'A1', { tags: ['customers'] });
      tenantB.set('customer:1', 'B1', { tags: ['customers'] });
      tenantA.invalidateTag('customers');
      expect(tenantA.get('customer:1')).toBeUndefined();
      expect(tenantB.get('customer:1')).toBe('B1');
      tenantB.set('status:1', 'Open');
      tenantB.clear();
      expect(tenantB.get('status:1')).toBeUndefined();
    });

    it('can be turned off or given their own time to live', async () => {
      const clock = new FakeClock({ autoAdvance: false });
      const cache = new LruReferenceCache({ ttlMs: 60_000, clock });
      const off = cache.scoped('off', { enabled: false });
      off.set('k', 1);
      expect(off.enabled).toBe(false);
      expect(off.get('k')).toBeUndefined();
      const short = cache.scoped('short', { ttlMs: 10 });
      short.set('k', 1);
      await clock.advance(11);
      expect(short.get('k')).toBeUndefined();
    });
  });
});

describe('LruReferenceCache.stats', () => {
  it('counts hits, misses, entries and loads in flight across its scoped views', async () => {
    const cache = new LruReferenceCache({ maxEntries: 10 });
    const view = cache.scoped('atera');
    expect(view.get('customer:1')).toBeUndefined();
    await view.getOrLoad('customer:1', async () => 'Acme');
    expect(view.get('customer:1')).toBe('Acme');
    await view.getOrLoad('customer:1', async () => 'never');
    let release: (value: string) => void = () => undefined;
    const pending = cache.getOrLoad('statuses', () => new Promise<string>((resolve) => (release = resolve)));
    expect(cache.stats()).toEqual({ hits: 2, misses: 3, size: 1, maxEntries: 10, loading: 1 });
    release('Open');
    await pending;
    expect(cache.stats()).toMatchObject({ size: 2, loading: 0 });
  });

  it('counts nothing while turned off', async () => {
    const cache = new LruReferenceCache({ enabled: false });
    await cache.getOrLoad('customer:1', async () => 1);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0, size: 0 });
  });
});
