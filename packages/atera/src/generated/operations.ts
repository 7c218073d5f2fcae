// Generated from spec/atera-v3.openapi.json by scripts/generate.ts. Do not edit: run `pnpm generate`.

import { z } from 'zod';
import type { CallOptions } from '@psagate/core';
import type { RouteCaller } from '@psagate/core/provider';
import { type AteraOperation, defineOperation, routesOf } from '../routes/atera-operation';
import { dateTimeInput, guidInput, idParam, pageNumber, pageSize, pathText } from '../schemas/schema-helpers';
import * as schemas from './schemas';

export const accountGetParams = z.strictObject({});
export type AccountGetParams = z.input<typeof accountGetParams>;
const accountGet = defineOperation({
  route: {
    group: 'account',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/account',
    pathParams: [],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'AccountInfoResponse' },
    idempotent: true,
  },
  params: accountGetParams,
  response: schemas.AccountInfoResponse,
});

export const agentsListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type AgentsListParams = z.input<typeof agentsListParams>;
const agentsList = defineOperation({
  route: {
    group: 'agents',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/agents',
    pathParams: [],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'AgentDto' },
    idempotent: true,
  },
  params: agentsListParams,
  response: schemas.AgentDto,
});

export const agentsListByCustomerParams = z.strictObject({
  customerId: idParam,
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type AgentsListByCustomerParams = z.input<typeof agentsListByCustomerParams>;
const agentsListByCustomer = defineOperation({
  route: {
    group: 'agents',
    method: 'listByCustomer',
    httpMethod: 'GET',
    path: '/api/v3/agents/customer/{customerId}',
    pathParams: [{ name: 'customerId', kind: 'integer' }],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'AgentDto' },
    idempotent: true,
  },
  params: agentsListByCustomerParams,
  response: schemas.AgentDto,
});

export const agentsGetParams = z.strictObject({
  agentId: idParam,
});
export type AgentsGetParams = z.input<typeof agentsGetParams>;
const agentsGet = defineOperation({
  route: {
    group: 'agents',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/agents/{agentId}',
    pathParams: [{ name: 'agentId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'AgentDto' },
    idempotent: true,
  },
  params: agentsGetParams,
  response: schemas.AgentDto,
});

export const agentsDeleteParams = z.strictObject({
  agentId: idParam,
});
export type AgentsDeleteParams = z.input<typeof agentsDeleteParams>;
const agentsDelete = defineOperation({
  route: {
    group: 'agents',
    method: 'delete',
    httpMethod: 'DELETE',
    path: '/api/v3/agents/{agentId}',
    pathParams: [{ name: 'agentId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: agentsDeleteParams,
  response: undefined,
});

export const agentsListByMachineNameParams = z.strictObject({
  machineName: pathText,
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type AgentsListByMachineNameParams = z.input<typeof agentsListByMachineNameParams>;
const agentsListByMachineName = defineOperation({
  route: {
    group: 'agents',
    method: 'listByMachineName',
    httpMethod: 'GET',
    path: '/api/v3/agents/machine/{machineName}',
    pathParams: [{ name: 'machineName', kind: 'string' }],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'AgentDto' },
    idempotent: true,
  },
  params: agentsListByMachineNameParams,
  response: schemas.AgentDto,
});

export const agentsGetInstalledPatchesParams = z.strictObject({
  deviceGuid: guidInput,
});
export type AgentsGetInstalledPatchesParams = z.input<typeof agentsGetInstalledPatchesParams>;
const agentsGetInstalledPatches = defineOperation({
  route: {
    group: 'agents',
    method: 'getInstalledPatches',
    httpMethod: 'GET',
    path: '/api/v3/agents/{deviceGuid}/installed-patches',
    pathParams: [{ name: 'deviceGuid', kind: 'uuid' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'AgentInstalledUpdatesResponse' },
    idempotent: true,
  },
  params: agentsGetInstalledPatchesParams,
  response: schemas.AgentInstalledUpdatesResponse,
});

export const agentsGetAvailablePatchesParams = z.strictObject({
  deviceGuid: guidInput,
});
export type AgentsGetAvailablePatchesParams = z.input<typeof agentsGetAvailablePatchesParams>;
const agentsGetAvailablePatches = defineOperation({
  route: {
    group: 'agents',
    method: 'getAvailablePatches',
    httpMethod: 'GET',
    path: '/api/v3/agents/{deviceGuid}/available-patches',
    pathParams: [{ name: 'deviceGuid', kind: 'uuid' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'AgentAvailableUpdatesResponse' },
    idempotent: true,
  },
  params: agentsGetAvailablePatchesParams,
  response: schemas.AgentAvailableUpdatesResponse,
});

export const alertsListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  alertStatus: schemas.AlertStatus.optional(),
});
export type AlertsListParams = z.input<typeof alertsListParams>;
const alertsList = defineOperation({
  route: {
    group: 'alerts',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/alerts',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'alertStatus'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'AlertDto' },
    idempotent: true,
  },
  params: alertsListParams,
  response: schemas.AlertDto,
});

export const alertsCreateParams = z.strictObject({
  body: schemas.CreateAlertRequest,
});
export type AlertsCreateParams = z.input<typeof alertsCreateParams>;
const alertsCreate = defineOperation({
  route: {
    group: 'alerts',
    method: 'create',
    httpMethod: 'POST',
    path: '/api/v3/alerts',
    pathParams: [],
    queryParams: [],
    body: 'CreateAlertRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: alertsCreateParams,
  response: schemas.Result,
});

export const alertsGetParams = z.strictObject({
  alertId: idParam,
});
export type AlertsGetParams = z.input<typeof alertsGetParams>;
const alertsGet = defineOperation({
  route: {
    group: 'alerts',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/alerts/{alertId}',
    pathParams: [{ name: 'alertId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'AlertDto' },
    idempotent: true,
  },
  params: alertsGetParams,
  response: schemas.AlertDto,
});

export const alertsResolveParams = z.strictObject({
  alertId: idParam,
});
export type AlertsResolveParams = z.input<typeof alertsResolveParams>;
const alertsResolve = defineOperation({
  route: {
    group: 'alerts',
    method: 'resolve',
    httpMethod: 'PUT',
    path: '/api/v3/alerts/{alertId}',
    pathParams: [{ name: 'alertId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: alertsResolveParams,
  response: undefined,
});

export const alertsDeleteParams = z.strictObject({
  alertId: idParam,
});
export type AlertsDeleteParams = z.input<typeof alertsDeleteParams>;
const alertsDelete = defineOperation({
  route: {
    group: 'alerts',
    method: 'delete',
    httpMethod: 'DELETE',
    path: '/api/v3/alerts/{alertId}',
    pathParams: [{ name: 'alertId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: alertsDeleteParams,
  response: undefined,
});

export const billingListInvoicesParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  invoiceDateFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  invoiceDateTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type BillingListInvoicesParams = z.input<typeof billingListInvoicesParams>;
const billingListInvoices = defineOperation({
  route: {
    group: 'billing',
    method: 'listInvoices',
    httpMethod: 'GET',
    path: '/api/v3/billing/invoices',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'invoiceDateFrom', 'invoiceDateTo'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'InvoiceDto' },
    idempotent: true,
  },
  params: billingListInvoicesParams,
  response: schemas.InvoiceDto,
});

export const billingGetInvoiceParams = z.strictObject({
  invoiceNumber: idParam,
});
export type BillingGetInvoiceParams = z.input<typeof billingGetInvoiceParams>;
const billingGetInvoice = defineOperation({
  route: {
    group: 'billing',
    method: 'getInvoice',
    httpMethod: 'GET',
    path: '/api/v3/billing/invoice/{invoiceNumber}',
    pathParams: [{ name: 'invoiceNumber', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'InvoiceDto' },
    idempotent: true,
  },
  params: billingGetInvoiceParams,
  response: schemas.InvoiceDto,
});

export const contactsListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  Email: z.string().optional(),
  Phone: z.string().optional(),
  FromLastModifiedDate: z.string().optional(),
  SortBy: schemas.ContactSortBy.optional(),
});
export type ContactsListParams = z.input<typeof contactsListParams>;
const contactsList = defineOperation({
  route: {
    group: 'contacts',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/contacts',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'Email', 'Phone', 'FromLastModifiedDate', 'SortBy'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'ContactDto' },
    idempotent: true,
  },
  params: contactsListParams,
  response: schemas.ContactDto,
});

export const contactsCreateParams = z.strictObject({
  body: schemas.CreateContactRequest,
});
export type ContactsCreateParams = z.input<typeof contactsCreateParams>;
const contactsCreate = defineOperation({
  route: {
    group: 'contacts',
    method: 'create',
    httpMethod: 'POST',
    path: '/api/v3/contacts',
    pathParams: [],
    queryParams: [],
    body: 'CreateContactRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: contactsCreateParams,
  response: schemas.Result,
});

export const contactsGetParams = z.strictObject({
  contactId: idParam,
});
export type ContactsGetParams = z.input<typeof contactsGetParams>;
const contactsGet = defineOperation({
  route: {
    group: 'contacts',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/contacts/{contactId}',
    pathParams: [{ name: 'contactId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'ContactDto' },
    idempotent: true,
  },
  params: contactsGetParams,
  response: schemas.ContactDto,
});

export const contactsUpdateViaPostParams = z.strictObject({
  contactId: idParam,
  body: schemas.UpdateContactRequest,
});
export type ContactsUpdateViaPostParams = z.input<typeof contactsUpdateViaPostParams>;
const contactsUpdateViaPost = defineOperation({
  route: {
    group: 'contacts',
    method: 'updateViaPost',
    httpMethod: 'POST',
    path: '/api/v3/contacts/{contactId}',
    pathParams: [{ name: 'contactId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateContactRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: contactsUpdateViaPostParams,
  response: schemas.Result,
});

export const contactsUpdateParams = z.strictObject({
  contactId: idParam,
  body: schemas.UpdateContactRequest,
});
export type ContactsUpdateParams = z.input<typeof contactsUpdateParams>;
const contactsUpdate = defineOperation({
  route: {
    group: 'contacts',
    method: 'update',
    httpMethod: 'PUT',
    path: '/api/v3/contacts/{contactId}',
    pathParams: [{ name: 'contactId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateContactRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: contactsUpdateParams,
  response: schemas.Result,
});

export const contactsDeleteParams = z.strictObject({
  contactId: idParam,
});
export type ContactsDeleteParams = z.input<typeof contactsDeleteParams>;
const contactsDelete = defineOperation({
  route: {
    group: 'contacts',
    method: 'delete',
    httpMethod: 'DELETE',
    path: '/api/v3/contacts/{contactId}',
    pathParams: [{ name: 'contactId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: contactsDeleteParams,
  response: undefined,
});

export const contractsListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type ContractsListParams = z.input<typeof contractsListParams>;
const contractsList = defineOperation({
  route: {
    group: 'contracts',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/contracts',
    pathParams: [],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'ContractDto' },
    idempotent: true,
  },
  params: contractsListParams,
  response: schemas.ContractDto,
});

export const contractsCreateParams = z.strictObject({
  body: schemas.CreateContractDto,
});
export type ContractsCreateParams = z.input<typeof contractsCreateParams>;
const contractsCreate = defineOperation({
  route: {
    group: 'contracts',
    method: 'create',
    httpMethod: 'POST',
    path: '/api/v3/contracts',
    pathParams: [],
    queryParams: [],
    body: 'CreateContractDto',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: contractsCreateParams,
  response: schemas.Result,
});

export const contractsGetParams = z.strictObject({
  contractId: idParam,
});
export type ContractsGetParams = z.input<typeof contractsGetParams>;
const contractsGet = defineOperation({
  route: {
    group: 'contracts',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/contracts/{contractId}',
    pathParams: [{ name: 'contractId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'ContractDto' },
    idempotent: true,
  },
  params: contractsGetParams,
  response: schemas.ContractDto,
});

export const contractsUpdateViaPostParams = z.strictObject({
  contractId: idParam,
  body: schemas.UpdateContractDto,
});
export type ContractsUpdateViaPostParams = z.input<typeof contractsUpdateViaPostParams>;
const contractsUpdateViaPost = defineOperation({
  route: {
    group: 'contracts',
    method: 'updateViaPost',
    httpMethod: 'POST',
    path: '/api/v3/contracts/{contractId}',
    pathParams: [{ name: 'contractId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateContractDto',
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: contractsUpdateViaPostParams,
  response: undefined,
});

export const contractsUpdateParams = z.strictObject({
  contractId: idParam,
  body: schemas.UpdateContractDto,
});
export type ContractsUpdateParams = z.input<typeof contractsUpdateParams>;
const contractsUpdate = defineOperation({
  route: {
    group: 'contracts',
    method: 'update',
    httpMethod: 'PUT',
    path: '/api/v3/contracts/{contractId}',
    pathParams: [{ name: 'contractId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateContractDto',
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: contractsUpdateParams,
  response: undefined,
});

export const contractsListByCustomerParams = z.strictObject({
  customerId: idParam,
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type ContractsListByCustomerParams = z.input<typeof contractsListByCustomerParams>;
const contractsListByCustomer = defineOperation({
  route: {
    group: 'contracts',
    method: 'listByCustomer',
    httpMethod: 'GET',
    path: '/api/v3/contracts/customer/{customerId}',
    pathParams: [{ name: 'customerId', kind: 'integer' }],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'ContractDto' },
    idempotent: true,
  },
  params: contractsListByCustomerParams,
  response: schemas.ContractDto,
});

export const customersListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  FromLastModifiedDate: z.string().optional(),
  SortBy: schemas.CustomerSortBy.optional(),
});
export type CustomersListParams = z.input<typeof customersListParams>;
const customersList = defineOperation({
  route: {
    group: 'customers',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/customers',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'FromLastModifiedDate', 'SortBy'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'CustomerDto' },
    idempotent: true,
  },
  params: customersListParams,
  response: schemas.CustomerDto,
});

export const customersCreateParams = z.strictObject({
  body: schemas.CreateCustomerRequest,
});
export type CustomersCreateParams = z.input<typeof customersCreateParams>;
const customersCreate = defineOperation({
  route: {
    group: 'customers',
    method: 'create',
    httpMethod: 'POST',
    path: '/api/v3/customers',
    pathParams: [],
    queryParams: [],
    body: 'CreateCustomerRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: customersCreateParams,
  response: schemas.Result,
});

export const customersGetParams = z.strictObject({
  customerId: idParam,
});
export type CustomersGetParams = z.input<typeof customersGetParams>;
const customersGet = defineOperation({
  route: {
    group: 'customers',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/customers/{customerId}',
    pathParams: [{ name: 'customerId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'CustomerDto' },
    idempotent: true,
  },
  params: customersGetParams,
  response: schemas.CustomerDto,
});

export const customersUpdateViaPostParams = z.strictObject({
  customerId: idParam,
  body: schemas.UpdateCustomerRequest,
});
export type CustomersUpdateViaPostParams = z.input<typeof customersUpdateViaPostParams>;
const customersUpdateViaPost = defineOperation({
  route: {
    group: 'customers',
    method: 'updateViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customers/{customerId}',
    pathParams: [{ name: 'customerId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateCustomerRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customersUpdateViaPostParams,
  response: schemas.Result,
});

export const customersUpdateParams = z.strictObject({
  customerId: idParam,
  body: schemas.UpdateCustomerRequest,
});
export type CustomersUpdateParams = z.input<typeof customersUpdateParams>;
const customersUpdate = defineOperation({
  route: {
    group: 'customers',
    method: 'update',
    httpMethod: 'PUT',
    path: '/api/v3/customers/{customerId}',
    pathParams: [{ name: 'customerId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateCustomerRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customersUpdateParams,
  response: schemas.Result,
});

export const customersDeleteParams = z.strictObject({
  customerId: idParam,
});
export type CustomersDeleteParams = z.input<typeof customersDeleteParams>;
const customersDelete = defineOperation({
  route: {
    group: 'customers',
    method: 'delete',
    httpMethod: 'DELETE',
    path: '/api/v3/customers/{customerId}',
    pathParams: [{ name: 'customerId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: customersDeleteParams,
  response: undefined,
});

export const customersCreateFolderParams = z.strictObject({
  body: schemas.CreateFolderRequest,
});
export type CustomersCreateFolderParams = z.input<typeof customersCreateFolderParams>;
const customersCreateFolder = defineOperation({
  route: {
    group: 'customers',
    method: 'createFolder',
    httpMethod: 'POST',
    path: '/api/v3/customers/folders',
    pathParams: [],
    queryParams: [],
    body: 'CreateFolderRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: customersCreateFolderParams,
  response: schemas.Result,
});

export const customersCreateAttachmentParams = z.strictObject({
  body: schemas.CreateCustomerAttachmentRequest,
});
export type CustomersCreateAttachmentParams = z.input<typeof customersCreateAttachmentParams>;
const customersCreateAttachment = defineOperation({
  route: {
    group: 'customers',
    method: 'createAttachment',
    httpMethod: 'POST',
    path: '/api/v3/customers/attachments',
    pathParams: [],
    queryParams: [],
    body: 'CreateCustomerAttachmentRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: customersCreateAttachmentParams,
  response: schemas.Result,
});

export const customValuesGetParams = z.strictObject({
  customValueId: guidInput,
});
export type CustomValuesGetParams = z.input<typeof customValuesGetParams>;
const customValuesGet = defineOperation({
  route: {
    group: 'customValues',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/{customValueId}',
    pathParams: [{ name: 'customValueId', kind: 'uuid' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetTicketFieldParams = z.strictObject({
  ticketId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetTicketFieldParams = z.input<typeof customValuesGetTicketFieldParams>;
const customValuesGetTicketField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getTicketField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/ticketfield/{ticketId}/{fieldName}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetTicketFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetTicketFieldViaPostParams = z.strictObject({
  ticketId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetTicketFieldViaPostParams = z.input<typeof customValuesSetTicketFieldViaPostParams>;
const customValuesSetTicketFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setTicketFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/ticketfield/{ticketId}/{fieldName}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetTicketFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetTicketFieldParams = z.strictObject({
  ticketId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetTicketFieldParams = z.input<typeof customValuesSetTicketFieldParams>;
const customValuesSetTicketField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setTicketField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/ticketfield/{ticketId}/{fieldName}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetTicketFieldParams,
  response: schemas.Result,
});

export const customValuesListTicketFieldsParams = z.strictObject({
  ticketId: idParam,
});
export type CustomValuesListTicketFieldsParams = z.input<typeof customValuesListTicketFieldsParams>;
const customValuesListTicketFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listTicketFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/ticketfields/{ticketId}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListTicketFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetCustomerFieldParams = z.strictObject({
  customerId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetCustomerFieldParams = z.input<typeof customValuesGetCustomerFieldParams>;
const customValuesGetCustomerField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getCustomerField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/customerfield/{customerId}/{fieldName}',
    pathParams: [{ name: 'customerId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetCustomerFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetCustomerFieldViaPostParams = z.strictObject({
  customerId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetCustomerFieldViaPostParams = z.input<typeof customValuesSetCustomerFieldViaPostParams>;
const customValuesSetCustomerFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setCustomerFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/customerfield/{customerId}/{fieldName}',
    pathParams: [{ name: 'customerId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetCustomerFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetCustomerFieldParams = z.strictObject({
  customerId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetCustomerFieldParams = z.input<typeof customValuesSetCustomerFieldParams>;
const customValuesSetCustomerField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setCustomerField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/customerfield/{customerId}/{fieldName}',
    pathParams: [{ name: 'customerId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetCustomerFieldParams,
  response: schemas.Result,
});

export const customValuesListCustomerFieldsParams = z.strictObject({
  customerId: idParam,
});
export type CustomValuesListCustomerFieldsParams = z.input<typeof customValuesListCustomerFieldsParams>;
const customValuesListCustomerFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listCustomerFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/customerfields/{customerId}',
    pathParams: [{ name: 'customerId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListCustomerFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetContactFieldParams = z.strictObject({
  contactId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetContactFieldParams = z.input<typeof customValuesGetContactFieldParams>;
const customValuesGetContactField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getContactField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/contactfield/{contactId}/{fieldName}',
    pathParams: [{ name: 'contactId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetContactFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetContactFieldViaPostParams = z.strictObject({
  contactId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetContactFieldViaPostParams = z.input<typeof customValuesSetContactFieldViaPostParams>;
const customValuesSetContactFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setContactFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/contactfield/{contactId}/{fieldName}',
    pathParams: [{ name: 'contactId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetContactFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetContactFieldParams = z.strictObject({
  contactId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetContactFieldParams = z.input<typeof customValuesSetContactFieldParams>;
const customValuesSetContactField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setContactField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/contactfield/{contactId}/{fieldName}',
    pathParams: [{ name: 'contactId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetContactFieldParams,
  response: schemas.Result,
});

export const customValuesListContactFieldsParams = z.strictObject({
  contactId: idParam,
});
export type CustomValuesListContactFieldsParams = z.input<typeof customValuesListContactFieldsParams>;
const customValuesListContactFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listContactFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/contactfields/{contactId}',
    pathParams: [{ name: 'contactId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListContactFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetContractFieldParams = z.strictObject({
  contractId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetContractFieldParams = z.input<typeof customValuesGetContractFieldParams>;
const customValuesGetContractField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getContractField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/contractfield/{contractId}/{fieldName}',
    pathParams: [{ name: 'contractId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetContractFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetContractFieldViaPostParams = z.strictObject({
  contractId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetContractFieldViaPostParams = z.input<typeof customValuesSetContractFieldViaPostParams>;
const customValuesSetContractFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setContractFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/contractfield/{contractId}/{fieldName}',
    pathParams: [{ name: 'contractId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetContractFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetContractFieldParams = z.strictObject({
  contractId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetContractFieldParams = z.input<typeof customValuesSetContractFieldParams>;
const customValuesSetContractField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setContractField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/contractfield/{contractId}/{fieldName}',
    pathParams: [{ name: 'contractId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetContractFieldParams,
  response: schemas.Result,
});

export const customValuesListContractFieldsParams = z.strictObject({
  contractId: idParam,
});
export type CustomValuesListContractFieldsParams = z.input<typeof customValuesListContractFieldsParams>;
const customValuesListContractFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listContractFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/contractfields/{contractId}',
    pathParams: [{ name: 'contractId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListContractFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetSlaFieldParams = z.strictObject({
  slaId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetSlaFieldParams = z.input<typeof customValuesGetSlaFieldParams>;
const customValuesGetSlaField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getSlaField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/slafield/{slaId}/{fieldName}',
    pathParams: [{ name: 'slaId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetSlaFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetSlaFieldViaPostParams = z.strictObject({
  slaId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetSlaFieldViaPostParams = z.input<typeof customValuesSetSlaFieldViaPostParams>;
const customValuesSetSlaFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setSlaFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/slafield/{slaId}/{fieldName}',
    pathParams: [{ name: 'slaId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetSlaFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetSlaFieldParams = z.strictObject({
  slaId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetSlaFieldParams = z.input<typeof customValuesSetSlaFieldParams>;
const customValuesSetSlaField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setSlaField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/slafield/{slaId}/{fieldName}',
    pathParams: [{ name: 'slaId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetSlaFieldParams,
  response: schemas.Result,
});

export const customValuesListSlaFieldsParams = z.strictObject({
  slaId: idParam,
});
export type CustomValuesListSlaFieldsParams = z.input<typeof customValuesListSlaFieldsParams>;
const customValuesListSlaFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listSlaFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/slafields/{slaId}',
    pathParams: [{ name: 'slaId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListSlaFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetAgentFieldParams = z.strictObject({
  agentId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetAgentFieldParams = z.input<typeof customValuesGetAgentFieldParams>;
const customValuesGetAgentField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getAgentField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/agentfield/{agentId}/{fieldName}',
    pathParams: [{ name: 'agentId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetAgentFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetAgentFieldViaPostParams = z.strictObject({
  agentId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetAgentFieldViaPostParams = z.input<typeof customValuesSetAgentFieldViaPostParams>;
const customValuesSetAgentFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setAgentFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/agentfield/{agentId}/{fieldName}',
    pathParams: [{ name: 'agentId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetAgentFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetAgentFieldParams = z.strictObject({
  agentId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetAgentFieldParams = z.input<typeof customValuesSetAgentFieldParams>;
const customValuesSetAgentField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setAgentField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/agentfield/{agentId}/{fieldName}',
    pathParams: [{ name: 'agentId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetAgentFieldParams,
  response: schemas.Result,
});

export const customValuesListAgentFieldsParams = z.strictObject({
  agentId: idParam,
});
export type CustomValuesListAgentFieldsParams = z.input<typeof customValuesListAgentFieldsParams>;
const customValuesListAgentFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listAgentFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/agentfields/{agentId}',
    pathParams: [{ name: 'agentId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListAgentFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetSnmpDeviceFieldParams = z.strictObject({
  snmpDeviceId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetSnmpDeviceFieldParams = z.input<typeof customValuesGetSnmpDeviceFieldParams>;
const customValuesGetSnmpDeviceField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getSnmpDeviceField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/snmpfield/{snmpDeviceId}/{fieldName}',
    pathParams: [{ name: 'snmpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetSnmpDeviceFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetSnmpDeviceFieldViaPostParams = z.strictObject({
  snmpDeviceId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetSnmpDeviceFieldViaPostParams = z.input<typeof customValuesSetSnmpDeviceFieldViaPostParams>;
const customValuesSetSnmpDeviceFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setSnmpDeviceFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/snmpfield/{snmpDeviceId}/{fieldName}',
    pathParams: [{ name: 'snmpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetSnmpDeviceFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetSnmpDeviceFieldParams = z.strictObject({
  snmpDeviceId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetSnmpDeviceFieldParams = z.input<typeof customValuesSetSnmpDeviceFieldParams>;
const customValuesSetSnmpDeviceField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setSnmpDeviceField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/snmpfield/{snmpDeviceId}/{fieldName}',
    pathParams: [{ name: 'snmpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetSnmpDeviceFieldParams,
  response: schemas.Result,
});

export const customValuesListSnmpDeviceFieldsParams = z.strictObject({
  snmpDeviceId: idParam,
});
export type CustomValuesListSnmpDeviceFieldsParams = z.input<typeof customValuesListSnmpDeviceFieldsParams>;
const customValuesListSnmpDeviceFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listSnmpDeviceFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/snmpfields/{snmpDeviceId}',
    pathParams: [{ name: 'snmpDeviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListSnmpDeviceFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetTcpDeviceFieldParams = z.strictObject({
  tcpDeviceId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetTcpDeviceFieldParams = z.input<typeof customValuesGetTcpDeviceFieldParams>;
const customValuesGetTcpDeviceField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getTcpDeviceField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/tcpfield/{tcpDeviceId}/{fieldName}',
    pathParams: [{ name: 'tcpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetTcpDeviceFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetTcpDeviceFieldViaPostParams = z.strictObject({
  tcpDeviceId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetTcpDeviceFieldViaPostParams = z.input<typeof customValuesSetTcpDeviceFieldViaPostParams>;
const customValuesSetTcpDeviceFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setTcpDeviceFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/tcpfield/{tcpDeviceId}/{fieldName}',
    pathParams: [{ name: 'tcpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetTcpDeviceFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetTcpDeviceFieldParams = z.strictObject({
  tcpDeviceId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetTcpDeviceFieldParams = z.input<typeof customValuesSetTcpDeviceFieldParams>;
const customValuesSetTcpDeviceField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setTcpDeviceField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/tcpfield/{tcpDeviceId}/{fieldName}',
    pathParams: [{ name: 'tcpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetTcpDeviceFieldParams,
  response: schemas.Result,
});

export const customValuesListTcpDeviceFieldsParams = z.strictObject({
  tcpDeviceId: idParam,
});
export type CustomValuesListTcpDeviceFieldsParams = z.input<typeof customValuesListTcpDeviceFieldsParams>;
const customValuesListTcpDeviceFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listTcpDeviceFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/tcpfields/{tcpDeviceId}',
    pathParams: [{ name: 'tcpDeviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListTcpDeviceFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetHttpDeviceFieldParams = z.strictObject({
  httpDeviceId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetHttpDeviceFieldParams = z.input<typeof customValuesGetHttpDeviceFieldParams>;
const customValuesGetHttpDeviceField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getHttpDeviceField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/httpfield/{httpDeviceId}/{fieldName}',
    pathParams: [{ name: 'httpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetHttpDeviceFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetHttpDeviceFieldViaPostParams = z.strictObject({
  httpDeviceId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetHttpDeviceFieldViaPostParams = z.input<typeof customValuesSetHttpDeviceFieldViaPostParams>;
const customValuesSetHttpDeviceFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setHttpDeviceFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/httpfield/{httpDeviceId}/{fieldName}',
    pathParams: [{ name: 'httpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetHttpDeviceFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetHttpDeviceFieldParams = z.strictObject({
  httpDeviceId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetHttpDeviceFieldParams = z.input<typeof customValuesSetHttpDeviceFieldParams>;
const customValuesSetHttpDeviceField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setHttpDeviceField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/httpfield/{httpDeviceId}/{fieldName}',
    pathParams: [{ name: 'httpDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetHttpDeviceFieldParams,
  response: schemas.Result,
});

export const customValuesListHttpDeviceFieldsParams = z.strictObject({
  httpDeviceId: idParam,
});
export type CustomValuesListHttpDeviceFieldsParams = z.input<typeof customValuesListHttpDeviceFieldsParams>;
const customValuesListHttpDeviceFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listHttpDeviceFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/httpfields/{httpDeviceId}',
    pathParams: [{ name: 'httpDeviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListHttpDeviceFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesGetGenericDeviceFieldParams = z.strictObject({
  genericDeviceId: idParam,
  fieldName: pathText,
});
export type CustomValuesGetGenericDeviceFieldParams = z.input<typeof customValuesGetGenericDeviceFieldParams>;
const customValuesGetGenericDeviceField = defineOperation({
  route: {
    group: 'customValues',
    method: 'getGenericDeviceField',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/genericfield/{genericDeviceId}/{fieldName}',
    pathParams: [{ name: 'genericDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesGetGenericDeviceFieldParams,
  response: schemas.CustomValueDto,
});

export const customValuesSetGenericDeviceFieldViaPostParams = z.strictObject({
  genericDeviceId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetGenericDeviceFieldViaPostParams = z.input<typeof customValuesSetGenericDeviceFieldViaPostParams>;
const customValuesSetGenericDeviceFieldViaPost = defineOperation({
  route: {
    group: 'customValues',
    method: 'setGenericDeviceFieldViaPost',
    httpMethod: 'POST',
    path: '/api/v3/customvalues/genericfield/{genericDeviceId}/{fieldName}',
    pathParams: [{ name: 'genericDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetGenericDeviceFieldViaPostParams,
  response: schemas.Result,
});

export const customValuesSetGenericDeviceFieldParams = z.strictObject({
  genericDeviceId: idParam,
  fieldName: pathText,
  body: schemas.SetCustomValueRequest,
});
export type CustomValuesSetGenericDeviceFieldParams = z.input<typeof customValuesSetGenericDeviceFieldParams>;
const customValuesSetGenericDeviceField = defineOperation({
  route: {
    group: 'customValues',
    method: 'setGenericDeviceField',
    httpMethod: 'PUT',
    path: '/api/v3/customvalues/genericfield/{genericDeviceId}/{fieldName}',
    pathParams: [{ name: 'genericDeviceId', kind: 'integer' }, { name: 'fieldName', kind: 'string' }],
    queryParams: [],
    body: 'SetCustomValueRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: customValuesSetGenericDeviceFieldParams,
  response: schemas.Result,
});

export const customValuesListGenericDeviceFieldsParams = z.strictObject({
  genericDeviceId: idParam,
});
export type CustomValuesListGenericDeviceFieldsParams = z.input<typeof customValuesListGenericDeviceFieldsParams>;
const customValuesListGenericDeviceFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listGenericDeviceFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/genericfields/{genericDeviceId}',
    pathParams: [{ name: 'genericDeviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomValueDto' },
    idempotent: true,
  },
  params: customValuesListGenericDeviceFieldsParams,
  response: schemas.CustomValueDto,
});

export const customValuesListCustomFieldsParams = z.strictObject({});
export type CustomValuesListCustomFieldsParams = z.input<typeof customValuesListCustomFieldsParams>;
const customValuesListCustomFields = defineOperation({
  route: {
    group: 'customValues',
    method: 'listCustomFields',
    httpMethod: 'GET',
    path: '/api/v3/customvalues/customfields',
    pathParams: [],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'CustomFieldDto' },
    idempotent: true,
  },
  params: customValuesListCustomFieldsParams,
  response: schemas.CustomFieldDto,
});

export const departmentsListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type DepartmentsListParams = z.input<typeof departmentsListParams>;
const departmentsList = defineOperation({
  route: {
    group: 'departments',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/departments',
    pathParams: [],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'DepartmentDto' },
    idempotent: true,
  },
  params: departmentsListParams,
  response: schemas.DepartmentDto,
});

export const departmentsCreateParams = z.strictObject({
  body: schemas.CreateDepartmentRequest,
});
export type DepartmentsCreateParams = z.input<typeof departmentsCreateParams>;
const departmentsCreate = defineOperation({
  route: {
    group: 'departments',
    method: 'create',
    httpMethod: 'POST',
    path: '/api/v3/departments',
    pathParams: [],
    queryParams: [],
    body: 'CreateDepartmentRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: departmentsCreateParams,
  response: schemas.Result,
});

export const departmentsGetParams = z.strictObject({
  departmentId: idParam,
});
export type DepartmentsGetParams = z.input<typeof departmentsGetParams>;
const departmentsGet = defineOperation({
  route: {
    group: 'departments',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/departments/{departmentId}',
    pathParams: [{ name: 'departmentId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'DepartmentDto' },
    idempotent: true,
  },
  params: departmentsGetParams,
  response: schemas.DepartmentDto,
});

export const departmentsUpdateViaPostParams = z.strictObject({
  departmentId: idParam,
  body: schemas.UpdateDepartmentRequest,
});
export type DepartmentsUpdateViaPostParams = z.input<typeof departmentsUpdateViaPostParams>;
const departmentsUpdateViaPost = defineOperation({
  route: {
    group: 'departments',
    method: 'updateViaPost',
    httpMethod: 'POST',
    path: '/api/v3/departments/{departmentId}',
    pathParams: [{ name: 'departmentId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateDepartmentRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: departmentsUpdateViaPostParams,
  response: schemas.Result,
});

export const departmentsUpdateParams = z.strictObject({
  departmentId: idParam,
  body: schemas.UpdateDepartmentRequest,
});
export type DepartmentsUpdateParams = z.input<typeof departmentsUpdateParams>;
const departmentsUpdate = defineOperation({
  route: {
    group: 'departments',
    method: 'update',
    httpMethod: 'PUT',
    path: '/api/v3/departments/{departmentId}',
    pathParams: [{ name: 'departmentId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateDepartmentRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: departmentsUpdateParams,
  response: schemas.Result,
});

export const departmentsDeleteParams = z.strictObject({
  departmentId: idParam,
});
export type DepartmentsDeleteParams = z.input<typeof departmentsDeleteParams>;
const departmentsDelete = defineOperation({
  route: {
    group: 'departments',
    method: 'delete',
    httpMethod: 'DELETE',
    path: '/api/v3/departments/{departmentId}',
    pathParams: [{ name: 'departmentId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: departmentsDeleteParams,
  response: undefined,
});

export const devicesListGenericDevicesParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  customerId: z.int().optional(),
  monitoringAgentId: z.int().optional(),
});
export type DevicesListGenericDevicesParams = z.input<typeof devicesListGenericDevicesParams>;
const devicesListGenericDevices = defineOperation({
  route: {
    group: 'devices',
    method: 'listGenericDevices',
    httpMethod: 'GET',
    path: '/api/v3/devices/genericdevices',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'customerId', 'monitoringAgentId'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'GenericDeviceDto' },
    idempotent: true,
  },
  params: devicesListGenericDevicesParams,
  response: schemas.GenericDeviceDto,
});

export const devicesGetGenericDeviceParams = z.strictObject({
  deviceId: idParam,
});
export type DevicesGetGenericDeviceParams = z.input<typeof devicesGetGenericDeviceParams>;
const devicesGetGenericDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'getGenericDevice',
    httpMethod: 'GET',
    path: '/api/v3/devices/genericdevice/{deviceId}',
    pathParams: [{ name: 'deviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'GenericDeviceDto' },
    idempotent: true,
  },
  params: devicesGetGenericDeviceParams,
  response: schemas.GenericDeviceDto,
});

export const devicesDeleteGenericDeviceParams = z.strictObject({
  deviceId: idParam,
});
export type DevicesDeleteGenericDeviceParams = z.input<typeof devicesDeleteGenericDeviceParams>;
const devicesDeleteGenericDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'deleteGenericDevice',
    httpMethod: 'DELETE',
    path: '/api/v3/devices/genericdevice/{deviceId}',
    pathParams: [{ name: 'deviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: devicesDeleteGenericDeviceParams,
  response: undefined,
});

export const devicesCreateGenericDeviceParams = z.strictObject({
  body: schemas.CreateGenericDeviceRequest,
});
export type DevicesCreateGenericDeviceParams = z.input<typeof devicesCreateGenericDeviceParams>;
const devicesCreateGenericDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'createGenericDevice',
    httpMethod: 'POST',
    path: '/api/v3/devices/genericdevice',
    pathParams: [],
    queryParams: [],
    body: 'CreateGenericDeviceRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'CreatedDeviceResult' },
    idempotent: false,
  },
  params: devicesCreateGenericDeviceParams,
  response: schemas.CreatedDeviceResult,
});

export const devicesListTcpDevicesParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  customerId: z.int().optional(),
  monitoringAgentId: z.int().optional(),
});
export type DevicesListTcpDevicesParams = z.input<typeof devicesListTcpDevicesParams>;
const devicesListTcpDevices = defineOperation({
  route: {
    group: 'devices',
    method: 'listTcpDevices',
    httpMethod: 'GET',
    path: '/api/v3/devices/tcpdevices',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'customerId', 'monitoringAgentId'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'TcpDeviceDto' },
    idempotent: true,
  },
  params: devicesListTcpDevicesParams,
  response: schemas.TcpDeviceDto,
});

export const devicesGetTcpDeviceParams = z.strictObject({
  deviceId: idParam,
});
export type DevicesGetTcpDeviceParams = z.input<typeof devicesGetTcpDeviceParams>;
const devicesGetTcpDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'getTcpDevice',
    httpMethod: 'GET',
    path: '/api/v3/devices/tcpdevice/{deviceId}',
    pathParams: [{ name: 'deviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'TcpDeviceDto' },
    idempotent: true,
  },
  params: devicesGetTcpDeviceParams,
  response: schemas.TcpDeviceDto,
});

export const devicesDeleteTcpDeviceParams = z.strictObject({
  deviceId: idParam,
});
export type DevicesDeleteTcpDeviceParams = z.input<typeof devicesDeleteTcpDeviceParams>;
const devicesDeleteTcpDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'deleteTcpDevice',
    httpMethod: 'DELETE',
    path: '/api/v3/devices/tcpdevice/{deviceId}',
    pathParams: [{ name: 'deviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: devicesDeleteTcpDeviceParams,
  response: undefined,
});

export const devicesCreateTcpDeviceParams = z.strictObject({
  body: schemas.CreateTcpDeviceRequest,
});
export type DevicesCreateTcpDeviceParams = z.input<typeof devicesCreateTcpDeviceParams>;
const devicesCreateTcpDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'createTcpDevice',
    httpMethod: 'POST',
    path: '/api/v3/devices/tcpdevice',
    pathParams: [],
    queryParams: [],
    body: 'CreateTcpDeviceRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'CreatedDeviceResult' },
    idempotent: false,
  },
  params: devicesCreateTcpDeviceParams,
  response: schemas.CreatedDeviceResult,
});

export const devicesListHttpDevicesParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  customerId: z.int().optional(),
  monitoringAgentId: z.int().optional(),
});
export type DevicesListHttpDevicesParams = z.input<typeof devicesListHttpDevicesParams>;
const devicesListHttpDevices = defineOperation({
  route: {
    group: 'devices',
    method: 'listHttpDevices',
    httpMethod: 'GET',
    path: '/api/v3/devices/httpdevices',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'customerId', 'monitoringAgentId'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'HttpDeviceDto' },
    idempotent: true,
  },
  params: devicesListHttpDevicesParams,
  response: schemas.HttpDeviceDto,
});

export const devicesGetHttpDeviceParams = z.strictObject({
  deviceId: idParam,
});
export type DevicesGetHttpDeviceParams = z.input<typeof devicesGetHttpDeviceParams>;
const devicesGetHttpDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'getHttpDevice',
    httpMethod: 'GET',
    path: '/api/v3/devices/httpdevice/{deviceId}',
    pathParams: [{ name: 'deviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'HttpDeviceDto' },
    idempotent: true,
  },
  params: devicesGetHttpDeviceParams,
  response: schemas.HttpDeviceDto,
});

export const devicesDeleteHttpDeviceParams = z.strictObject({
  deviceId: idParam,
});
export type DevicesDeleteHttpDeviceParams = z.input<typeof devicesDeleteHttpDeviceParams>;
const devicesDeleteHttpDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'deleteHttpDevice',
    httpMethod: 'DELETE',
    path: '/api/v3/devices/httpdevice/{deviceId}',
    pathParams: [{ name: 'deviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: devicesDeleteHttpDeviceParams,
  response: undefined,
});

export const devicesCreateHttpDeviceParams = z.strictObject({
  body: schemas.CreateHttpDeviceRequest,
});
export type DevicesCreateHttpDeviceParams = z.input<typeof devicesCreateHttpDeviceParams>;
const devicesCreateHttpDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'createHttpDevice',
    httpMethod: 'POST',
    path: '/api/v3/devices/httpdevice',
    pathParams: [],
    queryParams: [],
    body: 'CreateHttpDeviceRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'CreatedDeviceResult' },
    idempotent: false,
  },
  params: devicesCreateHttpDeviceParams,
  response: schemas.CreatedDeviceResult,
});

export const devicesListSnmpDevicesParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  customerId: z.int().optional(),
  monitoringAgentId: z.int().optional(),
});
export type DevicesListSnmpDevicesParams = z.input<typeof devicesListSnmpDevicesParams>;
const devicesListSnmpDevices = defineOperation({
  route: {
    group: 'devices',
    method: 'listSnmpDevices',
    httpMethod: 'GET',
    path: '/api/v3/devices/snmpdevices',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'customerId', 'monitoringAgentId'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'SnmpDeviceDto' },
    idempotent: true,
  },
  params: devicesListSnmpDevicesParams,
  response: schemas.SnmpDeviceDto,
});

export const devicesGetSnmpDeviceParams = z.strictObject({
  deviceId: idParam,
});
export type DevicesGetSnmpDeviceParams = z.input<typeof devicesGetSnmpDeviceParams>;
const devicesGetSnmpDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'getSnmpDevice',
    httpMethod: 'GET',
    path: '/api/v3/devices/snmpdevice/{deviceId}',
    pathParams: [{ name: 'deviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'SnmpDeviceDto' },
    idempotent: true,
  },
  params: devicesGetSnmpDeviceParams,
  response: schemas.SnmpDeviceDto,
});

export const devicesDeleteSnmpDeviceParams = z.strictObject({
  deviceId: idParam,
});
export type DevicesDeleteSnmpDeviceParams = z.input<typeof devicesDeleteSnmpDeviceParams>;
const devicesDeleteSnmpDevice = defineOperation({
  route: {
    group: 'devices',
    method: 'deleteSnmpDevice',
    httpMethod: 'DELETE',
    path: '/api/v3/devices/snmpdevice/{deviceId}',
    pathParams: [{ name: 'deviceId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: devicesDeleteSnmpDeviceParams,
  response: undefined,
});

export const devicesGetSnmpDeviceByGuidParams = z.strictObject({
  deviceGuid: guidInput,
});
export type DevicesGetSnmpDeviceByGuidParams = z.input<typeof devicesGetSnmpDeviceByGuidParams>;
const devicesGetSnmpDeviceByGuid = defineOperation({
  route: {
    group: 'devices',
    method: 'getSnmpDeviceByGuid',
    httpMethod: 'GET',
    path: '/api/v3/devices/snmpdevice/guid/{deviceGuid}',
    pathParams: [{ name: 'deviceGuid', kind: 'uuid' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'SnmpDeviceDto' },
    idempotent: true,
  },
  params: devicesGetSnmpDeviceByGuidParams,
  response: schemas.SnmpDeviceDto,
});

export const devicesCreateSnmpV1V2DeviceParams = z.strictObject({
  body: schemas.CreateSnmpV1DeviceRequest,
});
export type DevicesCreateSnmpV1V2DeviceParams = z.input<typeof devicesCreateSnmpV1V2DeviceParams>;
const devicesCreateSnmpV1V2Device = defineOperation({
  route: {
    group: 'devices',
    method: 'createSnmpV1V2Device',
    httpMethod: 'POST',
    path: '/api/v3/devices/snmpdevice/v1v2',
    pathParams: [],
    queryParams: [],
    body: 'CreateSnmpV1DeviceRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'CreatedDeviceResult' },
    idempotent: false,
  },
  params: devicesCreateSnmpV1V2DeviceParams,
  response: schemas.CreatedDeviceResult,
});

export const devicesCreateSnmpV3DeviceParams = z.strictObject({
  body: schemas.CreateSnmpV3DeviceRequest,
});
export type DevicesCreateSnmpV3DeviceParams = z.input<typeof devicesCreateSnmpV3DeviceParams>;
const devicesCreateSnmpV3Device = defineOperation({
  route: {
    group: 'devices',
    method: 'createSnmpV3Device',
    httpMethod: 'POST',
    path: '/api/v3/devices/snmpdevice/v3',
    pathParams: [],
    queryParams: [],
    body: 'CreateSnmpV3DeviceRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'CreatedDeviceResult' },
    idempotent: false,
  },
  params: devicesCreateSnmpV3DeviceParams,
  response: schemas.CreatedDeviceResult,
});

export const knowledgeBaseListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type KnowledgeBaseListParams = z.input<typeof knowledgeBaseListParams>;
const knowledgeBaseList = defineOperation({
  route: {
    group: 'knowledgeBase',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/knowledgebases',
    pathParams: [],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'KnowledgeBaseDto' },
    idempotent: true,
  },
  params: knowledgeBaseListParams,
  response: schemas.KnowledgeBaseDto,
});

export const ratesListProductsParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type RatesListProductsParams = z.input<typeof ratesListProductsParams>;
const ratesListProducts = defineOperation({
  route: {
    group: 'rates',
    method: 'listProducts',
    httpMethod: 'GET',
    path: '/api/v3/rates/products',
    pathParams: [],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'RateDto' },
    idempotent: true,
  },
  params: ratesListProductsParams,
  response: schemas.RateDto,
});

export const ratesCreateProductParams = z.strictObject({
  body: schemas.CreateRateRequest,
});
export type RatesCreateProductParams = z.input<typeof ratesCreateProductParams>;
const ratesCreateProduct = defineOperation({
  route: {
    group: 'rates',
    method: 'createProduct',
    httpMethod: 'POST',
    path: '/api/v3/rates/products',
    pathParams: [],
    queryParams: [],
    body: 'CreateRateRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: ratesCreateProductParams,
  response: schemas.Result,
});

export const ratesGetProductParams = z.strictObject({
  productId: idParam,
});
export type RatesGetProductParams = z.input<typeof ratesGetProductParams>;
const ratesGetProduct = defineOperation({
  route: {
    group: 'rates',
    method: 'getProduct',
    httpMethod: 'GET',
    path: '/api/v3/rates/products/{productId}',
    pathParams: [{ name: 'productId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'RateDto' },
    idempotent: true,
  },
  params: ratesGetProductParams,
  response: schemas.RateDto,
});

export const ratesUpdateProductParams = z.strictObject({
  productId: idParam,
  body: schemas.UpdateRateRequest,
});
export type RatesUpdateProductParams = z.input<typeof ratesUpdateProductParams>;
const ratesUpdateProduct = defineOperation({
  route: {
    group: 'rates',
    method: 'updateProduct',
    httpMethod: 'PUT',
    path: '/api/v3/rates/products/{productId}',
    pathParams: [{ name: 'productId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateRateRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: ratesUpdateProductParams,
  response: schemas.Result,
});

export const ratesDeleteProductParams = z.strictObject({
  productId: idParam,
});
export type RatesDeleteProductParams = z.input<typeof ratesDeleteProductParams>;
const ratesDeleteProduct = defineOperation({
  route: {
    group: 'rates',
    method: 'deleteProduct',
    httpMethod: 'DELETE',
    path: '/api/v3/rates/products/{productId}',
    pathParams: [{ name: 'productId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: ratesDeleteProductParams,
  response: undefined,
});

export const ratesListExpensesParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type RatesListExpensesParams = z.input<typeof ratesListExpensesParams>;
const ratesListExpenses = defineOperation({
  route: {
    group: 'rates',
    method: 'listExpenses',
    httpMethod: 'GET',
    path: '/api/v3/rates/expenses',
    pathParams: [],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'RateDto' },
    idempotent: true,
  },
  params: ratesListExpensesParams,
  response: schemas.RateDto,
});

export const ratesCreateExpenseParams = z.strictObject({
  body: schemas.CreateRateRequest,
});
export type RatesCreateExpenseParams = z.input<typeof ratesCreateExpenseParams>;
const ratesCreateExpense = defineOperation({
  route: {
    group: 'rates',
    method: 'createExpense',
    httpMethod: 'POST',
    path: '/api/v3/rates/expenses',
    pathParams: [],
    queryParams: [],
    body: 'CreateRateRequest',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: ratesCreateExpenseParams,
  response: schemas.Result,
});

export const ratesGetExpenseParams = z.strictObject({
  expenseId: idParam,
});
export type RatesGetExpenseParams = z.input<typeof ratesGetExpenseParams>;
const ratesGetExpense = defineOperation({
  route: {
    group: 'rates',
    method: 'getExpense',
    httpMethod: 'GET',
    path: '/api/v3/rates/expenses/{expenseId}',
    pathParams: [{ name: 'expenseId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'RateDto' },
    idempotent: true,
  },
  params: ratesGetExpenseParams,
  response: schemas.RateDto,
});

export const ratesUpdateExpenseParams = z.strictObject({
  expenseId: idParam,
  body: schemas.UpdateRateRequest,
});
export type RatesUpdateExpenseParams = z.input<typeof ratesUpdateExpenseParams>;
const ratesUpdateExpense = defineOperation({
  route: {
    group: 'rates',
    method: 'updateExpense',
    httpMethod: 'PUT',
    path: '/api/v3/rates/expenses/{expenseId}',
    pathParams: [{ name: 'expenseId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateRateRequest',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: ratesUpdateExpenseParams,
  response: schemas.Result,
});

export const ratesDeleteExpenseParams = z.strictObject({
  expenseId: idParam,
});
export type RatesDeleteExpenseParams = z.input<typeof ratesDeleteExpenseParams>;
const ratesDeleteExpense = defineOperation({
  route: {
    group: 'rates',
    method: 'deleteExpense',
    httpMethod: 'DELETE',
    path: '/api/v3/rates/expenses/{expenseId}',
    pathParams: [{ name: 'expenseId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: ratesDeleteExpenseParams,
  response: undefined,
});

export const ticketsListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  customerId: z.int().optional(),
  ticketStatus: z.string().optional(),
  includeRelations: z.boolean().optional(),
});
export type TicketsListParams = z.input<typeof ticketsListParams>;
const ticketsList = defineOperation({
  route: {
    group: 'tickets',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/tickets',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'customerId', 'ticketStatus', 'includeRelations'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'TicketDto' },
    idempotent: true,
  },
  params: ticketsListParams,
  response: schemas.TicketDto,
});

export const ticketsCreateParams = z.strictObject({
  body: schemas.CreateTicketModel,
});
export type TicketsCreateParams = z.input<typeof ticketsCreateParams>;
const ticketsCreate = defineOperation({
  route: {
    group: 'tickets',
    method: 'create',
    httpMethod: 'POST',
    path: '/api/v3/tickets',
    pathParams: [],
    queryParams: [],
    body: 'CreateTicketModel',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: ticketsCreateParams,
  response: schemas.Result,
});

export const ticketsListWithoutCommentsParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  customerId: z.int().optional(),
  ticketStatus: z.string().optional(),
  includeRelations: z.boolean().optional(),
});
export type TicketsListWithoutCommentsParams = z.input<typeof ticketsListWithoutCommentsParams>;
const ticketsListWithoutComments = defineOperation({
  route: {
    group: 'tickets',
    method: 'listWithoutComments',
    httpMethod: 'GET',
    path: '/api/v3/tickets/noComments',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'customerId', 'ticketStatus', 'includeRelations'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'TicketDto' },
    idempotent: true,
  },
  params: ticketsListWithoutCommentsParams,
  response: schemas.TicketDto,
});

export const ticketsListStatusModifiedParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  includeComments: z.boolean().optional(),
  includeRelations: z.boolean().optional(),
});
export type TicketsListStatusModifiedParams = z.input<typeof ticketsListStatusModifiedParams>;
const ticketsListStatusModified = defineOperation({
  route: {
    group: 'tickets',
    method: 'listStatusModified',
    httpMethod: 'GET',
    path: '/api/v3/tickets/statusmodified',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'includeComments', 'includeRelations'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'TicketDto' },
    idempotent: true,
  },
  params: ticketsListStatusModifiedParams,
  response: schemas.TicketDto,
});

export const ticketsListLastModifiedParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  date: dateTimeInput.optional(),
  includeComments: z.boolean().optional(),
  includeRelations: z.boolean().optional(),
});
export type TicketsListLastModifiedParams = z.input<typeof ticketsListLastModifiedParams>;
const ticketsListLastModified = defineOperation({
  route: {
    group: 'tickets',
    method: 'listLastModified',
    httpMethod: 'GET',
    path: '/api/v3/tickets/lastmodified',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'date', 'includeComments', 'includeRelations'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'TicketDto' },
    idempotent: true,
  },
  params: ticketsListLastModifiedParams,
  response: schemas.TicketDto,
});

export const ticketsGetParams = z.strictObject({
  ticketId: idParam,
  includeRelations: z.boolean().optional(),
});
export type TicketsGetParams = z.input<typeof ticketsGetParams>;
const ticketsGet = defineOperation({
  route: {
    group: 'tickets',
    method: 'get',
    httpMethod: 'GET',
    path: '/api/v3/tickets/{ticketId}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: ['includeRelations'],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'TicketDto' },
    idempotent: true,
  },
  params: ticketsGetParams,
  response: schemas.TicketDto,
});

export const ticketsUpdateViaPostParams = z.strictObject({
  ticketId: idParam,
  body: schemas.UpdateTicketModel,
});
export type TicketsUpdateViaPostParams = z.input<typeof ticketsUpdateViaPostParams>;
const ticketsUpdateViaPost = defineOperation({
  route: {
    group: 'tickets',
    method: 'updateViaPost',
    httpMethod: 'POST',
    path: '/api/v3/tickets/{ticketId}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateTicketModel',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: ticketsUpdateViaPostParams,
  response: schemas.Result,
});

export const ticketsUpdateParams = z.strictObject({
  ticketId: idParam,
  body: schemas.UpdateTicketModel,
});
export type TicketsUpdateParams = z.input<typeof ticketsUpdateParams>;
const ticketsUpdate = defineOperation({
  route: {
    group: 'tickets',
    method: 'update',
    httpMethod: 'PUT',
    path: '/api/v3/tickets/{ticketId}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: 'UpdateTicketModel',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: true,
  },
  params: ticketsUpdateParams,
  response: schemas.Result,
});

export const ticketsDeleteParams = z.strictObject({
  ticketId: idParam,
});
export type TicketsDeleteParams = z.input<typeof ticketsDeleteParams>;
const ticketsDelete = defineOperation({
  route: {
    group: 'tickets',
    method: 'delete',
    httpMethod: 'DELETE',
    path: '/api/v3/tickets/{ticketId}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: ticketsDeleteParams,
  response: undefined,
});

export const ticketsListCommentsParams = z.strictObject({
  ticketId: idParam,
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type TicketsListCommentsParams = z.input<typeof ticketsListCommentsParams>;
const ticketsListComments = defineOperation({
  route: {
    group: 'tickets',
    method: 'listComments',
    httpMethod: 'GET',
    path: '/api/v3/tickets/{ticketId}/comments',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'TicketCommentDto' },
    idempotent: true,
  },
  params: ticketsListCommentsParams,
  response: schemas.TicketCommentDto,
});

export const ticketsAddCommentParams = z.strictObject({
  ticketId: idParam,
  body: schemas.AddCommentToTicketModel,
});
export type TicketsAddCommentParams = z.input<typeof ticketsAddCommentParams>;
const ticketsAddComment = defineOperation({
  route: {
    group: 'tickets',
    method: 'addComment',
    httpMethod: 'POST',
    path: '/api/v3/tickets/{ticketId}/comments',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: 'AddCommentToTicketModel',
    successStatus: 200,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: ticketsAddCommentParams,
  response: schemas.Result,
});

export const ticketsListAttachmentsParams = z.strictObject({
  ticketId: idParam,
});
export type TicketsListAttachmentsParams = z.input<typeof ticketsListAttachmentsParams>;
const ticketsListAttachments = defineOperation({
  route: {
    group: 'tickets',
    method: 'listAttachments',
    httpMethod: 'GET',
    path: '/api/v3/tickets/{ticketId}/attachments',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'array', schema: 'string' },
    idempotent: true,
  },
  params: ticketsListAttachmentsParams,
  response: z.string(),
});

export const ticketsGetBillableDurationParams = z.strictObject({
  ticketId: idParam,
});
export type TicketsGetBillableDurationParams = z.input<typeof ticketsGetBillableDurationParams>;
const ticketsGetBillableDuration = defineOperation({
  route: {
    group: 'tickets',
    method: 'getBillableDuration',
    httpMethod: 'GET',
    path: '/api/v3/tickets/{ticketId}/billableduration',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'TicketDurationsDto' },
    idempotent: true,
  },
  params: ticketsGetBillableDurationParams,
  response: schemas.TicketDurationsDto,
});

export const ticketsGetBillableDurationsParams = z.strictObject({
  body: z.array(z.int()).max(50),
});
export type TicketsGetBillableDurationsParams = z.input<typeof ticketsGetBillableDurationsParams>;
const ticketsGetBillableDurations = defineOperation({
  route: {
    group: 'tickets',
    method: 'getBillableDurations',
    httpMethod: 'POST',
    path: '/api/v3/tickets/billableduration',
    pathParams: [],
    queryParams: [],
    body: 'integer[]',
    successStatus: 200,
    response: { kind: 'array', schema: 'TicketDurationsDto' },
    idempotent: true,
  },
  params: ticketsGetBillableDurationsParams,
  response: schemas.TicketDurationsDto,
});

export const ticketsGetNonBillableDurationParams = z.strictObject({
  ticketId: idParam,
});
export type TicketsGetNonBillableDurationParams = z.input<typeof ticketsGetNonBillableDurationParams>;
const ticketsGetNonBillableDuration = defineOperation({
  route: {
    group: 'tickets',
    method: 'getNonBillableDuration',
    httpMethod: 'GET',
    path: '/api/v3/tickets/{ticketId}/nonbillableduration',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'TicketDurationsDto' },
    idempotent: true,
  },
  params: ticketsGetNonBillableDurationParams,
  response: schemas.TicketDurationsDto,
});

export const ticketsGetWorkHoursParams = z.strictObject({
  ticketId: idParam,
});
export type TicketsGetWorkHoursParams = z.input<typeof ticketsGetWorkHoursParams>;
const ticketsGetWorkHours = defineOperation({
  route: {
    group: 'tickets',
    method: 'getWorkHours',
    httpMethod: 'GET',
    path: '/api/v3/tickets/{ticketId}/workhours',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: null,
    successStatus: 200,
    response: { kind: 'object', schema: 'TicketWorkHoursSummaryDto' },
    idempotent: true,
  },
  params: ticketsGetWorkHoursParams,
  response: schemas.TicketWorkHoursSummaryDto,
});

export const ticketsAddWorkHoursParams = z.strictObject({
  ticketId: idParam,
  body: schemas.CreateWorkHoursModel,
});
export type TicketsAddWorkHoursParams = z.input<typeof ticketsAddWorkHoursParams>;
const ticketsAddWorkHours = defineOperation({
  route: {
    group: 'tickets',
    method: 'addWorkHours',
    httpMethod: 'POST',
    path: '/api/v3/tickets/{ticketId}/workhours',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: 'CreateWorkHoursModel',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: ticketsAddWorkHoursParams,
  response: schemas.Result,
});

export const ticketsGetBillableWorkHoursSiteDurationsParams = z.strictObject({
  body: z.array(z.int()),
});
export type TicketsGetBillableWorkHoursSiteDurationsParams = z.input<typeof ticketsGetBillableWorkHoursSiteDurationsParams>;
const ticketsGetBillableWorkHoursSiteDurations = defineOperation({
  route: {
    group: 'tickets',
    method: 'getBillableWorkHoursSiteDurations',
    httpMethod: 'POST',
    path: '/api/v3/tickets/billableworkhourssiteduration',
    pathParams: [],
    queryParams: [],
    body: 'integer[]',
    successStatus: 200,
    response: { kind: 'object', schema: 'TicketsWorkHoursSiteDurationSummaryDto' },
    idempotent: true,
  },
  params: ticketsGetBillableWorkHoursSiteDurationsParams,
  response: schemas.TicketsWorkHoursSiteDurationSummaryDto,
});

export const ticketsListWorkHoursRecordsParams = z.strictObject({
  ticketId: idParam,
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
});
export type TicketsListWorkHoursRecordsParams = z.input<typeof ticketsListWorkHoursRecordsParams>;
const ticketsListWorkHoursRecords = defineOperation({
  route: {
    group: 'tickets',
    method: 'listWorkHoursRecords',
    httpMethod: 'GET',
    path: '/api/v3/tickets/{ticketId}/workhoursrecords',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: ['page', 'itemsInPage'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'TicketWorkHoursDto' },
    idempotent: true,
  },
  params: ticketsListWorkHoursRecordsParams,
  response: schemas.TicketWorkHoursDto,
});

export const ticketsAddRelationParams = z.strictObject({
  ticketId: idParam,
  body: schemas.AddTicketRelationModel,
});
export type TicketsAddRelationParams = z.input<typeof ticketsAddRelationParams>;
const ticketsAddRelation = defineOperation({
  route: {
    group: 'tickets',
    method: 'addRelation',
    httpMethod: 'POST',
    path: '/api/v3/tickets/{ticketId}/relations',
    pathParams: [{ name: 'ticketId', kind: 'integer' }],
    queryParams: [],
    body: 'AddTicketRelationModel',
    successStatus: 201,
    response: { kind: 'object', schema: 'Result' },
    idempotent: false,
  },
  params: ticketsAddRelationParams,
  response: schemas.Result,
});

export const ticketsRemoveRelationParams = z.strictObject({
  ticketId: idParam,
  relationType: schemas.RelationTypeInput,
});
export type TicketsRemoveRelationParams = z.input<typeof ticketsRemoveRelationParams>;
const ticketsRemoveRelation = defineOperation({
  route: {
    group: 'tickets',
    method: 'removeRelation',
    httpMethod: 'DELETE',
    path: '/api/v3/tickets/{ticketId}/relations/{relationType}',
    pathParams: [{ name: 'ticketId', kind: 'integer' }, { name: 'relationType', kind: 'string' }],
    queryParams: [],
    body: null,
    successStatus: 204,
    response: { kind: 'none', schema: null },
    idempotent: true,
  },
  params: ticketsRemoveRelationParams,
  response: undefined,
});

export const workHoursListParams = z.strictObject({
  page: pageNumber.optional(),
  itemsInPage: pageSize.optional(),
  startWorkhour: z.string().optional(),
  endWorkhour: z.string().optional(),
  includeRates: z.boolean().optional(),
});
export type WorkHoursListParams = z.input<typeof workHoursListParams>;
const workHoursList = defineOperation({
  route: {
    group: 'workHours',
    method: 'list',
    httpMethod: 'GET',
    path: '/api/v3/workhours',
    pathParams: [],
    queryParams: ['page', 'itemsInPage', 'startWorkhour', 'endWorkhour', 'includeRates'],
    body: null,
    successStatus: 200,
    response: { kind: 'page', schema: 'WorkhourRecordDto' },
    idempotent: true,
  },
  params: workHoursListParams,
  response: schemas.WorkhourRecordDto,
});

/** Every operation of Atera API v3, in the order of the spec. */
export const ateraOperations = [
  accountGet,
  agentsList,
  agentsListByCustomer,
  agentsGet,
  agentsDelete,
  agentsListByMachineName,
  agentsGetInstalledPatches,
  agentsGetAvailablePatches,
  alertsList,
  alertsCreate,
  alertsGet,
  alertsResolve,
  alertsDelete,
  billingListInvoices,
  billingGetInvoice,
  contactsList,
  contactsCreate,
  contactsGet,
  contactsUpdateViaPost,
  contactsUpdate,
  contactsDelete,
  contractsList,
  contractsCreate,
  contractsGet,
  contractsUpdateViaPost,
  contractsUpdate,
  contractsListByCustomer,
  customersList,
  customersCreate,
  customersGet,
  customersUpdateViaPost,
  customersUpdate,
  customersDelete,
  customersCreateFolder,
  customersCreateAttachment,
  customValuesGet,
  customValuesGetTicketField,
  customValuesSetTicketFieldViaPost,
  customValuesSetTicketField,
  customValuesListTicketFields,
  customValuesGetCustomerField,
  customValuesSetCustomerFieldViaPost,
  customValuesSetCustomerField,
  customValuesListCustomerFields,
  customValuesGetContactField,
  customValuesSetContactFieldViaPost,
  customValuesSetContactField,
  customValuesListContactFields,
  customValuesGetContractField,
  customValuesSetContractFieldViaPost,
  customValuesSetContractField,
  customValuesListContractFields,
  customValuesGetSlaField,
  customValuesSetSlaFieldViaPost,
  customValuesSetSlaField,
  customValuesListSlaFields,
  customValuesGetAgentField,
  customValuesSetAgentFieldViaPost,
  customValuesSetAgentField,
  customValuesListAgentFields,
  customValuesGetSnmpDeviceField,
  customValuesSetSnmpDeviceFieldViaPost,
  customValuesSetSnmpDeviceField,
  customValuesListSnmpDeviceFields,
  customValuesGetTcpDeviceField,
  customValuesSetTcpDeviceFieldViaPost,
  customValuesSetTcpDeviceField,
  customValuesListTcpDeviceFields,
  customValuesGetHttpDeviceField,
  customValuesSetHttpDeviceFieldViaPost,
  customValuesSetHttpDeviceField,
  customValuesListHttpDeviceFields,
  customValuesGetGenericDeviceField,
  customValuesSetGenericDeviceFieldViaPost,
  customValuesSetGenericDeviceField,
  customValuesListGenericDeviceFields,
  customValuesListCustomFields,
  departmentsList,
  departmentsCreate,
  departmentsGet,
  departmentsUpdateViaPost,
  departmentsUpdate,
  departmentsDelete,
  devicesListGenericDevices,
  devicesGetGenericDevice,
  devicesDeleteGenericDevice,
  devicesCreateGenericDevice,
  devicesListTcpDevices,
  devicesGetTcpDevice,
  devicesDeleteTcpDevice,
  devicesCreateTcpDevice,
  devicesListHttpDevices,
  devicesGetHttpDevice,
  devicesDeleteHttpDevice,
  devicesCreateHttpDevice,
  devicesListSnmpDevices,
  devicesGetSnmpDevice,
  devicesDeleteSnmpDevice,
  devicesGetSnmpDeviceByGuid,
  devicesCreateSnmpV1V2Device,
  devicesCreateSnmpV3Device,
  knowledgeBaseList,
  ratesListProducts,
  ratesCreateProduct,
  ratesGetProduct,
  ratesUpdateProduct,
  ratesDeleteProduct,
  ratesListExpenses,
  ratesCreateExpense,
  ratesGetExpense,
  ratesUpdateExpense,
  ratesDeleteExpense,
  ticketsList,
  ticketsCreate,
  ticketsListWithoutComments,
  ticketsListStatusModified,
  ticketsListLastModified,
  ticketsGet,
  ticketsUpdateViaPost,
  ticketsUpdate,
  ticketsDelete,
  ticketsListComments,
  ticketsAddComment,
  ticketsListAttachments,
  ticketsGetBillableDuration,
  ticketsGetBillableDurations,
  ticketsGetNonBillableDuration,
  ticketsGetWorkHours,
  ticketsAddWorkHours,
  ticketsGetBillableWorkHoursSiteDurations,
  ticketsListWorkHoursRecords,
  ticketsAddRelation,
  ticketsRemoveRelation,
  workHoursList,
] as const;

/** Every operation of Atera API v3 as route data: one entry per method and path of the spec, in its order. */
export const ateraRoutes = routesOf(ateraOperations);

/** `agents.list`, `tickets.updateViaPost`, ...: one per operation. */
export type AteraOperationId = (typeof ateraOperations)[number]['id'];
/** The client groups: `client.<group>.<method>()`. */
export type AteraGroup = (typeof ateraRoutes)[number]['group'];

/** Binds every operation to a route caller: `client.<group>.<method>(params, options)`. */
export function bindAteraOperations(call: RouteCaller<AteraOperation>) {
  return {
    account: {
      /** GET /api/v3/account */
      get: (params: AccountGetParams = {}, options?: CallOptions) =>
        call.send(accountGet, params, options),
    },
    agents: {
      /** GET /api/v3/agents */
      list: (params: AgentsListParams = {}, options?: CallOptions) =>
        call.list(agentsList, params, options),
      /** GET /api/v3/agents/customer/{customerId} */
      listByCustomer: (params: AgentsListByCustomerParams, options?: CallOptions) =>
        call.list(agentsListByCustomer, params, options),
      /** GET /api/v3/agents/{agentId} */
      get: (params: AgentsGetParams, options?: CallOptions) =>
        call.send(agentsGet, params, options),
      /** DELETE /api/v3/agents/{agentId} */
      delete: (params: AgentsDeleteParams, options?: CallOptions) =>
        call.sendForNothing(agentsDelete, params, options),
      /** GET /api/v3/agents/machine/{machineName} */
      listByMachineName: (params: AgentsListByMachineNameParams, options?: CallOptions) =>
        call.list(agentsListByMachineName, params, options),
      /** GET /api/v3/agents/{deviceGuid}/installed-patches */
      getInstalledPatches: (params: AgentsGetInstalledPatchesParams, options?: CallOptions) =>
        call.send(agentsGetInstalledPatches, params, options),
      /** GET /api/v3/agents/{deviceGuid}/available-patches */
      getAvailablePatches: (params: AgentsGetAvailablePatchesParams, options?: CallOptions) =>
        call.send(agentsGetAvailablePatches, params, options),
    },
    alerts: {
      /** GET /api/v3/alerts */
      list: (params: AlertsListParams = {}, options?: CallOptions) =>
        call.list(alertsList, params, options),
      /** POST /api/v3/alerts */
      create: (params: AlertsCreateParams, options?: CallOptions) =>
        call.send(alertsCreate, params, options),
      /** GET /api/v3/alerts/{alertId} */
      get: (params: AlertsGetParams, options?: CallOptions) =>
        call.send(alertsGet, params, options),
      /** PUT /api/v3/alerts/{alertId} */
      resolve: (params: AlertsResolveParams, options?: CallOptions) =>
        call.sendForNothing(alertsResolve, params, options),
      /** DELETE /api/v3/alerts/{alertId} */
      delete: (params: AlertsDeleteParams, options?: CallOptions) =>
        call.sendForNothing(alertsDelete, params, options),
    },
    billing: {
      /** GET /api/v3/billing/invoices */
      listInvoices: (params: BillingListInvoicesParams = {}, options?: CallOptions) =>
        call.list(billingListInvoices, params, options),
      /** GET /api/v3/billing/invoice/{invoiceNumber} */
      getInvoice: (params: BillingGetInvoiceParams, options?: CallOptions) =>
        call.send(billingGetInvoice, params, options),
    },
    contacts: {
      /** GET /api/v3/contacts */
      list: (params: ContactsListParams = {}, options?: CallOptions) =>
        call.list(contactsList, params, options),
      /** POST /api/v3/contacts */
      create: (params: ContactsCreateParams, options?: CallOptions) =>
        call.send(contactsCreate, params, options),
      /** GET /api/v3/contacts/{contactId} */
      get: (params: ContactsGetParams, options?: CallOptions) =>
        call.send(contactsGet, params, options),
      /** POST /api/v3/contacts/{contactId} */
      updateViaPost: (params: ContactsUpdateViaPostParams, options?: CallOptions) =>
        call.send(contactsUpdateViaPost, params, options),
      /** PUT /api/v3/contacts/{contactId} */
      update: (params: ContactsUpdateParams, options?: CallOptions) =>
        call.send(contactsUpdate, params, options),
      /** DELETE /api/v3/contacts/{contactId} */
      delete: (params: ContactsDeleteParams, options?: CallOptions) =>
        call.sendForNothing(contactsDelete, params, options),
    },
    contracts: {
      /** GET /api/v3/contracts */
      list: (params: ContractsListParams = {}, options?: CallOptions) =>
        call.list(contractsList, params, options),
      /** POST /api/v3/contracts */
      create: (params: ContractsCreateParams, options?: CallOptions) =>
        call.send(contractsCreate, params, options),
      /** GET /api/v3/contracts/{contractId} */
      get: (params: ContractsGetParams, options?: CallOptions) =>
        call.send(contractsGet, params, options),
      /** POST /api/v3/contracts/{contractId} */
      updateViaPost: (params: ContractsUpdateViaPostParams, options?: CallOptions) =>
        call.sendForNothing(contractsUpdateViaPost, params, options),
      /** PUT /api/v3/contracts/{contractId} */
      update: (params: ContractsUpdateParams, options?: CallOptions) =>
        call.sendForNothing(contractsUpdate, params, options),
      /** GET /api/v3/contracts/customer/{customerId} */
      listByCustomer: (params: ContractsListByCustomerParams, options?: CallOptions) =>
        call.list(contractsListByCustomer, params, options),
    },
    customers: {
      /** GET /api/v3/customers */
      list: (params: CustomersListParams = {}, options?: CallOptions) =>
        call.list(customersList, params, options),
      /** POST /api/v3/customers */
      create: (params: CustomersCreateParams, options?: CallOptions) =>
        call.send(customersCreate, params, options),
      /** GET /api/v3/customers/{customerId} */
      get: (params: CustomersGetParams, options?: CallOptions) =>
        call.send(customersGet, params, options),
      /** POST /api/v3/customers/{customerId} */
      updateViaPost: (params: CustomersUpdateViaPostParams, options?: CallOptions) =>
        call.send(customersUpdateViaPost, params, options),
      /** PUT /api/v3/customers/{customerId} */
      update: (params: CustomersUpdateParams, options?: CallOptions) =>
        call.send(customersUpdate, params, options),
      /** DELETE /api/v3/customers/{customerId} */
      delete: (params: CustomersDeleteParams, options?: CallOptions) =>
        call.sendForNothing(customersDelete, params, options),
      /** POST /api/v3/customers/folders */
      createFolder: (params: CustomersCreateFolderParams, options?: CallOptions) =>
        call.send(customersCreateFolder, params, options),
      /** POST /api/v3/customers/attachments */
      createAttachment: (params: CustomersCreateAttachmentParams, options?: CallOptions) =>
        call.send(customersCreateAttachment, params, options),
    },
    customValues: {
      /** GET /api/v3/customvalues/{customValueId} */
      get: (params: CustomValuesGetParams, options?: CallOptions) =>
        call.sendForArray(customValuesGet, params, options),
      /** GET /api/v3/customvalues/ticketfield/{ticketId}/{fieldName} */
      getTicketField: (params: CustomValuesGetTicketFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetTicketField, params, options),
      /** POST /api/v3/customvalues/ticketfield/{ticketId}/{fieldName} */
      setTicketFieldViaPost: (params: CustomValuesSetTicketFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetTicketFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/ticketfield/{ticketId}/{fieldName} */
      setTicketField: (params: CustomValuesSetTicketFieldParams, options?: CallOptions) =>
        call.send(customValuesSetTicketField, params, options),
      /** GET /api/v3/customvalues/ticketfields/{ticketId} */
      listTicketFields: (params: CustomValuesListTicketFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListTicketFields, params, options),
      /** GET /api/v3/customvalues/customerfield/{customerId}/{fieldName} */
      getCustomerField: (params: CustomValuesGetCustomerFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetCustomerField, params, options),
      /** POST /api/v3/customvalues/customerfield/{customerId}/{fieldName} */
      setCustomerFieldViaPost: (params: CustomValuesSetCustomerFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetCustomerFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/customerfield/{customerId}/{fieldName} */
      setCustomerField: (params: CustomValuesSetCustomerFieldParams, options?: CallOptions) =>
        call.send(customValuesSetCustomerField, params, options),
      /** GET /api/v3/customvalues/customerfields/{customerId} */
      listCustomerFields: (params: CustomValuesListCustomerFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListCustomerFields, params, options),
      /** GET /api/v3/customvalues/contactfield/{contactId}/{fieldName} */
      getContactField: (params: CustomValuesGetContactFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetContactField, params, options),
      /** POST /api/v3/customvalues/contactfield/{contactId}/{fieldName} */
      setContactFieldViaPost: (params: CustomValuesSetContactFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetContactFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/contactfield/{contactId}/{fieldName} */
      setContactField: (params: CustomValuesSetContactFieldParams, options?: CallOptions) =>
        call.send(customValuesSetContactField, params, options),
      /** GET /api/v3/customvalues/contactfields/{contactId} */
      listContactFields: (params: CustomValuesListContactFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListContactFields, params, options),
      /** GET /api/v3/customvalues/contractfield/{contractId}/{fieldName} */
      getContractField: (params: CustomValuesGetContractFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetContractField, params, options),
      /** POST /api/v3/customvalues/contractfield/{contractId}/{fieldName} */
      setContractFieldViaPost: (params: CustomValuesSetContractFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetContractFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/contractfield/{contractId}/{fieldName} */
      setContractField: (params: CustomValuesSetContractFieldParams, options?: CallOptions) =>
        call.send(customValuesSetContractField, params, options),
      /** GET /api/v3/customvalues/contractfields/{contractId} */
      listContractFields: (params: CustomValuesListContractFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListContractFields, params, options),
      /** GET /api/v3/customvalues/slafield/{slaId}/{fieldName} */
      getSlaField: (params: CustomValuesGetSlaFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetSlaField, params, options),
      /** POST /api/v3/customvalues/slafield/{slaId}/{fieldName} */
      setSlaFieldViaPost: (params: CustomValuesSetSlaFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetSlaFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/slafield/{slaId}/{fieldName} */
      setSlaField: (params: CustomValuesSetSlaFieldParams, options?: CallOptions) =>
        call.send(customValuesSetSlaField, params, options),
      /** GET /api/v3/customvalues/slafields/{slaId} */
      listSlaFields: (params: CustomValuesListSlaFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListSlaFields, params, options),
      /** GET /api/v3/customvalues/agentfield/{agentId}/{fieldName} */
      getAgentField: (params: CustomValuesGetAgentFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetAgentField, params, options),
      /** POST /api/v3/customvalues/agentfield/{agentId}/{fieldName} */
      setAgentFieldViaPost: (params: CustomValuesSetAgentFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetAgentFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/agentfield/{agentId}/{fieldName} */
      setAgentField: (params: CustomValuesSetAgentFieldParams, options?: CallOptions) =>
        call.send(customValuesSetAgentField, params, options),
      /** GET /api/v3/customvalues/agentfields/{agentId} */
      listAgentFields: (params: CustomValuesListAgentFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListAgentFields, params, options),
      /** GET /api/v3/customvalues/snmpfield/{snmpDeviceId}/{fieldName} */
      getSnmpDeviceField: (params: CustomValuesGetSnmpDeviceFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetSnmpDeviceField, params, options),
      /** POST /api/v3/customvalues/snmpfield/{snmpDeviceId}/{fieldName} */
      setSnmpDeviceFieldViaPost: (params: CustomValuesSetSnmpDeviceFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetSnmpDeviceFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/snmpfield/{snmpDeviceId}/{fieldName} */
      setSnmpDeviceField: (params: CustomValuesSetSnmpDeviceFieldParams, options?: CallOptions) =>
        call.send(customValuesSetSnmpDeviceField, params, options),
      /** GET /api/v3/customvalues/snmpfields/{snmpDeviceId} */
      listSnmpDeviceFields: (params: CustomValuesListSnmpDeviceFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListSnmpDeviceFields, params, options),
      /** GET /api/v3/customvalues/tcpfield/{tcpDeviceId}/{fieldName} */
      getTcpDeviceField: (params: CustomValuesGetTcpDeviceFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetTcpDeviceField, params, options),
      /** POST /api/v3/customvalues/tcpfield/{tcpDeviceId}/{fieldName} */
      setTcpDeviceFieldViaPost: (params: CustomValuesSetTcpDeviceFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetTcpDeviceFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/tcpfield/{tcpDeviceId}/{fieldName} */
      setTcpDeviceField: (params: CustomValuesSetTcpDeviceFieldParams, options?: CallOptions) =>
        call.send(customValuesSetTcpDeviceField, params, options),
      /** GET /api/v3/customvalues/tcpfields/{tcpDeviceId} */
      listTcpDeviceFields: (params: CustomValuesListTcpDeviceFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListTcpDeviceFields, params, options),
      /** GET /api/v3/customvalues/httpfield/{httpDeviceId}/{fieldName} */
      getHttpDeviceField: (params: CustomValuesGetHttpDeviceFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetHttpDeviceField, params, options),
      /** POST /api/v3/customvalues/httpfield/{httpDeviceId}/{fieldName} */
      setHttpDeviceFieldViaPost: (params: CustomValuesSetHttpDeviceFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetHttpDeviceFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/httpfield/{httpDeviceId}/{fieldName} */
      setHttpDeviceField: (params: CustomValuesSetHttpDeviceFieldParams, options?: CallOptions) =>
        call.send(customValuesSetHttpDeviceField, params, options),
      /** GET /api/v3/customvalues/httpfields/{httpDeviceId} */
      listHttpDeviceFields: (params: CustomValuesListHttpDeviceFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListHttpDeviceFields, params, options),
      /** GET /api/v3/customvalues/genericfield/{genericDeviceId}/{fieldName} */
      getGenericDeviceField: (params: CustomValuesGetGenericDeviceFieldParams, options?: CallOptions) =>
        call.sendForArray(customValuesGetGenericDeviceField, params, options),
      /** POST /api/v3/customvalues/genericfield/{genericDeviceId}/{fieldName} */
      setGenericDeviceFieldViaPost: (params: CustomValuesSetGenericDeviceFieldViaPostParams, options?: CallOptions) =>
        call.send(customValuesSetGenericDeviceFieldViaPost, params, options),
      /** PUT /api/v3/customvalues/genericfield/{genericDeviceId}/{fieldName} */
      setGenericDeviceField: (params: CustomValuesSetGenericDeviceFieldParams, options?: CallOptions) =>
        call.send(customValuesSetGenericDeviceField, params, options),
      /** GET /api/v3/customvalues/genericfields/{genericDeviceId} */
      listGenericDeviceFields: (params: CustomValuesListGenericDeviceFieldsParams, options?: CallOptions) =>
        call.sendForArray(customValuesListGenericDeviceFields, params, options),
      /** GET /api/v3/customvalues/customfields */
      listCustomFields: (params: CustomValuesListCustomFieldsParams = {}, options?: CallOptions) =>
        call.sendForArray(customValuesListCustomFields, params, options),
    },
    departments: {
      /** GET /api/v3/departments */
      list: (params: DepartmentsListParams = {}, options?: CallOptions) =>
        call.list(departmentsList, params, options),
      /** POST /api/v3/departments */
      create: (params: DepartmentsCreateParams, options?: CallOptions) =>
        call.send(departmentsCreate, params, options),
      /** GET /api/v3/departments/{departmentId} */
      get: (params: DepartmentsGetParams, options?: CallOptions) =>
        call.send(departmentsGet, params, options),
      /** POST /api/v3/departments/{departmentId} */
      updateViaPost: (params: DepartmentsUpdateViaPostParams, options?: CallOptions) =>
        call.send(departmentsUpdateViaPost, params, options),
      /** PUT /api/v3/departments/{departmentId} */
      update: (params: DepartmentsUpdateParams, options?: CallOptions) =>
        call.send(departmentsUpdate, params, options),
      /** DELETE /api/v3/departments/{departmentId} */
      delete: (params: DepartmentsDeleteParams, options?: CallOptions) =>
        call.sendForNothing(departmentsDelete, params, options),
    },
    devices: {
      /** GET /api/v3/devices/genericdevices */
      listGenericDevices: (params: DevicesListGenericDevicesParams = {}, options?: CallOptions) =>
        call.list(devicesListGenericDevices, params, options),
      /** GET /api/v3/devices/genericdevice/{deviceId} */
      getGenericDevice: (params: DevicesGetGenericDeviceParams, options?: CallOptions) =>
        call.send(devicesGetGenericDevice, params, options),
      /** DELETE /api/v3/devices/genericdevice/{deviceId} */
      deleteGenericDevice: (params: DevicesDeleteGenericDeviceParams, options?: CallOptions) =>
        call.sendForNothing(devicesDeleteGenericDevice, params, options),
      /** POST /api/v3/devices/genericdevice */
      createGenericDevice: (params: DevicesCreateGenericDeviceParams, options?: CallOptions) =>
        call.send(devicesCreateGenericDevice, params, options),
      /** GET /api/v3/devices/tcpdevices */
      listTcpDevices: (params: DevicesListTcpDevicesParams = {}, options?: CallOptions) =>
        call.list(devicesListTcpDevices, params, options),
      /** GET /api/v3/devices/tcpdevice/{deviceId} */
      getTcpDevice: (params: DevicesGetTcpDeviceParams, options?: CallOptions) =>
        call.send(devicesGetTcpDevice, params, options),
      /** DELETE /api/v3/devices/tcpdevice/{deviceId} */
      deleteTcpDevice: (params: DevicesDeleteTcpDeviceParams, options?: CallOptions) =>
        call.sendForNothing(devicesDeleteTcpDevice, params, options),
      /** POST /api/v3/devices/tcpdevice */
      createTcpDevice: (params: DevicesCreateTcpDeviceParams, options?: CallOptions) =>
        call.send(devicesCreateTcpDevice, params, options),
      /** GET /api/v3/devices/httpdevices */
      listHttpDevices: (params: DevicesListHttpDevicesParams = {}, options?: CallOptions) =>
        call.list(devicesListHttpDevices, params, options),
      /** GET /api/v3/devices/httpdevice/{deviceId} */
      getHttpDevice: (params: DevicesGetHttpDeviceParams, options?: CallOptions) =>
        call.send(devicesGetHttpDevice, params, options),
      /** DELETE /api/v3/devices/httpdevice/{deviceId} */
      deleteHttpDevice: (params: DevicesDeleteHttpDeviceParams, options?: CallOptions) =>
        call.sendForNothing(devicesDeleteHttpDevice, params, options),
      /** POST /api/v3/devices/httpdevice */
      createHttpDevice: (params: DevicesCreateHttpDeviceParams, options?: CallOptions) =>
        call.send(devicesCreateHttpDevice, params, options),
      /** GET /api/v3/devices/snmpdevices */
      listSnmpDevices: (params: DevicesListSnmpDevicesParams = {}, options?: CallOptions) =>
        call.list(devicesListSnmpDevices, params, options),
      /** GET /api/v3/devices/snmpdevice/{deviceId} */
      getSnmpDevice: (params: DevicesGetSnmpDeviceParams, options?: CallOptions) =>
        call.send(devicesGetSnmpDevice, params, options),
      /** DELETE /api/v3/devices/snmpdevice/{deviceId} */
      deleteSnmpDevice: (params: DevicesDeleteSnmpDeviceParams, options?: CallOptions) =>
        call.sendForNothing(devicesDeleteSnmpDevice, params, options),
      /** GET /api/v3/devices/snmpdevice/guid/{deviceGuid} */
      getSnmpDeviceByGuid: (params: DevicesGetSnmpDeviceByGuidParams, options?: CallOptions) =>
        call.send(devicesGetSnmpDeviceByGuid, params, options),
      /** POST /api/v3/devices/snmpdevice/v1v2 */
      createSnmpV1V2Device: (params: DevicesCreateSnmpV1V2DeviceParams, options?: CallOptions) =>
        call.send(devicesCreateSnmpV1V2Device, params, options),
      /** POST /api/v3/devices/snmpdevice/v3 */
      createSnmpV3Device: (params: DevicesCreateSnmpV3DeviceParams, options?: CallOptions) =>
        call.send(devicesCreateSnmpV3Device, params, options),
    },
    knowledgeBase: {
      /** GET /api/v3/knowledgebases */
      list: (params: KnowledgeBaseListParams = {}, options?: CallOptions) =>
        call.list(knowledgeBaseList, params, options),
    },
    rates: {
      /** GET /api/v3/rates/products */
      listProducts: (params: RatesListProductsParams = {}, options?: CallOptions) =>
        call.list(ratesListProducts, params, options),
      /** POST /api/v3/rates/products */
      createProduct: (params: RatesCreateProductParams, options?: CallOptions) =>
        call.send(ratesCreateProduct, params, options),
      /** GET /api/v3/rates/products/{productId} */
      getProduct: (params: RatesGetProductParams, options?: CallOptions) =>
        call.send(ratesGetProduct, params, options),
      /** PUT /api/v3/rates/products/{productId} */
      updateProduct: (params: RatesUpdateProductParams, options?: CallOptions) =>
        call.send(ratesUpdateProduct, params, options),
      /** DELETE /api/v3/rates/products/{productId} */
      deleteProduct: (params: RatesDeleteProductParams, options?: CallOptions) =>
        call.sendForNothing(ratesDeleteProduct, params, options),
      /** GET /api/v3/rates/expenses */
      listExpenses: (params: RatesListExpensesParams = {}, options?: CallOptions) =>
        call.list(ratesListExpenses, params, options),
      /** POST /api/v3/rates/expenses */
      createExpense: (params: RatesCreateExpenseParams, options?: CallOptions) =>
        call.send(ratesCreateExpense, params, options),
      /** GET /api/v3/rates/expenses/{expenseId} */
      getExpense: (params: RatesGetExpenseParams, options?: CallOptions) =>
        call.send(ratesGetExpense, params, options),
      /** PUT /api/v3/rates/expenses/{expenseId} */
      updateExpense: (params: RatesUpdateExpenseParams, options?: CallOptions) =>
        call.send(ratesUpdateExpense, params, options),
      /** DELETE /api/v3/rates/expenses/{expenseId} */
      deleteExpense: (params: RatesDeleteExpenseParams, options?: CallOptions) =>
        call.sendForNothing(ratesDeleteExpense, params, options),
    },
    tickets: {
      /** GET /api/v3/tickets */
      list: (params: TicketsListParams = {}, options?: CallOptions) =>
        call.list(ticketsList, params, options),
      /** POST /api/v3/tickets */
      create: (params: TicketsCreateParams, options?: CallOptions) =>
        call.send(ticketsCreate, params, options),
      /** GET /api/v3/tickets/noComments */
      listWithoutComments: (params: TicketsListWithoutCommentsParams = {}, options?: CallOptions) =>
        call.list(ticketsListWithoutComments, params, options),
      /** GET /api/v3/tickets/statusmodified */
      listStatusModified: (params: TicketsListStatusModifiedParams = {}, options?: CallOptions) =>
        call.list(ticketsListStatusModified, params, options),
      /** GET /api/v3/tickets/lastmodified */
      listLastModified: (params: TicketsListLastModifiedParams = {}, options?: CallOptions) =>
        call.list(ticketsListLastModified, params, options),
      /** GET /api/v3/tickets/{ticketId} */
      get: (params: TicketsGetParams, options?: CallOptions) =>
        call.send(ticketsGet, params, options),
      /** POST /api/v3/tickets/{ticketId} */
      updateViaPost: (params: TicketsUpdateViaPostParams, options?: CallOptions) =>
        call.send(ticketsUpdateViaPost, params, options),
      /** PUT /api/v3/tickets/{ticketId} */
      update: (params: TicketsUpdateParams, options?: CallOptions) =>
        call.send(ticketsUpdate, params, options),
      /** DELETE /api/v3/tickets/{ticketId} */
      delete: (params: TicketsDeleteParams, options?: CallOptions) =>
        call.sendForNothing(ticketsDelete, params, options),
      /** GET /api/v3/tickets/{ticketId}/comments */
      listComments: (params: TicketsListCommentsParams, options?: CallOptions) =>
        call.list(ticketsListComments, params, options),
      /** POST /api/v3/tickets/{ticketId}/comments */
      addComment: (params: TicketsAddCommentParams, options?: CallOptions) =>
        call.send(ticketsAddComment, params, options),
      /** GET /api/v3/tickets/{ticketId}/attachments */
      listAttachments: (params: TicketsListAttachmentsParams, options?: CallOptions) =>
        call.sendForArray(ticketsListAttachments, params, options),
      /** GET /api/v3/tickets/{ticketId}/billableduration */
      getBillableDuration: (params: TicketsGetBillableDurationParams, options?: CallOptions) =>
        call.send(ticketsGetBillableDuration, params, options),
      /** POST /api/v3/tickets/billableduration */
      getBillableDurations: (params: TicketsGetBillableDurationsParams, options?: CallOptions) =>
        call.sendForArray(ticketsGetBillableDurations, params, options),
      /** GET /api/v3/tickets/{ticketId}/nonbillableduration */
      getNonBillableDuration: (params: TicketsGetNonBillableDurationParams, options?: CallOptions) =>
        call.send(ticketsGetNonBillableDuration, params, options),
      /** GET /api/v3/tickets/{ticketId}/workhours */
      getWorkHours: (params: TicketsGetWorkHoursParams, options?: CallOptions) =>
        call.send(ticketsGetWorkHours, params, options),
      /** POST /api/v3/tickets/{ticketId}/workhours */
      addWorkHours: (params: TicketsAddWorkHoursParams, options?: CallOptions) =>
        call.send(ticketsAddWorkHours, params, options),
      /** POST /api/v3/tickets/billableworkhourssiteduration */
      getBillableWorkHoursSiteDurations: (params: TicketsGetBillableWorkHoursSiteDurationsParams, options?: CallOptions) =>
        call.send(ticketsGetBillableWorkHoursSiteDurations, params, options),
      /** GET /api/v3/tickets/{ticketId}/workhoursrecords */
      listWorkHoursRecords: (params: TicketsListWorkHoursRecordsParams, options?: CallOptions) =>
        call.list(ticketsListWorkHoursRecords, params, options),
      /** POST /api/v3/tickets/{ticketId}/relations */
      addRelation: (params: TicketsAddRelationParams, options?: CallOptions) =>
        call.send(ticketsAddRelation, params, options),
      /** DELETE /api/v3/tickets/{ticketId}/relations/{relationType} */
      removeRelation: (params: TicketsRemoveRelationParams, options?: CallOptions) =>
        call.sendForNothing(ticketsRemoveRelation, params, options),
    },
    workHours: {
      /** GET /api/v3/workhours */
      list: (params: WorkHoursListParams = {}, options?: CallOptions) =>
        call.list(workHoursList, params, options),
    },
  };
}

export type AteraOperations = ReturnType<typeof bindAteraOperations>;
