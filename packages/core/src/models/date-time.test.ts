import { describe, expect, it } from 'vitest';
import { parseIsoDateTime, toIsoDateTime } from './date-time';

describe('toIsoDateTime', () => {
  it.each([
    ['2026-01-31T09:30:00Z', '2026-01-31T09:30:00.000Z'],
    ['2026-01-31T09:30:00+02:00', '2026-01-31T07:30:00.000Z'],
    ['2026-01-31T09:30:00.1234567', '2026-01-31T09:30:00.123Z'],
    ['2026-01-31T09:30:00', '2026-01-31T09:30:00.000Z'],
    ['2026-01-31 09:30:00', '2026-01-31T09:30:00.000Z'],
    ['2026-01-31', '2026-01-31T00:00:00.000Z'],
  ])('reads %s as %s, treating a missing offset as UTC', (input, expected) => {
    expect(toIsoDateTime(input)).toBe(expected);
  });

  it.each([['0001-01-01T00:00:00'], ['1900-01-01T00:00:00'], ['1900-01-01']])('turns the placeholder date %s into null', (input) => {
    expect(toIsoDateTime(input)).toBeNull();
  });

  it.each([[null], [undefined], [''], ['  '], ['yesterday'], ['2026-02-30'], ['2026-13-01'], [Number.NaN], [{}]])(
    'turns %s into null instead of an invalid date',
    (input) => {
      expect(toIsoDateTime(input)).toBeNull();
    },
  );

  it('accepts Dates and epoch milliseconds', () => {
    expect(toIsoDateTime(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02T00:00:00.000Z');
    expect(toIsoDateTime(Date.UTC(2026, 0, 2, 3))).toBe('2026-01-02T03:00:00.000Z');
  });
});

describe('parseIsoDateTime', () => {
  it('refuses times that do not exist', () => {
    expect(parseIsoDateTime('2026-01-01T24:00:00Z')).toBeUndefined();
    expect(parseIsoDateTime('2026-01-01T10:60:00Z')).toBeUndefined();
  });
});
