import { Paginated } from '@psagate/core';

/**
 * A list whose items are mapped with something loaded first (the instance's statuses and
 * priorities): the load happens when the walk starts, once per walk, never at `list()` time, on
 * the walk's signal. Paging (page sizes, start pages, prefetch concurrency) is the wrapped list's.
 */
export function mapWithPrepared<Raw, Prepared, Item>(
  list: Paginated<Raw>,
  prepare: (signal: AbortSignal | undefined) => Promise<Prepared>,
  map: (raw: Raw, prepared: Prepared) => Item,
): Paginated<Item> {
  return Paginated.lazy(async (signal) => {
    const prepared = await prepare(signal);
    return list.map((item) => map(item, prepared));
  }, list);
}
