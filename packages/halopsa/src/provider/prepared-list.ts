import { Paginated } from '@psagate/core';

/**
 * A list whose items are mapped with something loaded first (the instance's statuses and
 * priorities): the load happens when the walk starts, once per walk, never at `list()` time.
 */
export function mapWithPrepared<Raw, Prepared, Item>(
  list: Paginated<Raw>,
  prepare: () => Promise<Prepared>,
  map: (raw: Raw, prepared: Prepared) => Item,
  limits: { readonly defaultPageSize: number; readonly defaultConcurrency: number },
): Paginated<Item> {
  return new Paginated<Item>(
    async function* (options) {
      const prepared = await prepare();
      for await (const page of list.byPage(options)) yield { ...page, items: page.items.map((item) => map(item, prepared)) };
    },
    { defaultPageSize: limits.defaultPageSize, maxPageSize: list.maxPageSize, supportsStartPage: list.supportsStartPage, defaultConcurrency: limits.defaultConcurrency, defaultMaxPages: 100_000 },
  );
}
