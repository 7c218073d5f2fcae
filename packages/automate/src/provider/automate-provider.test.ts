import { createGateway, createGatewayFromEnv, isPsaError } from '@psagate/core';
import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createAutomateSandbox } from '../sandbox/automate-sandbox';
import { automateProvider } from './automate-provider';

const server = useMswServer();

function setup(options: Parameters<typeof createAutomateSandbox>[0] = {}) {
  const sandbox = createAutomateSandbox(options);
  server.resetHandlers(...sandbox.handlers);
  const gateway = createGateway({ ...sandbox.gatewayConfig(), retry: { maxAttempts: 1 } }, { providers: [automateProvider] });
  const conditions = () =>
    sandbox.requests.map((request) => new URL(request.url, 'http://x').searchParams.get('condition')).filter((condition): condition is string => condition !== null);
  return { sandbox, gateway, conditions };
}

describe('the Automate provider', () => {
  it('declares what Automate’s API cannot do, and refuses it with UnsupportedOperationError', async () => {
    const { gateway, sandbox } = setup();
    expect(gateway.capabilities.tickets.operations).toMatchObject({ list: true, get: true, listComments: true, create: false, update: false, addComment: false });
    expect(gateway.capabilities.alerts.operations).toMatchObject({ list: true, get: true, resolve: false });
    const before = sandbox.requestCount();
    await expect(gateway.tickets.create({ title: 'x' })).rejects.toMatchObject({ kind: 'unsupported', provider: 'automate' });
    await expect(gateway.tickets.update('5000', { status: 'resolved' })).rejects.toMatchObject({ kind: 'unsupported' });
    await expect(gateway.tickets.addComment('5000', { body: 'x' })).rejects.toMatchObject({ kind: 'unsupported' });
    await expect(gateway.alerts.resolve('3000')).rejects.toMatchObject({ kind: 'unsupported' });
    expect(sandbox.requestCount()).toBe(before);
  });

  it('maps tickets with normalised status and priority, keeping the raw names', async () => {
    const { gateway } = setup();
    const tickets = await gateway.tickets.list().toArray();
    expect(tickets.map((ticket) => [ticket.statusRaw, ticket.status])).toContainEqual(['Stalled', 'pending']);
    expect(tickets.map((ticket) => [ticket.priorityRaw, ticket.priority])).toContainEqual(['Emergency', 'critical']);
    const ticket = await gateway.tickets.get('5002');
    expect(ticket).toMatchObject({
      id: '5002',
      number: '5002',
      customerId: expect.any(String),
      deviceId: '102',
      contact: { email: 'requester2@client.example' },
      description: expect.stringContaining('C: almost full'),
      createdAt: expect.stringMatching(/Z$/),
    });
  });

  it('compiles ticket filters to one condition the server applies', async () => {
    const { gateway, conditions } = setup();
    const all = await gateway.tickets.list().toArray();
    const filtered = await gateway.tickets.list({ status: ['open', 'in_progress'], customerId: all[0]?.customerId ?? '1', createdSince: '2026-01-01T00:00:00Z' }).toArray();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((ticket) => ['open', 'in_progress'].includes(ticket.status) && ticket.customerId === all[0]?.customerId)).toBe(true);
    expect(conditions().at(-1)).toBe(`Status.Name in ('New', 'Open') and Client.Id = ${all[0]?.customerId} and StartDate >= 2026-01-01T00:00:00Z`);
  });

  it('lists tickets of statuses outside the stock names as other', async () => {
    const { gateway, sandbox, conditions } = setup();
    (sandbox.state.tickets[0] as { Status: unknown }).Status = { Id: 9, Name: 'Waiting on vendor' };
    const other = await gateway.tickets.list({ status: 'other' }).toArray();
    expect(other.map((ticket) => [ticket.id, ticket.statusRaw])).toEqual([['5000', 'Waiting on vendor']]);
    expect(conditions().at(-1)).toBe("Status.Name not in ('New', 'Open', 'Stalled', 'Resolved', 'Closed')");
  });

  it('filters devices on the server by customer and name, and maps them', async () => {
    const { gateway, conditions } = setup();
    const devices = await gateway.devices.list({ customerId: 1, search: 'ws-' }).toArray();
    expect(devices.length).toBeGreaterThan(0);
    for (const device of devices) expect(device).toMatchObject({ kind: 'agent', customerId: '1', hostname: expect.stringMatching(/^WS-/) });
    expect(conditions().at(-1)).toBe("Client.Id = 1 and (ComputerName contains 'ws-' or FriendlyName contains 'ws-')");
    const device = await gateway.devices.get('101');
    expect(device).toMatchObject({ name: 'SRV-002', online: true, operatingSystem: expect.any(String), ipAddress: '10.0.0.11', lastSeenAt: expect.stringMatching(/Z$/) });
  });

  it('treats every listed alert as open, answering a resolved-only filter without a request', async () => {
    const { gateway, sandbox } = setup();
    const open = await gateway.alerts.list({ status: 'open', severity: 'critical' }).toArray();
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((alert) => alert.status === 'open' && alert.severity === 'critical' && alert.severityRaw === 'Critical')).toBe(true);
    const before = sandbox.requestCount();
    expect(await gateway.alerts.list({ status: 'resolved' }).toArray()).toEqual([]);
    expect(sandbox.requestCount()).toBe(before);
  });

  it('filters alerts and customers by text on the server with values kept literal', async () => {
    const { gateway, conditions } = setup();
    expect(await gateway.customers.list({ search: "' or 1=1 or '" }).toArray()).toEqual([]);
    expect(conditions().at(-1)).toBe(`Name contains "' or 1=1 or '"`);
    const alerts = await gateway.alerts.list({ search: 'spooler', deviceId: '102' }).toArray();
    expect(alerts.every((alert) => alert.deviceId === '102' && /spooler/i.test(alert.title))).toBe(true);
  });

  it('lists the comments embedded in a ticket', async () => {
    const { gateway } = setup();
    const comments = await gateway.tickets.listComments('5002').toArray();
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatchObject({ ticketId: '5002', authorEmail: 'requester2@client.example', body: expect.stringContaining('almost full') });
    expect(await gateway.tickets.listComments('5000').toArray()).toEqual([]);
    await expect(gateway.tickets.listComments('987654').toArray()).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('fetches as many pages at once as pageConcurrency says, in every neutral list', () => {
    const sandbox = createAutomateSandbox();
    const gateway = createGateway({ ...sandbox.gatewayConfig(), pageConcurrency: 3 }, { providers: [automateProvider] });
    const lists = [gateway.tickets.list(), gateway.tickets.listComments('5002'), gateway.devices.list(), gateway.alerts.list(), gateway.alerts.list({ status: 'resolved' }), gateway.customers.list()];
    expect(lists.map((list) => list.pagingLimits.defaultConcurrency)).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it('maps clients to customers with their address', async () => {
    const { gateway } = setup();
    expect(await gateway.customers.get('1')).toMatchObject({ id: '1', name: 'Client A Ltd', address: { city: 'Leeds', street: '10 High Street' }, domain: null });
  });

  it('builds from environment variables', async () => {
    const sandbox = createAutomateSandbox();
    server.resetHandlers(...sandbox.handlers);
    const { credentials } = sandbox;
    const gateway = createGatewayFromEnv(
      {
        PSAGATE_PROVIDER: 'automate',
        AUTOMATE_BASE_URL: `${sandbox.baseUrl}/cwa/api`,
        AUTOMATE_USERNAME: credentials.username,
        AUTOMATE_PASSWORD: credentials.password,
        AUTOMATE_CLIENT_ID: credentials.clientId,
        AUTOMATE_REQUESTS_PER_MINUTE: '120',
      },
      { providers: [automateProvider] },
    );
    expect((await gateway.customers.list().toArray()).length).toBe(5);
  });

  it('names the missing ClientId variable when building from the environment', () => {
    const error = (() => {
      try {
        createGatewayFromEnv(
          { PSAGATE_PROVIDER: 'automate', AUTOMATE_BASE_URL: 'https://automate.example.com', AUTOMATE_USERNAME: 'integrator', AUTOMATE_PASSWORD: 'secret' },
          { providers: [automateProvider] },
        );
      } catch (failure) {
        return failure;
      }
      return undefined;
    })();
    expect(isPsaError(error, 'config')).toBe(true);
    expect((error as Error).message).toContain('AUTOMATE_CLIENT_ID');
    expect((error as Error).message).not.toContain('secret');
  });
});
