import { describe, expect, it } from 'vitest';
import type { SandboxRecordList } from './operation-handler';
import { pageEnvelope, readPaging } from './paging';

function listOf(total: number): SandboxRecordList & { slices: [number, number][] } {
  const slices: [number, number][] = [];
  return {
    total,
    slices,
    slice(start, end) {
      slices.push([start, end]);
      return Array.from({ length: end - start }, (_, index) => ({ id: start + index + 1 }));
    },
  };
}

describe('readPaging', () => {
  it('defaults to page 1 of 20', () => {
    expect(readPaging(new URLSearchParams())).toEqual({ ok: true, paging: { page: 1, itemsInPage: 20 } });
  });

  it('clamps itemsInPage to 1..50 and page to at least 1', () => {
    expect(readPaging(new URLSearchParams('page=3&itemsInPage=500'))).toEqual({ ok: true, paging: { page: 3, itemsInPage: 50 } });
    expect(readPaging(new URLSearchParams('page=0&itemsInPage=0'))).toEqual({ ok: true, paging: { page: 1, itemsInPage: 1 } });
  });

  it('refuses values that are not numbers', () => {
    expect(readPaging(new URLSearchParams('page=two'))).toEqual({ ok: false, value: 'two' });
    expect(readPaging(new URLSearchParams('itemsInPage=1e2'))).toEqual({ ok: false, value: '1e2' });
  });
});

describe('pageEnvelope', () => {
  const url = new URL('https://app.atera.com/api/v3/tickets?customerId=4&page=2&itemsInPage=2');

  it("wraps one page in Atera's envelope with absolute links that keep other query parameters", () => {
    const list = listOf(5);
    expect(pageEnvelope(list, { page: 2, itemsInPage: 2 }, url, 'totalItemCount')).toEqual({
      items: [{ id: 3 }, { id: 4 }],
      totalItemCount: 5,
      page: 2,
      itemsInPage: 2,
      totalPages: 3,
      prevLink: 'https://app.atera.com/api/v3/tickets?customerId=4&page=1&itemsInPage=2',
      nextLink: 'https://app.atera.com/api/v3/tickets?customerId=4&page=3&itemsInPage=2',
    });
    expect(list.slices).toEqual([[2, 4]]);
  });

  it('has no links at the ends and a short last page', () => {
    const first = pageEnvelope(listOf(3), { page: 1, itemsInPage: 2 }, url, 'totalItemCount');
    expect(first.prevLink).toBeNull();
    const last = pageEnvelope(listOf(3), { page: 2, itemsInPage: 2 }, url, 'totalItemCount');
    expect(last).toMatchObject({ items: [{ id: 3 }], nextLink: null });
  });

  it('answers an empty page past the end without reading records', () => {
    const list = listOf(3);
    expect(pageEnvelope(list, { page: 9, itemsInPage: 2 }, url, 'totalItemCount')).toMatchObject({ items: [], totalPages: 2, nextLink: null });
    expect(list.slices).toEqual([]);
    expect(pageEnvelope(listOf(0), { page: 1, itemsInPage: 20 }, url, 'totalItemCount')).toMatchObject({ items: [], totalPages: 0, prevLink: null, nextLink: null });
  });

  it('names the total totalItems for older deployments', () => {
    const envelope = pageEnvelope(listOf(3), { page: 1, itemsInPage: 20 }, url, 'totalItems');
    expect(envelope.totalItems).toBe(3);
    expect(envelope).not.toHaveProperty('totalItemCount');
  });
});
