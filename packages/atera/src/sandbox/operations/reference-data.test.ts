import { describe, expect, it } from 'vitest';
import type { DepartmentRecord, InvoiceRecord, RateRecord, WorkHoursRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call, createdId, listAll } from './handler-test-kit';

describe('account, billing, rates, departments, knowledge base and work hours handlers', () => {
  it('serves the account and the knowledge base', () => {
    const state = createSandboxState({ seed: 12 });
    expect(bodyOf(call(state, 'account.get'))).toEqual(state.account);
    expect(listAll(call(state, 'knowledgeBase.list'))).toHaveLength(state.sizes.knowledgeBase);
  });

  it('filters invoices by date and gets one by number', () => {
    const state = createSandboxState({ seed: 12 });
    const invoices = listAll<InvoiceRecord>(call(state, 'billing.listInvoices', { query: { invoiceDateFrom: '2026-09-01', invoiceDateTo: '2026-09-30' } }));
    expect(invoices.length).toBeGreaterThan(0);
    for (const invoice of invoices) expect(invoice.InvoiceDate.slice(0, 7)).toBe('2026-09');
    const first = invoices[0];
    expect(bodyOf<InvoiceRecord>(call(state, 'billing.getInvoice', { path: { invoiceNumber: first?.InvoiceNumber ?? 0 } }))).toEqual(first);
    expect(call(state, 'billing.getInvoice', { path: { invoiceNumber: 1 } })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'billing.listInvoices', { query: { invoiceDateFrom: '09/01/2026' } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('creates, updates and deletes products and expenses', () => {
    const state = createSandboxState({ seed: 12 });
    const productId = createdId(call(state, 'rates.createProduct', { body: { Description: 'Firewall', Amount: 40, SKU: 'FW' } }));
    call(state, 'rates.updateProduct', { path: { productId }, body: { Amount: 45 } });
    expect(bodyOf<RateRecord>(call(state, 'rates.getProduct', { path: { productId } }))).toEqual({ RateID: productId, Amount: 45, Description: 'Firewall', SKU: 'FW', Category: null });
    expect(call(state, 'rates.deleteProduct', { path: { productId } })).toEqual({ kind: 'empty', status: 204 });
    expect(call(state, 'rates.getProduct', { path: { productId } })).toMatchObject({ kind: 'error', status: 404 });
    const expenseId = createdId(call(state, 'rates.createExpense', { body: { Description: 'Taxi', Amount: 22 } }));
    expect(listAll<RateRecord>(call(state, 'rates.listExpenses')).map((rate) => rate.RateID)).toContain(expenseId);
    expect(call(state, 'rates.createExpense', { body: { Description: 'Taxi', Amount: 'lots' } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('manages departments, refusing to delete one that still has contacts (405)', () => {
    const state = createSandboxState({ seed: 12 });
    const departmentId = createdId(call(state, 'departments.create', { body: { Name: 'R&D' } }));
    call(state, 'departments.update', { path: { departmentId }, body: { Description: 'Research' } });
    expect(bodyOf<DepartmentRecord>(call(state, 'departments.get', { path: { departmentId } }))).toEqual({ Id: departmentId, Name: 'R&amp;D', Description: 'Research' });
    expect(call(state, 'departments.delete', { path: { departmentId } })).toEqual({ kind: 'empty', status: 204 });
    const used = [...state.contacts.values()].find((contact) => contact.DepartmentID !== null)?.DepartmentID ?? 0;
    expect(call(state, 'departments.delete', { path: { departmentId: used } })).toMatchObject({ kind: 'error', status: 405 });
  });

  it('lists work hours within a time window, with rates only when asked for', () => {
    const state = createSandboxState({ seed: 12 });
    const all = listAll<WorkHoursRecord>(call(state, 'workHours.list', { query: { includeRates: 'true' } }));
    expect(all).toHaveLength(state.workHours.size);
    expect(all.some((block) => block.RateID !== null)).toBe(true);
    expect(listAll<WorkHoursRecord>(call(state, 'workHours.list')).every((block) => block.RateID === null)).toBe(true);
    const window = listAll<WorkHoursRecord>(call(state, 'workHours.list', { query: { startWorkhour: '2026-09-01', endWorkhour: '2026-09-15' } }));
    expect(window.length).toBeGreaterThan(0);
    expect(window.length).toBeLessThan(all.length);
    for (const block of window) {
      expect(block.StartWorkHour >= '2026-09-01').toBe(true);
      expect(block.EndWorkHour <= '2026-09-15').toBe(true);
    }
  });
});
