import { isPsaError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { ateraIntegerId, neutralId, recordId } from './atera-ids';
import { formatDeviceId, parseDeviceId } from './device-ids';

const context = { operation: 'tickets.get', field: 'id' };

describe('Atera ids', () => {
  it('turns digit strings into integers', () => {
    expect(ateraIntegerId('42', context)).toBe(42);
    expect(ateraIntegerId(' 7 ', context)).toBe(7);
  });

  it.each(['abc', '4.2', '-1', '12abc', '', '1234567890123456789'])('refuses %j with a ValidationError that names the operation and field', (value) => {
    let failure: unknown;
    try {
      ateraIntegerId(value, context);
    } catch (error) {
      failure = error;
    }
    expect(isPsaError(failure, 'validation')).toBe(true);
    expect((failure as Error).message).toContain('atera tickets.get: id must be an Atera id');
  });

  it('reads missing and zero ids as null', () => {
    expect(neutralId(null)).toBeNull();
    expect(neutralId(undefined)).toBeNull();
    expect(neutralId(0)).toBeNull();
    expect(neutralId(12)).toBe('12');
  });

  it('fails with a response-shape error for a record without its id', () => {
    expect(recordId(5, 'TicketID')).toBe(5);
    expect(() => recordId(null, 'TicketID')).toThrow(expect.objectContaining({ kind: 'response_shape' }));
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
