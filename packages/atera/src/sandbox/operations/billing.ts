import type { SandboxOperationRequest } from '../operation-handler';
import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { pathId, queryValue } from './request-values';
import { failure, idsPage, json, notFound } from './results';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayParam(request: SandboxOperationRequest, name: string): { ok: true; value: string | undefined } | { ok: false; message: string } {
  const raw = queryValue(request, name);
  if (raw === undefined) return { ok: true, value: undefined };
  if (!DAY.test(raw) || Number.isNaN(Date.parse(raw))) return { ok: false, message: `Query parameter ${name} must be a date as YYYY-MM-DD, got "${raw}".` };
  return { ok: true, value: raw };
}

export const billingHandlers: GroupHandlers<'billing'> = {
  'billing.listInvoices': (request, state) => {
    const store = sandboxStoreOf(state);
    const from = dayParam(request, 'invoiceDateFrom');
    if (!from.ok) return failure(400, from.message);
    const to = dayParam(request, 'invoiceDateTo');
    if (!to.ok) return failure(400, to.message);
    if (from.value !== undefined && to.value !== undefined && from.value > to.value) {
      return failure(400, `invoiceDateFrom (${from.value}) is after invoiceDateTo (${to.value}): swap them.`);
    }
    if (from.value === undefined && to.value === undefined) return idsPage(store.invoices, store.invoices.ids());
    return idsPage(store.invoices, store.invoices.idsWhere((invoiceNumber) => {
      const day = store.invoices.get(invoiceNumber)?.InvoiceDate.slice(0, 10);
      return day !== undefined && (from.value === undefined || day >= from.value) && (to.value === undefined || day <= to.value);
    }));
  },

  'billing.getInvoice': (request, state) => {
    const invoiceNumber = pathId(request, 'invoiceNumber');
    const invoice = sandboxStoreOf(state).invoices.get(invoiceNumber);
    return invoice === undefined ? notFound('invoice', invoiceNumber, 'GET /api/v3/billing/invoices') : json(invoice);
  },
};
