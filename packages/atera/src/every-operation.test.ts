import { useMswServer } from '@psagate/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAteraClient } from './client/atera-client';
import { CustomFieldCheck } from './client/custom-field-check';
import { ateraRoutes } from './generated/operations';
import type { AteraRoute } from './routes/atera-route';
import { createAteraSandbox } from './sandbox';

/**
 * Calls every operation of `ateraRoutes` through the native client against the sandbox, and checks
 * what reached the wire (method, path, query, body), the status the spec documents, and that the
 * answer parsed with the generated schemas in strict mode.
 */

const sandbox = createAteraSandbox({ seed: 7 });
const client = createAteraClient({ apiKey: sandbox.apiKey, validateCustomFieldNames: true });
const { state } = sandbox;

useMswServer({ handlers: sandbox.handlers });

const last = <T>(items: readonly T[]): T => {
  const item = items.at(-1);
  if (item === undefined) throw new Error('empty table in the sandbox');
  return item;
};
const first = <T>(items: readonly T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('empty table in the sandbox');
  return item;
};

/** Records the test may delete: never used by another operation of the walk. */
const victims = {
  agentId: last(state.agentIds),
  alertId: last(state.alertIds),
  productId: last(state.products.ids()),
  expenseId: last(state.expenses.ids()),
  snmp: last(state.snmpDevices.ids()),
  tcp: last(state.tcpDevices.ids()),
  http: last(state.httpDevices.ids()),
  generic: last(state.genericDevices.ids()),
};

const agent = state.agents.get(first(state.agentIds));
const customerId = first(state.customerIds);
const ticketId = first(state.ticketIds);

function customFieldFor(route: AteraRoute): { readonly name: string; readonly value: string } {
  const target = CustomFieldCheck.targetOf(route);
  const field = state.customFields.find((definition) => definition.Target === target && !definition.ParentAttributeName);
  if (!field?.Name) throw new Error(`the sandbox has no ${String(target)} custom field`);
  const values: Readonly<Record<string, string>> = { Numeric: '42', Boolean: 'true', Date: '2026-01-05T00:00:00Z' };
  return { name: field.Name, value: field.PossibleValues?.[0]?.Text ?? values[field.DataType] ?? 'walk value' };
}

/** Ids created during the walk, for the deletes of records that must have no dependencies. */
const created: Record<string, number> = {};
let customValueId: string | undefined;

function pathParamsFor(route: AteraRoute): Record<string, string | number> {
  const kind = /\/devices\/(snmp|tcp|http|generic)device/.exec(route.path)?.[1] as 'snmp' | 'tcp' | 'http' | 'generic' | undefined;
  const deleting = route.httpMethod === 'DELETE';
  const values: Record<string, () => string | number> = {
    agentId: () => (deleting ? victims.agentId : first(state.agentIds)),
    alertId: () => (deleting ? victims.alertId : first(state.alertIds)),
    contactId: () => (deleting ? (created.contact as number) : first(state.contactIds)),
    contractId: () => first(state.contracts.ids()),
    customerId: () => (deleting ? (created.customer as number) : customerId),
    departmentId: () => (deleting ? (created.department as number) : first(state.departments.ids())),
    deviceGuid: () => (route.path.includes('/snmpdevice/') ? (state.snmpDevices.get(first(state.snmpDevices.ids()))?.DeviceGuid as string) : (agent?.DeviceGuid as string)),
    deviceId: () => {
      if (kind === undefined) throw new Error(`no device kind in ${route.path}`);
      return deleting ? victims[kind] : first(state[`${kind}Devices`].ids());
    },
    snmpDeviceId: () => first(state.snmpDevices.ids()),
    tcpDeviceId: () => first(state.tcpDevices.ids()),
    httpDeviceId: () => first(state.httpDevices.ids()),
    genericDeviceId: () => first(state.genericDevices.ids()),
    expenseId: () => (deleting ? victims.expenseId : first(state.expenses.ids())),
    productId: () => (deleting ? victims.productId : first(state.products.ids())),
    invoiceNumber: () => first(state.invoices.ids()),
    machineName: () => agent?.MachineName as string,
    ticketId: () => (route.method === 'delete' ? (created.ticket as number) : ticketId),
    slaId: () => 1,
    relationType: () => 'Child',
    fieldName: () => customFieldFor(route).name,
    customValueId: () => {
      if (customValueId === undefined) throw new Error('no custom value id seen before customValues.get');
      return customValueId;
    },
  };
  return Object.fromEntries(
    route.pathParams.map((param) => {
      const value = values[param.name];
      if (!value) throw new Error(`the walk has no value for the path parameter ${param.name} of ${route.path}`);
      return [param.name, value()];
    }),
  );
}

/** Filters sent on the lists that take them, so the query string is checked too. */
const QUERY: Readonly<Record<string, Record<string, string | number | boolean>>> = {
  'alerts.list': { alertStatus: 'Open' },
  'billing.listInvoices': { invoiceDateFrom: '2020-01-01', invoiceDateTo: '2030-12-31' },
  'contacts.list': { SortBy: 'LastModified' },
  'customers.list': { FromLastModifiedDate: '2020-01-01' },
  'tickets.list': { customerId, ticketStatus: 'Open' },
  'tickets.listWithoutComments': { includeRelations: true },
  'tickets.listStatusModified': { includeComments: false },
  'tickets.listLastModified': { date: '2020-01-01T00:00:00.000Z' },
  'workHours.list': { includeRates: true },
  'devices.listGenericDevices': { customerId },
  'tickets.get': { includeRelations: true },
};

const BODIES: Readonly<Record<string, (route: AteraRoute) => unknown>> = {
  AddCommentToTicketModel: () => ({ CommentText: 'Rebooted the spooler', TechnicianCommentDetails: { TechnicianId: 1, IsInternal: true } }),
  AddTicketRelationModel: () => ({ RelatedTicketId: state.ticketIds[1], RelationType: 'Child' }),
  CreateAlertRequest: () => ({ DeviceGuid: agent?.DeviceGuid, CustomerID: customerId, Title: 'Disk almost full', Severity: 'Warning', AlertCategoryID: 'Disk' }),
  CreateContactRequest: () => ({ CustomerID: customerId, Email: 'new.contact@example.com', Firstname: 'New', Lastname: 'Contact' }),
  CreateContractDto: () => ({ ContractName: 'Walk contract', CustomerID: customerId, Active: true, ContractType: 'Hourly' }),
  CreateCustomerAttachmentRequest: () => ({ CustomerId: customerId, Name: 'walk.txt', ContentBased64: 'aGVsbG8=' }),
  CreateCustomerRequest: () => ({ CustomerName: 'Walk Customer Ltd', City: 'Leeds' }),
  CreateDepartmentRequest: () => ({ Name: 'Walk department', Description: 'Created by the operation walk' }),
  CreateFolderRequest: () => ({ CustomerId: customerId, Name: 'Walk folder' }),
  CreateGenericDeviceRequest: () => ({ Name: 'Walk generic', CustomerID: customerId, Hostname: 'walk.local', Monitored: true, MonitoringAgentID: first(state.agentIds) }),
  CreateHttpDeviceRequest: () => ({ Name: 'Walk http', CustomerID: customerId, URL: 'https://walk.example.com', Monitored: true, MonitoringAgentID: first(state.agentIds) }),
  CreateRateRequest: () => ({ Description: 'Walk rate', Amount: 95, SKU: 'WALK-1', Category: 'Labour' }),
  CreateSnmpV1DeviceRequest: () => ({ Name: 'Walk snmp v2', CustomerID: customerId, Hostname: '10.0.0.9', Port: 161, Community: 'public', SNMPVersion: 'V2', MonitoringAgentID: first(state.agentIds) }),
  CreateSnmpV3DeviceRequest: () => ({ Name: 'Walk snmp v3', CustomerID: customerId, Hostname: '10.0.0.10', Port: 161, Username: 'monitor', MonitoringAgentID: first(state.agentIds) }),
  CreateTcpDeviceRequest: () => ({ Name: 'Walk tcp', CustomerID: customerId, Hostname: 'walk.local', Ports: [{ PortNum: 443, Monitored: true }], MonitoringAgentID: first(state.agentIds) }),
  CreateTicketModel: () => ({ TicketTitle: 'Walk ticket', Description: 'Created by the walk', EndUserID: first(state.contactIds), TicketPriority: 'High' }),
  CreateWorkHoursModel: () => ({ StartWorkHour: '2026-01-05T09:00:00.000Z', EndWorkHour: '2026-01-05T10:30:00.000Z', TechnicianContactID: 1, Billiable: true, Description: 'On site' }),
  SetCustomValueRequest: (route) => ({ Value: customFieldFor(route).value }),
  UpdateContactRequest: () => ({ JobTitle: 'Office manager' }),
  UpdateContractDto: () => ({ ContractName: 'Renamed contract', Active: true }),
  UpdateCustomerRequest: () => ({ City: 'York' }),
  UpdateDepartmentRequest: () => ({ Name: 'Renamed department' }),
  UpdateRateRequest: () => ({ Amount: 99 }),
  UpdateTicketModel: () => ({ TicketStatus: 'Pending' }),
  'integer[]': () => [ticketId, state.ticketIds[1]],
};

/** Creates the records some deletes need (a customer with no dependents, a contact, ...) through the API itself. */
async function createVictims(): Promise<void> {
  const idOf = (result: unknown): number => {
    const id = Number((result as { ActionID?: unknown }).ActionID);
    if (!Number.isInteger(id)) throw new Error(`create answered without an ActionID: ${JSON.stringify(result)}`);
    return id;
  };
  created.customer = idOf(await client.customers.create({ body: { CustomerName: 'Delete me Ltd' } }));
  created.contact = idOf(await client.contacts.create({ body: { CustomerID: customerId, Email: 'delete.me@example.com' } }));
  created.department = idOf(await client.departments.create({ body: { Name: 'Delete me' } }));
  created.ticket = idOf(await client.tickets.create({ body: { TicketTitle: 'Delete me', Description: 'x', EndUserID: first(state.contactIds) } }));
}

// Reads of a custom value by its id need an id the sandbox handed out, so the walk reads those routes first.
const ordered = [...ateraRoutes].sort((a, b) => Number(a.method === 'get' && a.group === 'customValues') - Number(b.method === 'get' && b.group === 'customValues'));

describe('every Atera operation against the sandbox', () => {
  beforeAll(createVictims);

  it('covers each operation of the spec exactly once', () => {
    expect(new Set(ordered.map((route) => `${route.group}.${route.method}`)).size).toBe(134);
  });

  for (const route of ordered) {
    const id = `${route.group}.${route.method}`;
    it(`${id}: ${route.httpMethod} ${route.path}`, async () => {
      const pathParams = pathParamsFor(route);
      const query = QUERY[id] ?? {};
      const body = route.body === null ? undefined : BODIES[route.body]?.(route);
      if (route.body !== null && body === undefined) throw new Error(`no example body for ${route.body}`);
      const params = { ...pathParams, ...query, ...(body === undefined ? {} : { body }) };
      const operation = (client as unknown as Record<string, Record<string, (params: unknown) => unknown>>)[route.group]?.[route.method];
      if (!operation) throw new Error(`client.${id} is missing`);

      const before = sandbox.requests.length;
      const outcome = operation(params);
      const result = route.response.kind === 'page' ? await (outcome as { toArray(): Promise<unknown[]> }).toArray() : await outcome;
      const sent = sandbox.requests.slice(before).filter((request) => request.operationId === id);

      expect(sent.length).toBeGreaterThan(0);
      const expectedPath = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(pathParams[name])));
      for (const request of sent) {
        expect(request.method).toBe(route.httpMethod);
        expect(request.path).toBe(expectedPath);
        expect(request.status).toBe(route.response.kind === 'page' ? 200 : route.successStatus);
        for (const [name, value] of Object.entries(query)) expect(request.query[name]).toBe(String(value));
        if (route.response.kind === 'page') expect(request.query.itemsInPage).toBe('50');
        expect(request.body).toEqual(body === undefined ? undefined : JSON.parse(JSON.stringify(body)));
      }

      if (route.response.kind === 'page') {
        expect(Array.isArray(result)).toBe(true);
        // Pages of 50: the walk asked for exactly as many pages as the records need.
        expect(sent).toHaveLength(Math.max(1, Math.ceil((result as unknown[]).length / 50)));
      } else if (route.response.kind === 'none') {
        expect(result).toBeUndefined();
      } else {
        expect(result).toBeDefined();
        if (route.response.kind === 'array') expect(Array.isArray(result)).toBe(true);
      }
      if (id.startsWith('customValues.get') && Array.isArray(result)) customValueId ??= (result as { Id?: string }[]).find((value) => value.Id)?.Id;
    });
  }
});
