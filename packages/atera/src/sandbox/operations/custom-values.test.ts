import { describe, expect, it } from 'vitest';
import type { CustomFieldRecord, CustomValueRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call } from './handler-test-kit';

describe('custom value handlers', () => {
  it('lists the account\'s custom field definitions for every target', () => {
    const state = createSandboxState({ seed: 8 });
    const fields = bodyOf<CustomFieldRecord[]>(call(state, 'customValues.listCustomFields'));
    expect(new Set(fields.map((field) => field.Target))).toEqual(new Set(['Customer', 'Ticket', 'Contact', 'Contract', 'SLA', 'Agent', 'SNMPDevice', 'TCPDevice', 'HTTPDevice', 'GenericDevice']));
  });

  it('sets a value with PUT or POST and reads it back from the field, the target\'s list and its id', () => {
    const state = createSandboxState({ seed: 8 });
    const ticketId = state.ticketIds[0] ?? 0;
    expect(call(state, 'customValues.setTicketField', { path: { ticketId, fieldName: 'root cause' }, body: { Value: 'network' } })).toMatchObject({ kind: 'json', status: 200 });
    const [value] = bodyOf<CustomValueRecord[]>(call(state, 'customValues.getTicketField', { path: { ticketId, fieldName: 'Root Cause' } }));
    expect(value).toMatchObject({ ItemId: ticketId, FieldName: 'Root Cause', ValueAsString: 'Network', OptionId: '4' });
    expect(bodyOf<CustomValueRecord[]>(call(state, 'customValues.listTicketFields', { path: { ticketId } }))).toContainEqual(value);
    expect(bodyOf<CustomValueRecord[]>(call(state, 'customValues.get', { path: { customValueId: value?.Id ?? '' } }))).toEqual([value]);
    const agentId = state.agentIds[0] ?? 0;
    call(state, 'customValues.setAgentFieldViaPost', { path: { agentId, fieldName: 'Asset Tag' }, body: { Value: 'A&B-1' } });
    expect(bodyOf<CustomValueRecord[]>(call(state, 'customValues.getAgentField', { path: { agentId, fieldName: 'Asset Tag' } }))[0]?.ValueAsString).toBe('A&amp;B-1');
  });

  it('clears a value with an empty Value', () => {
    const state = createSandboxState({ seed: 8 });
    const slaId = 1;
    call(state, 'customValues.setSlaField', { path: { slaId, fieldName: 'Response Target Hours' }, body: { Value: '4' } });
    expect(bodyOf<CustomValueRecord[]>(call(state, 'customValues.getSlaField', { path: { slaId, fieldName: 'Response Target Hours' } }))[0]?.ValueAsDecimal).toBe(4);
    call(state, 'customValues.setSlaField', { path: { slaId, fieldName: 'Response Target Hours' }, body: { Value: null } });
    expect(bodyOf(call(state, 'customValues.getSlaField', { path: { slaId, fieldName: 'Response Target Hours' } }))).toEqual([]);
  });

  it('answers an unknown field name with the list of valid names (404 on read, 400 on write)', () => {
    const state = createSandboxState({ seed: 8 });
    const customerId = state.customerIds[0] ?? 0;
    const read = call(state, 'customValues.getCustomerField', { path: { customerId, fieldName: 'Tier' } });
    expect(read).toMatchObject({ kind: 'error', status: 404 });
    expect(read.kind === 'error' && read.message).toMatch(/no Customer custom field named "Tier".*"Contract Tier"/);
    expect(call(state, 'customValues.setCustomerField', { path: { customerId, fieldName: 'Tier' }, body: { Value: 'Gold' } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('rejects a value that does not fit the field\'s type, and 404s for an unknown item', () => {
    const state = createSandboxState({ seed: 8 });
    const contactId = state.contactIds[0] ?? 0;
    const notBoolean = call(state, 'customValues.setContactField', { path: { contactId, fieldName: 'VIP' }, body: { Value: 'maybe' } });
    expect(notBoolean.kind === 'error' && notBoolean.message).toMatch(/true or false/);
    const notOption = call(state, 'customValues.setCustomerField', { path: { customerId: state.customerIds[0] ?? 0, fieldName: 'Contract Tier' }, body: { Value: 'Platinum' } });
    expect(notOption.kind === 'error' && notOption.message).toMatch(/"Bronze", "Silver", "Gold"/);
    expect(call(state, 'customValues.listContractFields', { path: { contractId: 1 } })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'customValues.get', { path: { customValueId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' } })).toMatchObject({ kind: 'error', status: 404 });
  });
});
