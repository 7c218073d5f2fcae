import { describe, expect, it } from 'vitest';
import { ResponseShapeError, ValidationError } from '../errors/error-types';
import { integerIdOf, neutralIdOf, recordIdOf } from './record-ids';

const site = { provider: 'halopsa', displayName: 'HaloPSA', operation: 'tickets.get', field: 'id' };

describe('record ids', () => {
  it('reads a neutral id of digits as the integer a PSA uses', () => {
    expect(integerIdOf(' 42 ', site)).toBe(42);
  });

  it('refuses anything else before sending, naming the field and the PSA', () => {
    for (const bad of ['abc', '4.2', '-1', '', '1e3', '../1', '9'.repeat(17), '9007199254740993']) {
      expect(() => integerIdOf(bad, site)).toThrow(ValidationError);
    }
    expect(() => integerIdOf('abc', site)).toThrow('halopsa tickets.get: id must be a HaloPSA id (digits only, such as "42"), got "abc". Nothing was sent.');
  });

  it('refuses an id larger than the PSA accepts', () => {
    expect(integerIdOf('2147483647', { ...site, maxValue: 2_147_483_647 })).toBe(2_147_483_647);
    expect(() => integerIdOf('2147483648', { ...site, maxValue: 2_147_483_647 })).toThrow('id must be a HaloPSA id of at most 2147483647');
  });

  it('turns absent ids into null, and 0 too where the PSA uses it for none', () => {
    expect([neutralIdOf(undefined), neutralIdOf(null), neutralIdOf(''), neutralIdOf(7), neutralIdOf('x-1')]).toEqual([null, null, null, '7', 'x-1']);
    expect([neutralIdOf(0), neutralIdOf(0, { zeroIsNone: true }), neutralIdOf('0', { zeroIsNone: true })]).toEqual(['0', null, null]);
  });

  it('refuses a returned record without an id as a shape error', () => {
    expect(recordIdOf(12, { provider: 'atera', record: 'ticket', field: 'TicketID' })).toBe('12');
    expect(() => recordIdOf(undefined, { provider: 'atera', displayName: 'Atera', record: 'ticket', field: 'TicketID' })).toThrow(ResponseShapeError);
  });
});
