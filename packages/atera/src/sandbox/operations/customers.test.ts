import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call, createdId, listAll } from './handler-test-kit';

const NOW = Date.UTC(2026, 10, 20, 12);

describe('customer handlers', () => {
  it('creates a customer (201 with its id), storing strings HTML-escaped as Atera does', () => {
    const state = createSandboxState({ seed: 1, now: () => NOW });
    const result = call(state, 'customers.create', { body: { CustomerName: 'Smith & Sons <"HQ">', City: 'Austin', Unknown: 1 } });
    expect(result).toMatchObject({ kind: 'json', status: 201 });
    const customer = bodyOf<CustomerRecord>(call(state, 'customers.get', { path: { customerId: createdId(result) } }));
    expect(customer).toMatchObject({ CustomerName: 'Smith &amp; Sons &lt;&quot;HQ&quot;&gt;', City: 'Austin', CreatedOn: new Date(NOW).toISOString(), Logo: null });
    expect(state.customerIds).toContain(customer.CustomerID);
  });

  it('requires a CustomerName and checks field types, naming the field', () => {
    const state = createSandboxState({ seed: 1 });
    const missing = call(state, 'customers.create', { body: { City: 'Austin' } });
    expect(missing.kind === 'error' && missing.message).toMatch(/CustomerName/);
    const wrongType = call(state, 'customers.create', { body: { CustomerName: 'X', Latitude: 'north' } });
    expect(wrongType).toMatchObject({ kind: 'error', status: 400 });
    expect(wrongType.kind === 'error' && wrongType.message).toMatch(/Latitude/);
  });

  it('updates with PUT and with POST alike, changing only the fields sent', () => {
    const state = createSandboxState({ seed: 1, now: () => NOW });
    const customerId = state.customerIds[1] ?? 0;
    const before = state.customers.get(customerId);
    expect(call(state, 'customers.update', { path: { customerId }, body: { Phone: '+1-555-000-1111' } })).toEqual({ kind: 'json', status: 200, body: { ActionID: String(customerId) } });
    expect(call(state, 'customers.updateViaPost', { path: { customerId }, body: { Notes: 'VIP' } })).toMatchObject({ kind: 'json', status: 200 });
    const after = bodyOf<CustomerRecord>(call(state, 'customers.get', { path: { customerId } }));
    expect(after).toMatchObject({ Phone: '+1-555-000-1111', Notes: 'VIP', CustomerName: before?.CustomerName, LastModified: new Date(NOW).toISOString() });
    expect(call(state, 'customers.update', { path: { customerId: 1 }, body: {} })).toMatchObject({ kind: 'error', status: 404 });
  });

  it('refuses to delete a customer that still has agents, tickets, contacts or contracts (405), and deletes one that has none', () => {
    const state = createSandboxState({ seed: 1 });
    const customerId = state.customerIds[0] ?? 0;
    const refused = call(state, 'customers.delete', { path: { customerId } });
    expect(refused).toMatchObject({ kind: 'error', status: 405 });
    expect(refused.kind === 'error' && refused.message).toMatch(/dependencies \(agents, tickets, contacts, contracts/);
    const fresh = createdId(call(state, 'customers.create', { body: { CustomerName: 'Short-lived Ltd' } }));
    expect(call(state, 'customers.delete', { path: { customerId: fresh } })).toEqual({ kind: 'empty', status: 204 });
    expect(call(state, 'customers.get', { path: { customerId: fresh } })).toMatchObject({ kind: 'error', status: 404 });
  });

  it('filters by FromLastModifiedDate and sorts by creation', () => {
    const state = createSandboxState({ seed: 1, now: () => NOW });
    const customerId = state.customerIds[4] ?? 0;
    call(state, 'customers.update', { path: { customerId }, body: { City: 'Boise' } });
    const recent = listAll<CustomerRecord>(call(state, 'customers.list', { query: { FromLastModifiedDate: '2026-11-01' } }));
    expect(recent.map((customer) => customer.CustomerID)).toEqual([customerId]);
    const sorted = listAll<CustomerRecord>(call(state, 'customers.list', { query: { SortBy: 'Creation' } })).map((customer) => customer.CreatedOn ?? '');
    expect(sorted).toEqual([...sorted].sort());
    expect(call(state, 'customers.list', { query: { FromLastModifiedDate: 'yesterday' } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('creates folders and attachments for an existing customer only', () => {
    const state = createSandboxState({ seed: 1 });
    const customerId = state.customerIds[0] ?? 0;
    expect(call(state, 'customers.createFolder', { body: { CustomerId: customerId, Name: 'Servers' } })).toMatchObject({ kind: 'json', status: 201 });
    expect(call(state, 'customers.createFolder', { body: { CustomerId: 5, Name: 'Servers' } })).toMatchObject({ kind: 'error', status: 400 });
    expect(call(state, 'customers.createAttachment', { body: { CustomerId: customerId, Name: 'contract.pdf', ContentBased64: 'aGVsbG8=' } })).toMatchObject({ kind: 'json', status: 201 });
    const badContent = call(state, 'customers.createAttachment', { body: { CustomerId: customerId, Name: 'contract.pdf', ContentBased64: 'not base64!' } });
    expect(badContent.kind === 'error' && badContent.message).toMatch(/ContentBased64/);
  });
});
