import { CreateCustomerAttachmentRequest, CreateCustomerRequest, CreateFolderRequest, UpdateCustomerRequest } from '../../generated/schemas';
import type { SandboxOperationHandler } from '../operation-handler';
import type { CustomerRecord } from '../state/records';
import { sandboxStoreOf } from '../state/sandbox-state';
import { isoOf } from '../state/seed-time';
import { customerHasDevices } from './devices';
import type { GroupHandlers } from './group-handlers';
import { ownsAny } from './ownership';
import { parseBody } from './request-body';
import { pathId, queryChoice, queryDate } from './request-values';
import { actionResult, created, failure, idsPage, json, noContent, notFound, unknownReference } from './results';

const LIST = 'GET /api/v3/customers';
const SORTS = ['Creation', 'LastModified'] as const;

const updateCustomer: SandboxOperationHandler = (request, state) => {
  const store = sandboxStoreOf(state);
  const customerId = pathId(request, 'customerId');
  const customer = store.customers.get(customerId);
  if (customer === undefined) return notFound('customer', customerId, LIST);
  const parsed = parseBody(request, UpdateCustomerRequest, 'UpdateCustomerRequest');
  if (!parsed.ok) return parsed.result;
  const body = parsed.value;
  if (body.CustomerName !== undefined && (body.CustomerName === null || body.CustomerName.trim() === '')) {
    return failure(400, 'CustomerName cannot be empty: leave it out to keep the current name.');
  }
  const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<CustomerRecord>;
  store.customers.replace(customerId, { ...customer, ...changes, CustomerID: customerId, LastModified: isoOf(store.now()) });
  return actionResult(customerId);
};

export const customerHandlers: GroupHandlers<'customers'> = {
  'customers.list': (request, state) => {
    const store = sandboxStoreOf(state);
    const since = queryDate(request, 'FromLastModifiedDate');
    if (!since.ok) return failure(400, since.message);
    const sortBy = queryChoice(request, 'SortBy', SORTS);
    if (!sortBy.ok) return failure(400, sortBy.message);
    if (since.value === undefined && sortBy.value === undefined) return idsPage(store.customers, store.customers.ids());
    let customers = [...store.customers.values()];
    if (since.value !== undefined) {
      const from = since.value;
      customers = customers.filter((customer) => customer.LastModified !== null && Date.parse(customer.LastModified) >= from);
    }
    if (sortBy.value !== undefined) {
      const field = sortBy.value === 'Creation' ? 'CreatedOn' : 'LastModified';
      customers.sort((left, right) => (left[field] ?? '').localeCompare(right[field] ?? ''));
    }
    return idsPage(store.customers, customers.map((customer) => customer.CustomerID ?? 0));
  },

  'customers.create': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateCustomerRequest, 'CreateCustomerRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.CustomerName === undefined || body.CustomerName === null || body.CustomerName.trim() === '') return failure(400, 'CustomerName is required: name the customer.');
    const customerId = store.customers.allocateId();
    const now = isoOf(store.now());
    store.customers.insert(customerId, {
      CustomerID: customerId,
      CustomerName: body.CustomerName,
      CreatedOn: body.CreatedOn ?? now,
      LastModified: now,
      BusinessNumber: body.BusinessNumber ?? null,
      Domain: body.Domain ?? null,
      Address: body.Address ?? null,
      City: body.City ?? null,
      State: body.State ?? null,
      Country: body.Country ?? null,
      Phone: body.Phone ?? null,
      Fax: body.Fax ?? null,
      Notes: body.Notes ?? null,
      Logo: null,
      Links: body.Links ?? null,
      Longitude: body.Longitude ?? null,
      Latitude: body.Latitude ?? null,
      ZipCodeStr: body.ZipCodeStr ?? null,
    });
    return created(customerId);
  },

  'customers.get': (request, state) => {
    const customerId = pathId(request, 'customerId');
    const customer = sandboxStoreOf(state).customers.get(customerId);
    return customer === undefined ? notFound('customer', customerId, LIST) : json(customer);
  },

  'customers.update': updateCustomer,
  'customers.updateViaPost': updateCustomer,

  'customers.delete': (request, state) => {
    const store = sandboxStoreOf(state);
    const customerId = pathId(request, 'customerId');
    if (!store.customers.has(customerId)) return notFound('customer', customerId, LIST);
    const dependents = [
      ownsAny(store, store.agents, customerId, (agent) => agent.CustomerID) ? 'agents' : undefined,
      ownsAny(store, store.tickets, customerId, (ticket) => ticket.CustomerID) ? 'tickets' : undefined,
      ownsAny(store, store.contacts, customerId, (contact) => contact.CustomerID) ? 'contacts' : undefined,
      ownsAny(store, store.contracts, customerId, (contract) => contract.CustomerID) ? 'contracts' : undefined,
      customerHasDevices(store, customerId) ? 'monitored devices' : undefined,
    ].filter((kind): kind is string => kind !== undefined);
    if (dependents.length > 0) {
      return failure(405, `Customer ${String(customerId)} cannot be deleted while it has dependencies (${dependents.join(', ')}): delete or move them first.`);
    }
    store.customers.delete(customerId);
    return noContent;
  },

  'customers.createFolder': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateFolderRequest, 'CreateFolderRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.CustomerId === undefined) return failure(400, 'CustomerId is required: the customer the folder belongs to.');
    if (!store.customers.has(body.CustomerId)) return unknownReference('CustomerId', 'customer', body.CustomerId);
    if (body.Name === undefined || body.Name === null || body.Name.trim() === '') return failure(400, 'Name is required: name the folder.');
    const folderId = store.folders.allocateId();
    store.folders.insert(folderId, { FolderID: folderId, Name: body.Name, CustomerID: body.CustomerId, ThresholdID: body.ThresholdId ?? null });
    return created(folderId);
  },

  'customers.createAttachment': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateCustomerAttachmentRequest, 'CreateCustomerAttachmentRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.CustomerId === undefined) return failure(400, 'CustomerId is required: the customer the file is attached to.');
    if (!store.customers.has(body.CustomerId)) return unknownReference('CustomerId', 'customer', body.CustomerId);
    if (body.Name === undefined || body.Name === null || body.Name.trim() === '') return failure(400, 'Name is required: the file name of the attachment.');
    const content = body.ContentBased64 ?? '';
    if (content === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(content) || content.length % 4 !== 0) {
      return failure(400, 'ContentBased64 must be the file content encoded as base64 (standard alphabet, padded).');
    }
    const attachmentId = store.customerAttachments.allocateId();
    store.customerAttachments.insert(attachmentId, { AttachmentID: attachmentId, CustomerID: body.CustomerId, Name: body.Name, ContentBase64: content });
    return created(attachmentId);
  },
};
