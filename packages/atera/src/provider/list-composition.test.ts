import { Paginated } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { concatLists, mapPages } from './list-composition';

describe('concatLists', () => {
  it('walks the parts in order and numbers pages on across them', async () => {
    const list = concatLists([() => Paginated.fromArray([1, 2, 3]), () => Paginated.fromArray<number>([]), () => Paginated.fromArray([4, 5])]);
    const pages: [number, readonly number[]][] = [];
    for await (const page of list.byPage({ pageSize: 2 })) pages.push([page.pageNumber, page.items]);
    expect(pages).toEqual([
      [1, [1, 2]],
      [2, [3]],
      [3, [4, 5]],
    ]);
    expect(await list.toArray()).toEqual([1, 2, 3, 4, 5]);
  });

  it('opens a part only when the walk reaches it', async () => {
    const opened: string[] = [];
    const list = concatLists([
      () => (opened.push('first'), Paginated.fromArray(['a', 'b'])),
      () => (opened.push('second'), Paginated.fromArray(['c'])),
    ]);
    expect(await list.toArray({ limit: 1 })).toEqual(['a']);
    expect(opened).toEqual(['first']);
  });

  it('is empty without parts', async () => {
    expect(await concatLists<number>([]).toArray()).toEqual([]);
  });
});

describe('mapPages', () => {
  it('runs an async step on each page, keeping the paging', async () => {
    const list = mapPages(Paginated.fromArray([1, 2, 3]), async (items) => items.map((item) => item * 10));
    const pages: [number, readonly number[]][] = [];
    for await (const page of list.byPage({ pageSize: 2 })) pages.push([page.pageNumber, page.items]);
    expect(pages).toEqual([
      [1, [10, 20]],
      [2, [30]],
    ]);
  });
});
