import { CreateContactRequest, UpdateContactRequest } from '../../generated/schemas';
import type { SandboxOperationHandler, SandboxOperationResult } from '../operation-handler';
import type { ContactRecord, CustomerRecord, DepartmentRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import { isoOf } from '../state/seed-time';
import type { GroupHandlers } from './group-handlers';
import { escapeHtml } from './html-escape';
import { parseBody } from './request-body';
import { pathId, queryChoice, queryDate, queryValue } from './request-values';
import { actionResult, created, failure, idsPage, json, noContent, notFound, unknownReference } from './results';

const LIST = 'GET /api/v3/contacts';
const SORTS = ['Creation', 'LastModified'] as const;

const digits = (phone: string | null): string => (phone ?? '').replace(/\D/g, '');

type Found<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly result: SandboxOperationResult };

/** The customer a contact write names, by CustomerID or else by exact CustomerName. */
function resolveCustomer(store: SandboxStore, customerId: number | null | undefined, customerName: string | null | undefined): Found<CustomerRecord | undefined> {
  if (customerId !== undefined && customerId !== null) {
    const customer = store.customers.get(customerId);
    return customer === undefined ? { ok: false, result: unknownReference('CustomerID', 'customer', customerId) } : { ok: true, value: customer };
  }
  if (customerName !== undefined && customerName !== null) {
    const wanted = customerName.trim().toLowerCase();
    const customer = store.customers.find((candidate) => candidate.CustomerName?.toLowerCase() === wanted);
    return customer === undefined ? { ok: false, result: failure(400, `CustomerName "${customerName}" does not name an existing customer: send its CustomerID instead.`) } : { ok: true, value: customer };
  }
  return { ok: true, value: undefined };
}

function resolveDepartment(store: SandboxStore, departmentId: number | null | undefined, departmentName: string | null | undefined): Found<DepartmentRecord | null | undefined> {
  if (departmentId !== undefined && departmentId !== null) {
    const department = store.departments.get(departmentId);
    return department === undefined ? { ok: false, result: unknownReference('DepartmentID', 'department', departmentId) } : { ok: true, value: department };
  }
  if (departmentName !== undefined && departmentName !== null) {
    const wanted = departmentName.trim().toLowerCase();
    const department = store.departments.find((candidate) => candidate.Name?.toLowerCase() === wanted);
    return department === undefined ? { ok: false, result: failure(400, `DepartmentName "${departmentName}" does not name an existing department: create it or send a DepartmentID.`) } : { ok: true, value: department };
  }
  return { ok: true, value: departmentId === null ? null : undefined };
}

const updateContact: SandboxOperationHandler = (request, state) => {
  const store = sandboxStoreOf(state);
  const contactId = pathId(request, 'contactId');
  const contact = store.contacts.get(contactId);
  if (contact === undefined) return notFound('contact', contactId, LIST);
  const parsed = parseBody(request, UpdateContactRequest, 'UpdateContactRequest');
  if (!parsed.ok) return parsed.result;
  const body = parsed.value;
  const customer = resolveCustomer(store, body.CustomerID, body.CustomerName);
  if (!customer.ok) return customer.result;
  const department = resolveDepartment(store, body.DepartmentID, body.DepartmentName);
  if (!department.ok) return department.result;
  if (body.DefaultAgentId !== undefined && body.DefaultAgentId !== null && !store.agents.has(body.DefaultAgentId)) return unknownReference('DefaultAgentId', 'agent', body.DefaultAgentId);
  const keep = <K extends keyof ContactRecord>(key: K, value: ContactRecord[K] | undefined): ContactRecord[K] => (value === undefined ? contact[key] : value);
  store.contacts.replace(contactId, {
    ...contact,
    Firstname: keep('Firstname', body.Firstname),
    Lastname: keep('Lastname', body.Lastname),
    JobTitle: keep('JobTitle', body.JobTitle),
    Phone: keep('Phone', body.Phone),
    MobilePhone: keep('MobilePhone', body.MobilePhone),
    IsContactPerson: keep('IsContactPerson', body.IsContactPerson),
    InIgnoreMode: keep('InIgnoreMode', body.InIgnoreMode),
    Archived: keep('Archived', body.Archived),
    CustomerID: customer.value?.CustomerID ?? contact.CustomerID,
    CustomerName: customer.value?.CustomerName ?? contact.CustomerName,
    DepartmentID: department.value === undefined ? contact.DepartmentID : (department.value?.Id ?? null),
    DepartmentName: department.value === undefined ? contact.DepartmentName : (department.value?.Name ?? null),
    DefaultAgentId: keep('DefaultAgentId', body.DefaultAgentId),
    LastModified: isoOf(store.now()),
  });
  return actionResult(contactId);
};

export const contactHandlers: GroupHandlers<'contacts'> = {
  'contacts.list': (request, state) => {
    const store = sandboxStoreOf(state);
    const since = queryDate(request, 'FromLastModifiedDate');
    if (!since.ok) return failure(400, since.message);
    const sortBy = queryChoice(request, 'SortBy', SORTS);
    if (!sortBy.ok) return failure(400, sortBy.message);
    const email = queryValue(request, 'Email');
    const phone = queryValue(request, 'Phone');
    if (since.value === undefined && sortBy.value === undefined && email === undefined && phone === undefined) return idsPage(store.contacts, store.contacts.ids());
    const wantedEmail = email === undefined ? undefined : escapeHtml(email).toLowerCase();
    const wantedPhone = phone === undefined ? undefined : digits(phone);
    const from = since.value;
    const contacts = store.contacts.filter(
      (contact) =>
        (wantedEmail === undefined || contact.Email?.toLowerCase() === wantedEmail) &&
        (wantedPhone === undefined || (wantedPhone !== '' && (digits(contact.Phone) === wantedPhone || digits(contact.MobilePhone) === wantedPhone))) &&
        (from === undefined || (contact.LastModified !== null && Date.parse(contact.LastModified) >= from)),
    );
    if (sortBy.value !== undefined) {
      const field = sortBy.value === 'Creation' ? 'CreatedOn' : 'LastModified';
      contacts.sort((left, right) => (left[field] ?? '').localeCompare(right[field] ?? ''));
    }
    return idsPage(store.contacts, contacts.map((contact) => contact.EndUserID ?? 0));
  },

  'contacts.create': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateContactRequest, 'CreateContactRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.Email)) return failure(400, `Email must be an email address, got "${body.Email}".`);
    const customer = resolveCustomer(store, body.CustomerID, body.CustomerName);
    if (!customer.ok) return customer.result;
    if (customer.value === undefined) return failure(400, 'A contact belongs to a customer: send CustomerID (or the exact CustomerName).');
    const department = resolveDepartment(store, body.DepartmentID, body.DepartmentName);
    if (!department.ok) return department.result;
    if (body.DefaultAgentId !== undefined && body.DefaultAgentId !== null && !store.agents.has(body.DefaultAgentId)) return unknownReference('DefaultAgentId', 'agent', body.DefaultAgentId);
    const email = body.Email.toLowerCase();
    const existing = store.contacts.find((contact) => contact.Email?.toLowerCase() === email);
    if (existing !== undefined) return failure(400, `A contact with Email ${body.Email} already exists (EndUserID ${String(existing.EndUserID)}): update it instead.`);
    const contactId = store.contacts.allocateId();
    const now = isoOf(store.now());
    store.contacts.insert(contactId, {
      EndUserID: contactId,
      CustomerID: customer.value.CustomerID,
      CustomerName: customer.value.CustomerName,
      Firstname: body.Firstname ?? null,
      Lastname: body.Lastname ?? null,
      JobTitle: body.JobTitle ?? null,
      Email: body.Email,
      Phone: body.Phone ?? null,
      MobilePhone: body.MobilePhone ?? null,
      IsContactPerson: body.IsContactPerson ?? false,
      InIgnoreMode: body.InIgnoreMode ?? false,
      CreatedOn: body.CreatedOn ?? now,
      LastModified: now,
      Archived: false,
      DepartmentID: department.value?.Id ?? null,
      DepartmentName: department.value?.Name ?? null,
      DefaultAgentId: body.DefaultAgentId ?? null,
    });
    return created(contactId);
  },

  'contacts.get': (request, state) => {
    const contactId = pathId(request, 'contactId');
    const contact = sandboxStoreOf(state).contacts.get(contactId);
    return contact === undefined ? notFound('contact', contactId, LIST) : json(contact);
  },

  'contacts.update': updateContact,
  'contacts.updateViaPost': updateContact,

  'contacts.delete': (request, state) => {
    const contactId = pathId(request, 'contactId');
    return sandboxStoreOf(state).contacts.delete(contactId) ? noContent : notFound('contact', contactId, LIST);
  },
};
