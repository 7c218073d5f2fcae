import { describe, expect, it } from 'vitest';
import { ObservedReferenceCache, cacheNamespaceOf } from './observed-reference-cache';
import { LruReferenceCache } from './reference-cache';

function observed(inner = new LruReferenceCache()) {
  const lookups: [string, boolean][] = [];
  const cache = new ObservedReferenceCache(inner, (namespace, hit) => lookups.push([namespace, hit]));
  return { cache, lookups, inner };
}

describe('ObservedReferenceCache', () => {
  it('reports a get as a miss until the key is set, then as a hit', () => {
    const { cache, lookups } = observed();
    expect(cache.get('customer:7')).toBeUndefined();
    cache.set('customer:7', { name: 'Acme' });
    expect(cache.get('customer:7')).toEqual({ name: 'Acme' });
    expect(lookups).toEqual([
      ['customer', false],
      ['customer', true],
    ]);
  });

  it('reports nothing while nobody observes, and lookups still answer', async () => {
    const lookups: string[] = [];
    let observing = false;
    const cache = new ObservedReferenceCache(new LruReferenceCache(), (namespace) => lookups.push(namespace), () => observing);
    cache.set('customer:7', 'Acme');
    expect(cache.get('customer:7')).toBe('Acme');
    expect(await cache.getOrLoad('statuses', async () => ['open'])).toEqual(['open']);
    expect(lookups).toEqual([]);
    observing = true;
    cache.get('customer:7');
    expect(lookups).toEqual(['customer']);
  });

  it('reports a getOrLoad that loaded as a miss and one the cache answered as a hit', async () => {
    const { cache, lookups } = observed();
    await cache.getOrLoad('customer-names', async () => ['Acme']);
    await cache.getOrLoad('customer-names', async () => ['never loaded']);
    expect(lookups).toEqual([
      ['customer-names', false],
      ['customer-names', true],
    ]);
  });

  it('counts a reader that joined a load in flight as a hit: it sent no request', async () => {
    const { cache, lookups } = observed();
    let loads = 0;
    const load = async () => ++loads;
    await Promise.all([cache.getOrLoad('statuses', load), cache.getOrLoad('statuses', load)]);
    expect(loads).toBe(1);
    expect(lookups.map(([, hit]) => hit).sort()).toEqual([false, true]);
  });

  it('reports a failed load as a miss and still rejects with its error', async () => {
    const { cache, lookups } = observed();
    await expect(cache.getOrLoad('statuses', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(lookups).toEqual([['statuses', false]]);
  });

  it('reports lookups made through a scoped view, named after the key and not the scope', async () => {
    const { cache, lookups } = observed();
    const view = cache.scoped('halopsa');
    await view.getOrLoad('clients.list?search=acme', async () => [1]);
    expect(view.get('clients.list?search=acme')).toEqual([1]);
    expect(lookups).toEqual([
      ['clients.list', false],
      ['clients.list', true],
    ]);
  });

  it('reports nothing while the cache is turned off', async () => {
    const { cache, lookups } = observed(new LruReferenceCache({ enabled: false }));
    await cache.getOrLoad('customer:1', async () => 1);
    cache.get('customer:1');
    expect(lookups).toEqual([]);
  });

  it('passes writes and invalidations through', () => {
    const { cache, inner } = observed();
    cache.set('customer:1', 'a', { tags: ['customers'] });
    cache.set('customer:2', 'b');
    cache.invalidateTag('customers');
    expect(inner.get('customer:1')).toBeUndefined();
    cache.delete('customer:2');
    expect(inner.get('customer:2')).toBeUndefined();
  });

  it('keeps serving when the listener throws', () => {
    const cache = new ObservedReferenceCache(new LruReferenceCache(), () => {
      throw new Error('broken listener');
    });
    cache.set('customer:1', 'a');
    expect(cache.get('customer:1')).toBe('a');
  });
});

describe('cacheNamespaceOf', () => {
  it.each([
    ['customer:42', 'customer'],
    ['customer-names', 'customer-names'],
    ['clients.list?search=secret&page=1', 'clients.list'],
    ['atera:uuid\u0000customer:42', 'customer'],
    ['', ''],
  ])('names %j as %j', (key, namespace) => {
    expect(cacheNamespaceOf(key)).toBe(namespace);
  });
});
