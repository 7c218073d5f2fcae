import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as schemas from '../../generated/schemas';
import { bodyOf, call, listAll } from '../operations/handler-test-kit';
import { createSandboxState } from './sandbox-state';
import { resolveSandboxSizes } from './sandbox-sizes';
import { strictResponseSchema } from './strict-response-schema';

const everyTable = (state: ReturnType<typeof createSandboxState>) => ({
  customers: [...state.customers.values()],
  contacts: [...state.contacts.values()],
  agents: [...state.agents.values()],
  alerts: [...state.alerts.values()],
  tickets: [...state.tickets.values()],
  workHours: [...state.workHours.values()],
  contracts: [...state.contracts.values()],
  departments: [...state.departments.values()],
  products: [...state.products.values()],
  expenses: [...state.expenses.values()],
  invoices: [...state.invoices.values()],
  knowledgeBase: [...state.knowledgeBase.values()],
  snmpDevices: [...state.snmpDevices.values()],
  tcpDevices: [...state.tcpDevices.values()],
  httpDevices: [...state.httpDevices.values()],
  genericDevices: [...state.genericDevices.values()],
});

function expectConforms(schema: Parameters<typeof strictResponseSchema>[0], records: readonly unknown[], kind: string): void {
  expect(records.length, `${kind} has records`).toBeGreaterThan(0);
  const strict = strictResponseSchema(schema);
  for (const record of records) {
    const parsed = strict.safeParse(record);
    expect(parsed.success, `${kind}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
  }
}

describe('createSandboxState', () => {
  it('makes the same records from the same seed, and different ones from another seed', () => {
    const first = everyTable(createSandboxState({ seed: 42 }));
    const again = everyTable(createSandboxState({ seed: 42 }));
    const other = everyTable(createSandboxState({ seed: 43 }));
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(JSON.stringify(other.agents)).not.toBe(JSON.stringify(first.agents));
  });

  it('makes a record the same whether it is read first, last or alone', () => {
    const state = createSandboxState({ seed: 9 });
    const alone = createSandboxState({ seed: 9 }).tickets.get(20_010);
    everyTable(state);
    expect(state.tickets.get(20_010)).toEqual(alone);
  });

  it('starts with demo-sized tables by default', () => {
    const state = createSandboxState({ seed: 1 });
    expect(state.customerIds).toHaveLength(12);
    expect(state.agentIds).toHaveLength(60);
    expect(state.ticketIds).toHaveLength(40);
    expect(state.alertIds).toHaveLength(25);
  });

  it('creates 100,000 agents in milliseconds, making records only when read', () => {
    const started = performance.now();
    const state = createSandboxState({ seed: 5, size: { agents: 100_000 } });
    const elapsed = performance.now() - started;
    expect(state.agents.size).toBe(100_000);
    expect(elapsed).toBeLessThan(250);
    const last = state.agents.get(state.agentIds[99_999] ?? 0);
    expect(last?.AgentID).toBe(state.agentIds[99_999]);
    expect(state.customers.has(last?.CustomerID ?? 0)).toBe(true);
  });

  it('shapes every seeded record exactly as the spec declares its DTO: every property present, nothing else', () => {
    const state = createSandboxState({ seed: 3 });
    const tables = everyTable(state);
    expectConforms(schemas.AccountInfoResponse, [state.account], 'account');
    expectConforms(schemas.CustomerDto, tables.customers, 'customers');
    expectConforms(schemas.ContactDto, tables.contacts, 'contacts');
    expectConforms(schemas.AgentDto, tables.agents, 'agents');
    expectConforms(schemas.AlertDto, tables.alerts, 'alerts');
    expectConforms(schemas.TicketDto, tables.tickets, 'tickets');
    expectConforms(schemas.WorkhourRecordDto, tables.workHours, 'work hours');
    expectConforms(schemas.ContractDto, tables.contracts, 'contracts');
    expectConforms(schemas.DepartmentDto, tables.departments, 'departments');
    expectConforms(schemas.RateDto, [...tables.products, ...tables.expenses], 'rates');
    expectConforms(schemas.InvoiceDto, tables.invoices, 'invoices');
    expectConforms(schemas.KnowledgeBaseDto, tables.knowledgeBase, 'knowledge base');
    expectConforms(schemas.SnmpDeviceDto, tables.snmpDevices, 'SNMP devices');
    expectConforms(schemas.TcpDeviceDto, tables.tcpDevices, 'TCP devices');
    expectConforms(schemas.HttpDeviceDto, tables.httpDevices, 'HTTP devices');
    expectConforms(schemas.GenericDeviceDto, tables.genericDevices, 'generic devices');
    expectConforms(schemas.CustomFieldDto, state.customFields, 'custom fields');
    const ticketId = state.ticketIds[0] ?? 0;
    expectConforms(schemas.TicketCommentDto, listAll(call(state, 'tickets.listComments', { path: { ticketId } })), 'ticket comments');
    expectConforms(schemas.TicketWorkHoursDto, listAll(call(state, 'tickets.listWorkHoursRecords', { path: { ticketId } })), 'ticket work hours');
    expectConforms(schemas.TicketWorkHoursSummaryDto, [bodyOf(call(state, 'tickets.getWorkHours', { path: { ticketId } }))], 'work hours summary');
    const values = state.customerIds.flatMap((customerId) => bodyOf<unknown[]>(call(state, 'customValues.listCustomerFields', { path: { customerId } })));
    expectConforms(schemas.CustomValueDto, values, 'custom values');
    const windowsAgent = tables.agents.find((agent) => agent.OS?.includes('Windows'));
    const patches = call(state, 'agents.getInstalledPatches', { path: { deviceGuid: windowsAgent?.DeviceGuid ?? '' } });
    expectConforms(schemas.AgentInstalledUpdatesResponse, [bodyOf(patches)], 'installed patches');
    const available = call(state, 'agents.getAvailablePatches', { path: { deviceGuid: windowsAgent?.DeviceGuid ?? '' } });
    expectConforms(schemas.AgentAvailableUpdatesResponse, [bodyOf(available)], 'available patches');
  });

  it('keeps records complete and related for any small sizes, zeros included', () => {
    const size = fc.record({
      customers: fc.integer({ min: 1, max: 4 }),
      contacts: fc.integer({ min: 0, max: 6 }),
      agents: fc.integer({ min: 1, max: 6 }),
      tickets: fc.integer({ min: 0, max: 5 }),
      commentsPerTicket: fc.integer({ min: 0, max: 4 }),
      workHoursPerTicket: fc.integer({ min: 0, max: 3 }),
      alerts: fc.integer({ min: 0, max: 5 }),
      contracts: fc.integer({ min: 0, max: 9 }),
      rates: fc.integer({ min: 0, max: 3 }),
      invoices: fc.integer({ min: 0, max: 4 }),
      snmpDevices: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), size, (seed, sizes) => {
        const state = createSandboxState({ seed, size: sizes });
        const tables = everyTable(state);
        const check = (schema: Parameters<typeof strictResponseSchema>[0], records: readonly unknown[]): void => {
          const strict = strictResponseSchema(schema);
          for (const record of records) expect(strict.safeParse(record).success).toBe(true);
        };
        check(schemas.TicketDto, tables.tickets);
        check(schemas.ContractDto, tables.contracts);
        check(schemas.InvoiceDto, tables.invoices);
        check(schemas.WorkhourRecordDto, tables.workHours);
        check(schemas.SnmpDeviceDto, tables.snmpDevices);
        for (const ticket of tables.tickets) {
          if (ticket.EndUserID !== null) expect(state.contacts.get(ticket.EndUserID)?.CustomerID).toBe(ticket.CustomerID);
        }
        for (const device of tables.snmpDevices) expect(state.agents.has(device.MonitoringAgentID)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('checks conformance strictly: a record missing a declared property or carrying an extra one fails', () => {
    const department = { Id: 1, Name: 'Finance', Description: null };
    const strict = strictResponseSchema(schemas.DepartmentDto);
    expect(strict.safeParse(department).success).toBe(true);
    expect(strict.safeParse({ Id: 1, Name: 'Finance' }).success).toBe(false);
    expect(strict.safeParse({ ...department, Extra: true }).success).toBe(false);
  });

  it('relates records consistently: owners exist and end users belong to their ticket\'s customer', () => {
    const state = createSandboxState({ seed: 11 });
    for (const agent of state.agents.values()) {
      expect(state.customers.get(agent.CustomerID ?? 0)?.CustomerName).toBe(agent.CustomerName);
    }
    for (const ticket of state.tickets.values()) {
      expect(state.customers.has(ticket.CustomerID)).toBe(true);
      if (ticket.EndUserID !== null) expect(state.contacts.get(ticket.EndUserID)?.CustomerID).toBe(ticket.CustomerID);
    }
    for (const alert of state.alerts.values()) {
      expect(state.agents.get(alert.AgentId ?? 0)?.DeviceGuid).toBe(alert.DeviceGuid);
    }
    for (const block of state.workHours.values()) {
      expect(state.tickets.get(block.TicketID)?.CustomerID).toBe(block.CustomerID);
    }
    for (const contact of state.contacts.values()) {
      expect(state.customers.has(contact.CustomerID ?? 0)).toBe(true);
      if (contact.DepartmentID !== null) expect(state.departments.get(contact.DepartmentID)?.Name).toBe(contact.DepartmentName);
    }
  });

  it('seeds the variety a demo needs: every ticket status and priority, every alert severity, archived alerts', () => {
    const state = createSandboxState({ seed: 1, size: { tickets: 120, alerts: 80 } });
    const tickets = [...state.tickets.values()];
    const alerts = [...state.alerts.values()];
    expect(new Set(tickets.map((ticket) => ticket.TicketStatus))).toEqual(new Set(['Open', 'Pending', 'Resolved', 'Closed']));
    expect(new Set(tickets.map((ticket) => ticket.TicketPriority))).toEqual(new Set(['Low', 'Medium', 'High', 'Critical']));
    expect(new Set(alerts.map((alert) => alert.Severity))).toEqual(new Set(['Information', 'Warning', 'Critical']));
    expect(alerts.some((alert) => alert.Archived === true && alert.ArchivedDate !== null)).toBe(true);
    for (const ticket of tickets) {
      const closed = ticket.TicketStatus === 'Resolved' || ticket.TicketStatus === 'Closed';
      expect(ticket.TicketResolvedDate !== null).toBe(closed);
    }
  });

  it('rejects sizes that cannot work, naming the size', () => {
    expect(() => resolveSandboxSizes({ agents: -1 })).toThrow(/"agents" must be a non-negative integer/);
    expect(() => resolveSandboxSizes({ customers: 0 })).toThrow(/needs at least one customer/);
    expect(() => createSandboxState({ seed: 1.5 })).toThrow(/seed must be an integer/);
  });
});
