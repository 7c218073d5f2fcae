import { createGateway, createGatewayFromEnv } from '@psagate/core';
import { useMswServer } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { HaloConfigInput } from '../config';
import { ticketTargetDate } from '../mapping/halo-dates';
import { createHaloSandbox, type HaloSandboxOptions, SANDBOX_STATUS } from '../sandbox';
import { haloProvider } from './halo-provider';

const server = useMswServer();

function gatewayFor(settings: Partial<HaloConfigInput> & { alertTicketTypeId?: number | undefined } = {}, sandboxOptions: HaloSandboxOptions = {}) {
  const sandbox = createHaloSandbox(sandboxOptions);
  server.resetHandlers(...sandbox.handlers);
  const gateway = createGateway({ ...sandbox.gatewayConfig(), retry: { maxAttempts: 1 }, ...settings }, { providers: [haloProvider] });
  return { sandbox, gateway };
}

describe('haloProvider: tickets', () => {
  it('fills what Halo leaves empty: the agent name from the agent list, the creation date from dateoccurred', async () => {
    const { sandbox, gateway } = gatewayFor();
    const raw = sandbox.state.tickets.find((ticket) => (ticket.agent_id ?? 0) > 0);
    expect(raw?.agent_name).toBe('');
    expect(raw?.datecreated).toBeNull();
    const ticket = await gateway.tickets.get(String(raw?.id));
    expect(ticket.assigneeId).toBe(String(raw?.agent_id));
    expect(ticket.assigneeName).toBe(sandbox.state.agents.find((agent) => agent.id === raw?.agent_id)?.name);
    expect(ticket.createdAt).toBe(`${raw?.dateoccurred}.000Z`);
    expect(ticket.contact).toMatchObject({ id: String(raw?.user_id), email: raw?.user_email });
  });

  it('treats Halo\'s 1900 placeholder dates as no date', async () => {
    const { sandbox, gateway } = gatewayFor();
    const open = sandbox.state.tickets.find((ticket) => ticket.hasbeenclosed === false && ticket.targetdate?.startsWith('1900'));
    expect(open).toBeDefined();
    expect(ticketTargetDate(open as { targetdate: string })).toBeNull();
    const ticket = await gateway.tickets.get(String(open?.id));
    expect(ticket.resolvedAt).toBeNull();
    expect(ticket.updatedAt).not.toBeNull();
  });

  it('an unassigned ticket (agent 0) has no assignee', async () => {
    const { sandbox, gateway } = gatewayFor();
    const raw = sandbox.state.tickets.find((ticket) => ticket.agent_id === 0);
    expect(await gateway.tickets.get(String(raw?.id))).toMatchObject({ assigneeId: null, assigneeName: null });
  });

  it('maps statuses and priorities through the instance\'s own lists, read once', async () => {
    const { sandbox, gateway } = gatewayFor();
    const tickets = await gateway.tickets.list().toArray();
    const byStatus = (statusId: number) => tickets.filter((ticket) => (ticket.raw as { status_id: number }).status_id === statusId);
    for (const ticket of byStatus(SANDBOX_STATUS.new)) expect(ticket).toMatchObject({ status: 'open', statusRaw: 'New' });
    for (const ticket of byStatus(SANDBOX_STATUS.waitingOnCustomer)) expect(ticket.status).toBe('pending');
    for (const ticket of byStatus(SANDBOX_STATUS.resolved)) expect(ticket.status).toBe('resolved');
    for (const ticket of byStatus(SANDBOX_STATUS.scheduled)) expect(ticket).toMatchObject({ status: 'other', statusRaw: 'Scheduled' });
    expect(new Set(tickets.map((ticket) => ticket.priority))).toEqual(new Set(['critical', 'high', 'medium', 'low']));
    await gateway.tickets.list().toArray();
    expect(sandbox.stats().byRoute['statuses.list']).toBe(1);
    expect(sandbox.stats().byRoute['priorities.list']).toBe(1);
  });

  it('applies statusMap and priorityMap overrides in both directions', async () => {
    const { sandbox, gateway } = gatewayFor({ statusMap: { scheduled: 'pending', 'Waiting on Customer': 'other' }, priorityMap: { Low: 'medium' } });
    const scheduled = sandbox.state.tickets.find((ticket) => ticket.status_id === SANDBOX_STATUS.scheduled);
    expect((await gateway.tickets.get(String(scheduled?.id))).status).toBe('pending');
    const created = await gateway.tickets.create({ title: 'Mapped', status: 'pending', priority: 'medium' });
    expect(created.raw).toMatchObject({ status_id: SANDBOX_STATUS.onHold, priority_id: 3 });
  });

  it('refuses a statusMap naming a status the instance does not have, listing the ones it has', async () => {
    const { gateway } = gatewayFor({ statusMap: { 'Waiting on Vendor': 'pending' } });
    await expect(gateway.tickets.list().first()).rejects.toMatchObject({
      kind: 'config',
      code: 'UNKNOWN_STATUS_NAME',
      message: expect.stringMatching(/"waiting on vendor".*New, In Progress/),
    });
  });

  it('fails with ValidationError before writing when no Halo status means the neutral one', async () => {
    const { sandbox, gateway } = gatewayFor();
    sandbox.state.statuses.splice(0, sandbox.state.statuses.length, ...sandbox.state.statuses.filter((status) => status.name !== 'Resolved'));
    const ticket = await gateway.tickets.list().first();
    const writes = sandbox.stats().writesApplied;
    await expect(gateway.tickets.update(ticket?.id ?? '', { status: 'resolved' })).rejects.toMatchObject({ kind: 'validation', code: 'UNMAPPED_STATUS', message: expect.stringContaining('statusMap') });
    expect(sandbox.stats().writesApplied).toBe(writes);
  });

  it('sends customer, device and date filters to Halo and narrows open statuses with open_only', async () => {
    const { sandbox, gateway } = gatewayFor();
    const tickets = await gateway.tickets.list({ customerId: '11', status: ['open', 'pending'], createdSince: '2026-01-02T00:00:00Z' }).toArray();
    expect(tickets.length).toBeGreaterThan(0);
    for (const ticket of tickets) {
      expect(ticket.customerId).toBe('11');
      expect(['open', 'pending']).toContain(ticket.status);
    }
    const query = new URL(sandbox.requests.filter((request) => request.route === 'tickets.list').at(-1)?.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ client_id: '11', open_only: 'true', datesearch: 'dateoccured', startdate: '2026-01-02T00:00:00.000Z' });
  });

  it('rejects a non-numeric customer id before sending anything', async () => {
    const { sandbox, gateway } = gatewayFor();
    const before = sandbox.requestCount();
    expect(() => gateway.tickets.list({ customerId: 'acme' })).toThrow(expect.objectContaining({ kind: 'validation', message: expect.stringContaining('customerId') }));
    await expect(gateway.tickets.get('T-12')).rejects.toMatchObject({ kind: 'validation' });
    expect(sandbox.requestCount()).toBe(before);
  });

  it('gives comments ids made of ticket and action, so two tickets\' action 1 stay apart', async () => {
    const { sandbox, gateway } = gatewayFor();
    const [first, second] = sandbox.state.tickets;
    const comments = [...(await gateway.tickets.listComments(String(first?.id)).toArray()), ...(await gateway.tickets.listComments(String(second?.id)).toArray())];
    expect(comments.map((comment) => comment.id)).toContain(`${first?.id}:1`);
    expect(comments.map((comment) => comment.id)).toContain(`${second?.id}:1`);
    expect(new Set(comments.map((comment) => comment.id)).size).toBe(comments.length);
    const added = await gateway.tickets.addComment(String(first?.id), { body: 'Swapped the cable', isInternal: false });
    expect(added).toMatchObject({ ticketId: String(first?.id), body: 'Swapped the cable', isInternal: false, authorName: 'API' });
  });
});

describe('haloProvider: alerts', () => {
  it('reads alerts as the tickets of the configured ticket type, severity from priority', async () => {
    const { sandbox, gateway } = gatewayFor();
    const alerts = await gateway.alerts.list().toArray();
    const alertTickets = sandbox.state.tickets.filter((ticket) => ticket.tickettype_id === sandbox.alertTicketTypeId);
    expect(alerts.map((alert) => alert.id)).toEqual(alertTickets.map((ticket) => String(ticket.id)));
    for (const alert of alerts) {
      expect(alert.ticketId).toBe(alert.id);
      expect(['info', 'warning', 'critical']).toContain(alert.severity);
      expect(alert.deviceId).not.toBeNull();
    }
  });

  it('keeps only alert tickets even if Halo ignores the ticket type filter', async () => {
    const { sandbox, gateway } = gatewayFor();
    const alert = sandbox.state.tickets.find((ticket) => ticket.tickettype_id === sandbox.alertTicketTypeId);
    const plain = sandbox.state.tickets.find((ticket) => ticket.tickettype_id !== sandbox.alertTicketTypeId);
    server.use(http.get(`${sandbox.baseUrl}/api/Tickets`, () => HttpResponse.json({ record_count: 2, tickets: [plain, alert] })));
    expect((await gateway.alerts.list().toArray()).map((listed) => listed.id)).toEqual([String(alert?.id)]);
  });

  it('does not treat a plain ticket as an alert', async () => {
    const { sandbox, gateway } = gatewayFor();
    const plain = sandbox.state.tickets.find((ticket) => ticket.tickettype_id !== sandbox.alertTicketTypeId);
    await expect(gateway.alerts.get(String(plain?.id))).rejects.toMatchObject({ kind: 'not_found', code: 'NOT_AN_ALERT' });
    await expect(gateway.alerts.resolve(String(plain?.id))).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('throws UnsupportedOperationError naming the setting when no alert ticket type is configured', async () => {
    const { gateway } = gatewayFor({ alertTicketTypeId: undefined });
    expect(gateway.capabilities.alerts.operations.list).toBe(false);
    expect(gateway.capabilities.alerts.note).toMatch(/alertTicketTypeId/);
    expect(() => gateway.alerts.list()).toThrow(expect.objectContaining({ kind: 'unsupported', message: expect.stringContaining('alertTicketTypeId') }));
    await expect(gateway.alerts.get('3030')).rejects.toMatchObject({ kind: 'unsupported', message: expect.stringContaining('HALOPSA_ALERT_TICKET_TYPE_ID') });
    await expect(gateway.alerts.resolve('3030')).rejects.toMatchObject({ kind: 'unsupported' });
  });
});

describe('haloProvider: devices and customers', () => {
  it('reads OS, serial and IP from the asset type fields, whichever common names the tenant used', async () => {
    const { sandbox, gateway } = gatewayFor();
    const devices = await gateway.devices.list().toArray();
    expect(devices).toHaveLength(sandbox.state.assets.length);
    for (const device of devices) {
      expect(device).toMatchObject({ kind: 'asset', online: null, lastSeenAt: null });
      expect(device.operatingSystem).toMatch(/^Windows/);
      expect(device.serialNumber).toMatch(/^SN\d+/);
      expect(device.ipAddress).toMatch(/^10\.0\./);
    }
  });

  it('reads the fields by the names configured in assetFields', async () => {
    const { sandbox, gateway } = gatewayFor({ assetFields: { operatingSystem: ['Serial Number'], serialNumber: ['IP Address'], ipAddress: ['Nothing here'] } });
    const asset = sandbox.state.assets[0];
    const device = await gateway.devices.get(String(asset?.id));
    expect(device).toMatchObject({ name: asset?.key_field, operatingSystem: expect.stringMatching(/^SN/), serialNumber: expect.stringMatching(/^10\./), ipAddress: null });
  });

  it('maps clients to customers with their website as domain', async () => {
    const { sandbox, gateway } = gatewayFor();
    const customer = await gateway.customers.get(String(sandbox.state.clients[0]?.id));
    expect(customer).toMatchObject({ name: 'Acme Dental', domain: 'acme-dental.example' });
  });
});

describe('haloProvider: configuration', () => {
  it('builds from HALOPSA_* environment variables', async () => {
    const sandbox = createHaloSandbox();
    server.resetHandlers(...sandbox.handlers);
    const gateway = createGatewayFromEnv(
      {
        PSAGATE_PROVIDER: 'halopsa',
        HALOPSA_BASE_URL: sandbox.baseUrl,
        HALOPSA_CLIENT_ID: sandbox.clientId,
        HALOPSA_CLIENT_SECRET: sandbox.clientSecret,
        HALOPSA_ALERT_TICKET_TYPE_ID: String(sandbox.alertTicketTypeId),
      },
      { providers: [haloProvider] },
    );
    expect(await gateway.alerts.list().first()).toBeDefined();
  });

  it('lists every missing setting by its variable name', () => {
    expect(() => createGatewayFromEnv({ PSAGATE_PROVIDER: 'halopsa', HALOPSA_ALERT_TICKET_TYPE_ID: 'twenty' }, { providers: [haloProvider] })).toThrow(
      expect.objectContaining({ kind: 'config', message: expect.stringMatching(/HALOPSA_ALERT_TICKET_TYPE_ID[\s\S]*HALOPSA_BASE_URL|HALOPSA_BASE_URL[\s\S]*HALOPSA_ALERT_TICKET_TYPE_ID/) }),
    );
  });
});

describe('haloProvider: native client', () => {
  it('pages neutral lists like the Halo lists under them, with the configured pageConcurrency', () => {
    const { gateway } = gatewayFor({ pageConcurrency: 3 });
    const native = gateway.native.tickets.list().pagingLimits;
    expect(native).toMatchObject({ defaultConcurrency: 3, defaultPageSize: 100, maxPageSize: 100, supportsStartPage: true });
    for (const list of [gateway.tickets.list(), gateway.alerts.list(), gateway.devices.list(), gateway.customers.list()]) expect(list.pagingLimits).toEqual(native);
    expect(gateway.native.actions.list({ ticket_id: 1 }).pagingLimits.defaultConcurrency).toBe(3);
  });

  it('exposes the full native client as gateway.native', async () => {
    const { sandbox, gateway } = gatewayFor();
    const contracts = await gateway.native.contracts.list({ client_id: 10 }).toArray();
    expect(contracts.map((contract) => contract.id)).toEqual(sandbox.state.contracts.filter((contract) => contract.client_id === 10).map((contract) => contract.id));
  });
});
