import { describe, expect, it } from 'vitest';
import { ResponseShapeError } from '../errors/error-types';
import { readCount, readItems, readString } from './response-fields';

const context = { provider: 'atera', operation: 'agents.list' };

describe('readItems', () => {
  it('returns a bare array body as the items when no field is configured', () => {
    expect(readItems([{ id: 1 }, { id: 2 }], undefined, context)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('reads the items from the named field of an envelope', () => {
    expect(readItems({ tickets: [{ id: 7 }], record_count: 1 }, 'tickets', context)).toEqual([{ id: 7 }]);
  });

  it('takes the first of several candidate fields that holds an array', () => {
    expect(readItems({ Items: [{ id: 3 }] }, ['items', 'Items'], context)).toEqual([{ id: 3 }]);
  });

  it('prefers a later candidate holding an array over an earlier one holding null', () => {
    expect(readItems({ items: null, Items: [{ id: 3 }] }, ['items', 'Items'], context)).toEqual([{ id: 3 }]);
  });

  it('treats items: null as an empty page', () => {
    expect(readItems({ items: null, totalItemCount: 0 }, 'items', context)).toEqual([]);
  });

  it('rejects an items field that is not an array, naming the expected field and the keys received', () => {
    const error = captureError(() => readItems({ items: 'nope', totalItemCount: 3 }, 'items', context));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'UNEXPECTED_LIST_SHAPE', provider: 'atera', operation: 'agents.list' });
    expect(error.message).toContain('an array in `items`');
    expect(error.message).toContain('items, totalItemCount');
  });

  it('rejects an envelope missing every candidate field, naming them all', () => {
    const error = captureError(() => readItems({ record_count: 4 }, ['tickets', 'Tickets'], context));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.message).toContain('`tickets` or `Tickets`');
  });

  it.each([
    ['null', null, 'null'],
    ['a string', 'oops', 'a string'],
    ['an array', [{ id: 1 }], 'an array'],
  ])('rejects a body that is %s when an envelope object is expected', (_label, body, received) => {
    const error = captureError(() => readItems(body, 'items', context));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.message).toContain('an object with `items`');
    expect(error.message).toContain(`received ${received}`);
  });

  it('rejects an object body when a bare array is expected', () => {
    const error = captureError(() => readItems({ items: [] }, undefined, context));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.message).toContain('expected a JSON array');
    expect(error.message).toContain('received an object');
  });

  it('uses a neutral label when the walk has no provider context', () => {
    const error = captureError(() => readItems(42, 'items', undefined));
    expect(error.message).toMatch(/^The list response: expected/);
  });
});

describe('readCount', () => {
  it('reads a non-negative integer from the first field that has one', () => {
    expect(readCount({ totalItems: 12 }, ['totalItemCount', 'totalItems'])).toBe(12);
    expect(readCount({ totalItemCount: 0, totalItems: 12 }, ['totalItemCount', 'totalItems'])).toBe(0);
  });

  it('accepts numeric strings, as header values are', () => {
    expect(readCount({ 'x-total-count': ' 340 ' }, 'x-total-count')).toBe(340);
  });

  it.each([
    ['a negative number', -1],
    ['a fraction', 2.5],
    ['an empty string', ''],
    ['a non-numeric string', 'many'],
    ['null', null],
    ['a boolean', true],
  ])('ignores %s', (_label, value) => {
    expect(readCount({ total: value }, 'total')).toBeUndefined();
  });

  it('returns undefined without fields or without an object to read', () => {
    expect(readCount({ total: 3 }, undefined)).toBeUndefined();
    expect(readCount('12', 'total')).toBeUndefined();
    expect(readCount(null, 'total')).toBeUndefined();
  });
});

describe('readString', () => {
  it('returns the first non-empty string among the fields', () => {
    expect(readString({ nextLink: '', '@odata.nextLink': '/next' }, ['nextLink', '@odata.nextLink'])).toBe('/next');
  });

  it('ignores null and non-string values', () => {
    expect(readString({ nextLink: null }, 'nextLink')).toBeUndefined();
    expect(readString({ nextLink: 5 }, 'nextLink')).toBeUndefined();
    expect(readString('text', 'nextLink')).toBeUndefined();
  });
});

function captureError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}
