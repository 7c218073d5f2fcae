import { describe, expect, it } from 'vitest';
import { RecordTable } from './record-table';

const table = (count: number) => new RecordTable({ count, firstId: 100, make: (index) => ({ id: 100 + index, name: `row ${String(index)}` }) });

describe('RecordTable', () => {
  it('makes seeded records from their position and lists them in id order', () => {
    const rows = table(3);
    expect(rows.ids()).toEqual([100, 101, 102]);
    expect(rows.get(101)).toEqual({ id: 101, name: 'row 1' });
    expect(rows.get(99)).toBeUndefined();
    expect(rows.get(103)).toBeUndefined();
    expect(rows.slice(1, 3).map((row) => row.id)).toEqual([101, 102]);
  });

  it('keeps written and created records, after the seeded ones', () => {
    const rows = table(2);
    rows.replace(100, { id: 100, name: 'renamed' });
    const id = rows.allocateId();
    rows.insert(id, { id, name: 'new' });
    expect(id).toBe(102);
    expect([...rows.values()].map((row) => row.name)).toEqual(['renamed', 'row 1', 'new']);
    expect(() => rows.replace(500, { id: 500, name: 'x' })).toThrow(RangeError);
  });

  it('tells an untouched seeded record\'s position, and nothing for written, created or missing ones', () => {
    const rows = table(3);
    rows.replace(101, { id: 101, name: 'written' });
    expect(rows.seededIndexOf(100)).toBe(0);
    expect(rows.seededIndexOf(101)).toBeUndefined();
    expect(rows.seededIndexOf(400)).toBeUndefined();
  });

  it('forgets deleted records, seeded or created, and never hands out their ids again', () => {
    const rows = table(2);
    const id = rows.allocateId();
    rows.insert(id, { id, name: 'new' });
    expect(rows.delete(100)).toBe(true);
    expect(rows.delete(id)).toBe(true);
    expect(rows.delete(100)).toBe(false);
    expect(rows.has(100)).toBe(false);
    expect(rows.get(id)).toBeUndefined();
    expect(rows.ids()).toEqual([101]);
    expect(rows.allocateId()).toBe(103);
  });

  it('holds 1,000,000 seeded rows as ids only', () => {
    let made = 0;
    const make = (index: number): number => {
      made++;
      return index;
    };
    const rows = new RecordTable({ count: 1_000_000, firstId: 1, make });
    expect(rows.size).toBe(1_000_000);
    expect(rows.get(1_000_000)).toBe(999_999);
    expect(made).toBe(1);
  });
});
