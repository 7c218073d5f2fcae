import { isPsaError } from '@psagate/core';
import { integerIdOf, neutralIdOf, recordIdOf } from '@psagate/core/provider';
import { describe, expect, it } from 'vitest';
import { formatDeviceId, parseDeviceId } from './device-ids';
import { ATERA_ID_SITE, ATERA_LINK } from './id-sites';

const context = { ...ATERA_ID_SITE, operation: 'tickets.get', field: 'id' };

/** Atera's ids through core's id helpers, as the mapping and the adapters use them. */
describe('Atera ids', () => {
  it('turns digit strings into integers', () => {
    expect(integerIdOf('42', context)).toBe(42);
    expect(integerIdOf(' 7 ', context)).toBe(7);
  });

  it.each(['abc', '4.2', '-1', '12abc', '', '1234567890123456789'])('refuses %j with a ValidationError that names the operation and field', (value) => {
    let failure: unknown;
    try {
      integerIdOf(value, context);
    } catch (error) {
      failure = error;
    }
    expect(isPsaError(failure, 'validation')).toBe(true);
    expect((failure as Error).message).toMatch(/^atera tickets\.get: id must be an Atera id/);
  });

  it('reads missing and zero ids as null', () => {
    expect(neutralIdOf(null, ATERA_LINK)).toBeNull();
    expect(neutralIdOf(undefined, ATERA_LINK)).toBeNull();
    expect(neutralIdOf(0, ATERA_LINK)).toBeNull();
    expect(neutralIdOf(12, ATERA_LINK)).toBe('12');
  });

  it('fails with a response-shape error for a record without its id', () => {
    const site = { ...ATERA_ID_SITE, record: 'ticket', field: 'TicketID' };
    expect(recordIdOf(5, site)).toBe('5');
    expect(() => recordIdOf(null, site)).toThrow(expect.objectContaining({ kind: 'response_shape' }));
  });
});

describe('device ids', () => {
  it('keep agents as their AgentID and prefix monitored devices with their kind', () => {
    expect(formatDeviceId('agent', 42)).toBe('42');
    expect(formatDeviceId('snmp', 7)).toBe('snmp:7');
    expect(formatDeviceId('generic', 9)).toBe('generic:9');
  });

  it.each([
    ['42', { kind: 'agent', id: 42 }],
    ['snmp:7', { kind: 'snmp', id: 7 }],
    ['HTTP:8', { kind: 'http', id: 8 }],
    ['tcp:9', { kind: 'tcp', id: 9 }],
    ['generic:10', { kind: 'generic', id: 10 }],
  ])('parse %j', (value, ref) => {
    expect(parseDeviceId(value)).toEqual(ref);
  });

  it.each(['abc', 'printer:1', 'snmp:', 'snmp:x', 'agent:1'])('refuse %j before anything is sent', (value) => {
    expect(() => parseDeviceId(value)).toThrow(expect.objectContaining({ kind: 'validation', code: 'INVALID_ID' }));
  });
});
