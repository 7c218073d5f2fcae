import { describe, expect, it } from 'vitest';
import { recordsOf, savedRecordsOf, singleRecordOf } from './response-shapes';

const context = { provider: 'halopsa', operation: 'tickets.create', method: 'POST', path: '/api/Tickets' };

describe('reading the shapes Halo answers in', () => {
  it('reads a saved record as a bare object, an array, or wrapped under the resource key', () => {
    expect(savedRecordsOf({ id: 1 }, 'tickets', context)).toEqual([{ id: 1 }]);
    expect(savedRecordsOf([{ id: 1 }, { id: 2 }], 'tickets', context)).toHaveLength(2);
    expect(savedRecordsOf({ tickets: [{ id: 3 }] }, 'tickets', context)).toEqual([{ id: 3 }]);
    expect(savedRecordsOf({ tickets: { id: 4 } }, 'tickets', context)).toEqual([{ id: 4 }]);
  });

  it('reads one record bare or wrapped', () => {
    expect(singleRecordOf({ id: 1, summary: 'x' }, 'tickets', context)).toEqual({ id: 1, summary: 'x' });
    expect(singleRecordOf({ tickets: [{ id: 2 }] }, 'tickets', context)).toEqual({ id: 2 });
  });

  it('reads an unpaged list as a bare array or an envelope', () => {
    expect(recordsOf([{ id: 1 }], 'statuses', context)).toHaveLength(1);
    expect(recordsOf({ record_count: 1, statuses: [{ id: 1 }] }, 'statuses', context)).toHaveLength(1);
    expect(recordsOf({ record_count: 0, statuses: null }, 'statuses', context)).toEqual([]);
  });

  it('fails with ResponseShapeError naming what came instead, never the values', () => {
    for (const read of [() => savedRecordsOf('Saved!', 'tickets', context), () => recordsOf({ rows: [] }, 'statuses', context), () => singleRecordOf(undefined, 'tickets', context)]) {
      expect(read).toThrow(expect.objectContaining({ kind: 'response_shape' }));
    }
    expect(() => recordsOf({ secretish: 'value-123' }, 'statuses', context)).toThrow(expect.objectContaining({ message: expect.not.stringContaining('value-123') }));
  });
});
