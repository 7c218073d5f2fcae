import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type AteraOperationId, ateraRoutes } from '../../generated/operations';
import * as schemas from '../../generated/schemas';
import { type AteraSandboxState, createSandboxState } from '../state/sandbox-state';
import { strictResponseSchema } from '../state/strict-response-schema';
import { type CallOptions, call } from './handler-test-kit';

type Valid = (state: AteraSandboxState) => CallOptions;

const first = (ids: readonly number[]): number => ids[0] ?? 0;
const agentOf = (state: AteraSandboxState) => state.agents.get(first(state.agentIds));

/** Custom value routes: per target, the path parameter, an item and a field with a value that fits it. */
const customValueTargets: readonly (readonly [string, string, (state: AteraSandboxState) => number, string, string])[] = [
  ['Ticket', 'ticketId', (state) => first(state.ticketIds), 'Root Cause', 'Hardware'],
  ['Customer', 'customerId', (state) => first(state.customerIds), 'Contract Tier', 'Gold'],
  ['Contact', 'contactId', (state) => first(state.contactIds), 'VIP', 'true'],
  ['Contract', 'contractId', (state) => first(state.contracts.ids()), 'Renewal Date', '2027-01-01'],
  ['Sla', 'slaId', () => 1, 'Response Target Hours', '8'],
  ['Agent', 'agentId', (state) => first(state.agentIds), 'Asset Tag', 'T-1'],
  ['SnmpDevice', 'snmpDeviceId', (state) => first(state.snmpDevices.ids()), 'Rack Location', 'R1'],
  ['TcpDevice', 'tcpDeviceId', (state) => first(state.tcpDevices.ids()), 'Service Owner', 'Ops'],
  ['HttpDevice', 'httpDeviceId', (state) => first(state.httpDevices.ids()), 'Expected Status Code', '200'],
  ['GenericDevice', 'genericDeviceId', (state) => first(state.genericDevices.ids()), 'Asset Tag', 'G-1'],
];

const customValueCalls: Record<string, Valid> = Object.fromEntries(
  customValueTargets.flatMap(([name, param, item, fieldName, value]) => [
    [`customValues.get${name}Field`, (state: AteraSandboxState) => ({ path: { [param]: item(state), fieldName } })],
    [`customValues.set${name}Field`, (state: AteraSandboxState) => ({ path: { [param]: item(state), fieldName }, body: { Value: value } })],
    [`customValues.set${name}FieldViaPost`, (state: AteraSandboxState) => ({ path: { [param]: item(state), fieldName }, body: { Value: value } })],
    [`customValues.list${name}Fields`, (state: AteraSandboxState) => ({ path: { [param]: item(state) } })],
  ]),
);

const device = (state: AteraSandboxState) => ({ CustomerID: first(state.customerIds), MonitoringAgentID: first(state.agentIds), Name: 'device' });

/** A valid request for every operation, against a fresh default sandbox. */
const validRequests: Record<string, Valid> = {
  ...customValueCalls,
  'account.get': () => ({}),
  'agents.list': () => ({}),
  'agents.listByCustomer': (state) => ({ path: { customerId: first(state.customerIds) } }),
  'agents.get': (state) => ({ path: { agentId: first(state.agentIds) } }),
  'agents.delete': (state) => ({ path: { agentId: first(state.agentIds) } }),
  'agents.listByMachineName': (state) => ({ path: { machineName: agentOf(state)?.MachineName ?? '' } }),
  'agents.getInstalledPatches': (state) => ({ path: { deviceGuid: agentOf(state)?.DeviceGuid ?? '' } }),
  'agents.getAvailablePatches': (state) => ({ path: { deviceGuid: agentOf(state)?.DeviceGuid ?? '' } }),
  'alerts.list': () => ({ query: { alertStatus: 'Open' } }),
  'alerts.create': (state) => ({ body: { DeviceGuid: agentOf(state)?.DeviceGuid, Title: 'Disk full', Severity: 'Warning' } }),
  'alerts.get': (state) => ({ path: { alertId: first(state.alertIds) } }),
  'alerts.resolve': (state) => ({ path: { alertId: first(state.alertIds) } }),
  'alerts.delete': (state) => ({ path: { alertId: first(state.alertIds) } }),
  'billing.listInvoices': () => ({ query: { invoiceDateFrom: '2026-01-01', invoiceDateTo: '2026-12-31' } }),
  'billing.getInvoice': (state) => ({ path: { invoiceNumber: first(state.invoices.ids()) } }),
  'contacts.list': () => ({ query: { SortBy: 'LastModified' } }),
  'contacts.create': (state) => ({ body: { Email: 'new@example.com', CustomerID: first(state.customerIds) } }),
  'contacts.get': (state) => ({ path: { contactId: first(state.contactIds) } }),
  'contacts.update': (state) => ({ path: { contactId: first(state.contactIds) }, body: { JobTitle: 'Owner' } }),
  'contacts.updateViaPost': (state) => ({ path: { contactId: first(state.contactIds) }, body: { JobTitle: 'Owner' } }),
  'contacts.delete': (state) => ({ path: { contactId: first(state.contactIds) } }),
  'contracts.list': () => ({}),
  'contracts.create': (state) => ({ body: { CustomerID: first(state.customerIds), ContractName: 'Backup', ContractType: 'OnlineBackup', OnlineBackupContract: { PerGBRateID: 6 } } }),
  'contracts.get': (state) => ({ path: { contractId: first(state.contracts.ids()) } }),
  'contracts.update': (state) => ({ path: { contractId: first(state.contracts.ids()) }, body: { Taxable: true } }),
  'contracts.updateViaPost': (state) => ({ path: { contractId: first(state.contracts.ids()) }, body: { Taxable: true } }),
  'contracts.listByCustomer': (state) => ({ path: { customerId: first(state.customerIds) } }),
  'customers.list': () => ({ query: { FromLastModifiedDate: '2026-01-01' } }),
  'customers.create': () => ({ body: { CustomerName: 'Acme' } }),
  'customers.get': (state) => ({ path: { customerId: first(state.customerIds) } }),
  'customers.update': (state) => ({ path: { customerId: first(state.customerIds) }, body: { City: 'Austin' } }),
  'customers.updateViaPost': (state) => ({ path: { customerId: first(state.customerIds) }, body: { City: 'Austin' } }),
  'customers.delete': (state) => {
    call(state, 'customers.create', { body: { CustomerName: 'No dependencies Ltd' } });
    return { path: { customerId: state.customerIds.at(-1) ?? 0 } };
  },
  'customers.createFolder': (state) => ({ body: { CustomerId: first(state.customerIds), Name: 'Servers' } }),
  'customers.createAttachment': (state) => ({ body: { CustomerId: first(state.customerIds), Name: 'a.txt', ContentBased64: 'aGk=' } }),
  'customValues.get': (state) => {
    const values = call(state, 'customValues.listCustomerFields', { path: { customerId: first(state.customerIds) } });
    const id = values.kind === 'json' ? ((values.body as { Id: string }[])[0]?.Id ?? '') : '';
    return { path: { customValueId: id } };
  },
  'customValues.listCustomFields': () => ({}),
  'departments.list': () => ({}),
  'departments.create': () => ({ body: { Name: 'Lab' } }),
  'departments.get': (state) => ({ path: { departmentId: first(state.departments.ids()) } }),
  'departments.update': (state) => ({ path: { departmentId: first(state.departments.ids()) }, body: { Description: 'x' } }),
  'departments.updateViaPost': (state) => ({ path: { departmentId: first(state.departments.ids()) }, body: { Description: 'x' } }),
  'departments.delete': (state) => {
    call(state, 'departments.create', { body: { Name: 'Unstaffed' } });
    return { path: { departmentId: state.departments.ids().at(-1) ?? 0 } };
  },
  'devices.listGenericDevices': (state) => ({ query: { customerId: String(first(state.customerIds)) } }),
  'devices.getGenericDevice': (state) => ({ path: { deviceId: first(state.genericDevices.ids()) } }),
  'devices.deleteGenericDevice': (state) => ({ path: { deviceId: first(state.genericDevices.ids()) } }),
  'devices.createGenericDevice': (state) => ({ body: device(state) }),
  'devices.listTcpDevices': () => ({}),
  'devices.getTcpDevice': (state) => ({ path: { deviceId: first(state.tcpDevices.ids()) } }),
  'devices.deleteTcpDevice': (state) => ({ path: { deviceId: first(state.tcpDevices.ids()) } }),
  'devices.createTcpDevice': (state) => ({ body: { ...device(state), Ports: [{ PortNum: 443 }] } }),
  'devices.listHttpDevices': () => ({}),
  'devices.getHttpDevice': (state) => ({ path: { deviceId: first(state.httpDevices.ids()) } }),
  'devices.deleteHttpDevice': (state) => ({ path: { deviceId: first(state.httpDevices.ids()) } }),
  'devices.createHttpDevice': (state) => ({ body: { ...device(state), URL: 'https://example.com' } }),
  'devices.listSnmpDevices': () => ({}),
  'devices.getSnmpDevice': (state) => ({ path: { deviceId: first(state.snmpDevices.ids()) } }),
  'devices.deleteSnmpDevice': (state) => ({ path: { deviceId: first(state.snmpDevices.ids()) } }),
  'devices.getSnmpDeviceByGuid': (state) => ({ path: { deviceGuid: state.snmpDevices.get(first(state.snmpDevices.ids()))?.DeviceGuid ?? '' } }),
  'devices.createSnmpV1V2Device': (state) => ({ body: { ...device(state), Community: 'public', SNMPVersion: 'V2' } }),
  'devices.createSnmpV3Device': (state) => ({ body: { ...device(state), Username: 'u', AuthenticationAlg: 'SHA1' } }),
  'knowledgeBase.list': () => ({}),
  'rates.listProducts': () => ({}),
  'rates.createProduct': () => ({ body: { Description: 'p', Amount: 1 } }),
  'rates.getProduct': (state) => ({ path: { productId: first(state.products.ids()) } }),
  'rates.updateProduct': (state) => ({ path: { productId: first(state.products.ids()) }, body: { Amount: 2 } }),
  'rates.deleteProduct': (state) => ({ path: { productId: first(state.products.ids()) } }),
  'rates.listExpenses': () => ({}),
  'rates.createExpense': () => ({ body: { Description: 'e', Amount: 1 } }),
  'rates.getExpense': (state) => ({ path: { expenseId: first(state.expenses.ids()) } }),
  'rates.updateExpense': (state) => ({ path: { expenseId: first(state.expenses.ids()) }, body: { Amount: 2 } }),
  'rates.deleteExpense': (state) => ({ path: { expenseId: first(state.expenses.ids()) } }),
  'tickets.list': () => ({ query: { ticketStatus: 'Open' } }),
  'tickets.create': (state) => ({ body: { TicketTitle: 't', Description: 'd', EndUserID: first(state.contactIds) } }),
  'tickets.listWithoutComments': () => ({}),
  'tickets.listStatusModified': () => ({}),
  'tickets.listLastModified': () => ({ query: { date: '2026-09-01T00:00:00Z' } }),
  'tickets.get': (state) => ({ path: { ticketId: first(state.ticketIds) } }),
  'tickets.update': (state) => ({ path: { ticketId: first(state.ticketIds) }, body: { TicketStatus: 'Closed' } }),
  'tickets.updateViaPost': (state) => ({ path: { ticketId: first(state.ticketIds) }, body: { TicketStatus: 'Closed' } }),
  'tickets.delete': (state) => ({ path: { ticketId: first(state.ticketIds) } }),
  'tickets.listComments': (state) => ({ path: { ticketId: first(state.ticketIds) } }),
  'tickets.addComment': (state) => ({ path: { ticketId: first(state.ticketIds) }, body: { CommentText: 'c', TechnicianCommentDetails: { TechnicianId: 1 } } }),
  'tickets.listAttachments': (state) => ({ path: { ticketId: first(state.ticketIds) } }),
  'tickets.getBillableDuration': (state) => ({ path: { ticketId: first(state.ticketIds) } }),
  'tickets.getBillableDurations': (state) => ({ body: state.ticketIds.slice(0, 3) }),
  'tickets.getNonBillableDuration': (state) => ({ path: { ticketId: first(state.ticketIds) } }),
  'tickets.getWorkHours': (state) => ({ path: { ticketId: first(state.ticketIds) } }),
  'tickets.addWorkHours': (state) => ({ path: { ticketId: first(state.ticketIds) }, body: { StartWorkHour: '2026-10-02T09:00:00Z', EndWorkHour: '2026-10-02T10:00:00Z' } }),
  'tickets.getBillableWorkHoursSiteDurations': (state) => ({ body: state.ticketIds.slice(0, 3) }),
  'tickets.listWorkHoursRecords': (state) => ({ path: { ticketId: first(state.ticketIds) } }),
  'tickets.addRelation': (state) => ({ path: { ticketId: first(state.ticketIds) }, body: { RelatedTicketId: state.ticketIds[1], RelationType: 'Child' } }),
  'tickets.removeRelation': (state) => {
    call(state, 'tickets.addRelation', { path: { ticketId: first(state.ticketIds) }, body: { RelatedTicketId: state.ticketIds[1], RelationType: 'Child' } });
    return { path: { ticketId: first(state.ticketIds), relationType: 'Child' } };
  },
  'workHours.list': () => ({ query: { includeRates: 'true' } }),
};

/** The strict, complete schema of what a route answers (a page's items, an array's elements or the object). */
function responseSchema(name: string): z.ZodType {
  if (name === 'string') return z.string();
  const schema = (schemas as Record<string, unknown>)[name];
  if (!(schema instanceof z.ZodType)) throw new Error(`No generated schema ${name}`);
  return strictResponseSchema(schema);
}

describe('every operation', () => {
  it.each(ateraRoutes.map((route) => [`${route.group}.${route.method}`, route] as const))('%s answers a valid request as the spec documents', (id, route) => {
    const state = createSandboxState({ seed: 21 });
    const valid = validRequests[id];
    expect(valid, `a valid request for ${id}`).toBeDefined();
    const result = call(state, id as AteraOperationId, valid?.(state));
    const schema = route.response.schema === null ? undefined : responseSchema(route.response.schema);
    switch (route.response.kind) {
      case 'page': {
        expect(result.kind, JSON.stringify(result)).toBe('page');
        const records = result.kind === 'page' ? result.list.slice(0, result.list.total) : [];
        expect(records.length).toBeGreaterThan(0);
        for (const record of records) expect(schema?.safeParse(record).success, JSON.stringify(record)).toBe(true);
        break;
      }
      case 'array':
      case 'object': {
        expect(result, JSON.stringify(result)).toMatchObject({ kind: 'json', status: route.successStatus });
        const body = result.kind === 'json' ? result.body : undefined;
        const shape = route.response.kind === 'array' ? z.array(schema ?? z.never()) : (schema ?? z.never());
        const parsed = shape.safeParse(body);
        expect(parsed.success, `${parsed.success ? '' : parsed.error.message} in ${JSON.stringify(body)}`).toBe(true);
        break;
      }
      case 'none':
        expect(result).toEqual({ kind: 'empty', status: route.successStatus });
        break;
    }
  });
});
