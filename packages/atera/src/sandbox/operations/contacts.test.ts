import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call, createdId, listAll } from './handler-test-kit';

const NOW = Date.UTC(2026, 10, 20, 12);

describe('contact handlers', () => {
  it('filters by Email (any case) and by Phone (digits only)', () => {
    const state = createSandboxState({ seed: 2 });
    const contact = state.contacts.get(state.contactIds[6] ?? 0);
    const byEmail = listAll<ContactRecord>(call(state, 'contacts.list', { query: { Email: (contact?.Email ?? '').toUpperCase() } }));
    expect(byEmail.map((found) => found.EndUserID)).toEqual([contact?.EndUserID]);
    const byPhone = listAll<ContactRecord>(call(state, 'contacts.list', { query: { Phone: (contact?.Phone ?? '').replace(/-/g, ' ') } }));
    expect(byPhone.map((found) => found.EndUserID)).toContain(contact?.EndUserID);
    expect(listAll(call(state, 'contacts.list', { query: { Email: 'nobody@example.com' } }))).toEqual([]);
  });

  it('creates a contact for a customer (201), and requires Email, naming it', () => {
    const state = createSandboxState({ seed: 2, now: () => NOW });
    const customerId = state.customerIds[0] ?? 0;
    const result = call(state, 'contacts.create', { body: { Email: 'new.person@example.com', CustomerID: customerId, Firstname: 'New', DepartmentID: 11 } });
    expect(result).toMatchObject({ kind: 'json', status: 201 });
    const contact = bodyOf<ContactRecord>(call(state, 'contacts.get', { path: { contactId: createdId(result) } }));
    expect(contact).toMatchObject({ Email: 'new.person@example.com', CustomerID: customerId, Firstname: 'New', DepartmentID: 11, CreatedOn: new Date(NOW).toISOString() });
    const noEmail = call(state, 'contacts.create', { body: { CustomerID: customerId } });
    expect(noEmail).toMatchObject({ kind: 'error', status: 400 });
    expect(noEmail.kind === 'error' && noEmail.message).toMatch(/Email/);
    const noCustomer = call(state, 'contacts.create', { body: { Email: 'x@example.com' } });
    expect(noCustomer.kind === 'error' && noCustomer.message).toMatch(/customer/);
    expect(call(state, 'contacts.create', { body: { Email: contact.Email, CustomerID: customerId } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('updates with PUT or POST, visible in later reads and in the FromLastModifiedDate filter', () => {
    const state = createSandboxState({ seed: 2, now: () => NOW });
    const contactId = state.contactIds[0] ?? 0;
    call(state, 'contacts.update', { path: { contactId }, body: { JobTitle: 'Owner & CEO' } });
    call(state, 'contacts.updateViaPost', { path: { contactId }, body: { Archived: true } });
    expect(bodyOf<ContactRecord>(call(state, 'contacts.get', { path: { contactId } }))).toMatchObject({ JobTitle: 'Owner &amp; CEO', Archived: true });
    const recent = listAll<ContactRecord>(call(state, 'contacts.list', { query: { FromLastModifiedDate: '2026-11-19T00:00:00Z' } }));
    expect(recent.map((contact) => contact.EndUserID)).toEqual([contactId]);
    expect(call(state, 'contacts.update', { path: { contactId }, body: { CustomerID: 5 } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('deletes a contact: 204, then 404', () => {
    const state = createSandboxState({ seed: 2 });
    const contactId = state.contactIds[3] ?? 0;
    expect(call(state, 'contacts.delete', { path: { contactId } })).toEqual({ kind: 'empty', status: 204 });
    expect(call(state, 'contacts.get', { path: { contactId } })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'contacts.delete', { path: { contactId } })).toMatchObject({ kind: 'error', status: 404 });
  });
});
