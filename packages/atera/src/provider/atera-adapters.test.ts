import { createGateway } from '@psagate/core';
import { http, HttpResponse } from 'msw';
import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { ateraProvider } from './atera-provider';

/**
 * The adapters against a small scripted Atera: which routes and filters they send, and how they
 * read writes back. The full contract runs against the Atera sandbox in atera-conformance.test.ts.
 */
const BASE = 'https://atera.test';
const API_KEY = 'legacy-key-0123456789abcdef';

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body?: unknown;
}

let seen: Seen[] = [];
const server = useMswServer({ afterEach: () => (seen = []) });

async function record(request: Request): Promise<void> {
  const url = new URL(request.url);
  const query = Object.fromEntries([...url.searchParams].filter(([name]) => name !== 'page' && name !== 'itemsInPage'));
  const body = request.method === 'GET' ? undefined : await request.clone().json().catch(() => undefined);
  seen.push({ method: request.method, path: url.pathname, query, ...(body === undefined ? {} : { body }) });
}

/** Serves `records` in Atera's paged envelope. */
function paged(path: string, records: readonly unknown[]) {
  return http.get(`${BASE}${path}`, async ({ request }) => {
    await record(request);
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? '1');
    const size = Number(url.searchParams.get('itemsInPage') ?? '20');
    const items = records.slice((page - 1) * size, page * size);
    return HttpResponse.json({ items, page, itemsInPage: items.length, totalItemCount: records.length, totalPages: Math.ceil(records.length / size) });
  });
}

function one(method: 'get' | 'put' | 'post', path: string, answer: unknown, status = 200) {
  return http[method](`${BASE}${path}`, async ({ request }) => {
    await record(request);
    return answer === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(answer, { status });
  });
}

const gateway = () => createGateway({ provider: 'atera', apiKey: API_KEY, baseUrl: BASE, retry: { maxAttempts: 1 } }, { providers: [ateraProvider] });

const ticket = (id: number, status: string, customer = 7) => ({ TicketID: id, TicketTitle: `Ticket ${id}`, TicketStatus: status, CustomerID: customer, CustomerName: 'Acme' });

describe('Atera tickets', () => {
  it('lets Atera filter by one status and a customer', async () => {
    server.use(paged('/api/v3/tickets', [ticket(1, 'Open')]));
    const tickets = await gateway().tickets.list({ status: 'open', customerId: 7 }).toArray();
    expect(tickets.map((t) => t.id)).toEqual(['1']);
    expect(seen).toEqual([{ method: 'GET', path: '/api/v3/tickets', query: { customerId: '7', ticketStatus: 'Open' } }]);
  });

  it('filters several statuses itself, asking Atera for all tickets', async () => {
    server.use(paged('/api/v3/tickets', [ticket(1, 'Open'), ticket(2, 'Pending'), ticket(3, 'Closed'), ticket(4, 'On hold')]));
    const tickets = await gateway().tickets.list({ status: ['open', 'closed', 'other'] }).toArray();
    expect(tickets.map((t) => [t.id, t.status])).toEqual([
      ['1', 'open'],
      ['3', 'closed'],
      ['4', 'other'],
    ]);
    expect(seen[0]?.query).toEqual({});
  });

  it('reads updatedSince from the last-modified list and applies the other filters itself', async () => {
    server.use(paged('/api/v3/tickets/lastmodified', [ticket(1, 'Open', 7), ticket(2, 'Open', 8), ticket(3, 'Closed', 7)]));
    const tickets = await gateway().tickets.list({ updatedSince: '2026-01-01T00:00:00Z', customerId: '7', status: 'open' }).toArray();
    expect(tickets.map((t) => t.id)).toEqual(['1']);
    expect(seen).toEqual([{ method: 'GET', path: '/api/v3/tickets/lastmodified', query: { date: '2026-01-01T00:00:00.000Z' } }]);
  });

  it('refuses ids that are not Atera ids before sending anything', async () => {
    const atera = gateway();
    await expect(atera.tickets.get('abc')).rejects.toMatchObject({ kind: 'validation', code: 'INVALID_ID' });
    await expect(atera.tickets.update('abc', { title: 'x' })).rejects.toMatchObject({ kind: 'validation' });
    expect(() => atera.tickets.listComments('12a')).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => atera.tickets.list({ customerId: 'acme' })).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(seen).toEqual([]);
  });

  it('raises a ticket for a contact of the given customer and answers with the ticket as Atera stored it', async () => {
    server.use(
      paged('/api/v3/contacts', [
        { EndUserID: 50, CustomerID: 8, Email: 'other@example.com' },
        { EndUserID: 55, CustomerID: 7, Email: 'ann@acme.example' },
        { EndUserID: 56, CustomerID: 7, Email: 'bob@acme.example' },
      ]),
      one('post', '/api/v3/tickets', { ActionID: '1042' }, 201),
      one('get', '/api/v3/tickets/1042', { ...ticket(1042, 'Open'), TicketTitle: 'Printer &amp; fax', TicketPriority: 'High', EndUserID: 56 }),
    );
    const created = await gateway().tickets.create({ title: 'Printer & fax', priority: 'high', customerId: 7, contact: { email: 'BOB@acme.example' } });
    expect(created).toMatchObject({ id: '1042', title: 'Printer & fax', priority: 'high', customerId: '7' });
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/v3/contacts', 'POST /api/v3/tickets', 'GET /api/v3/tickets/1042']);
    expect(seen[1]?.body).toEqual({ TicketTitle: 'Printer & fax', TicketPriority: 'High', EndUserEmail: 'BOB@acme.example', EndUserID: 56 });
  });

  it('refuses to raise a ticket for a customer without contacts, creating nothing', async () => {
    server.use(paged('/api/v3/contacts', [{ EndUserID: 50, CustomerID: 8 }]));
    await expect(gateway().tickets.create({ title: 'x', customerId: 7 })).rejects.toMatchObject({ kind: 'validation', code: 'NO_END_USER' });
    expect(seen.map((request) => request.method)).toEqual(['GET']);
  });

  it('updates with PUT, then reads the ticket back', async () => {
    server.use(one('put', '/api/v3/tickets/5', { ActionID: '5' }), one('get', '/api/v3/tickets/5', ticket(5, 'Resolved')));
    const updated = await gateway().tickets.update('5', { status: 'resolved', priority: 'low' });
    expect(updated.status).toBe('resolved');
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /api/v3/tickets/5', 'GET /api/v3/tickets/5']);
    expect(seen[0]?.body).toEqual({ TicketStatus: 'Resolved', TicketPriority: 'Low' });
  });

  it('answers a new comment with the id it is listed under', async () => {
    const comments: Record<string, unknown>[] = [{ Date: '2026-01-01T00:00:00', Comment: 'First', IsInternal: false }];
    server.use(
      http.post(`${BASE}/api/v3/tickets/5/comments`, async ({ request }) => {
        await record(request);
        const body = (await request.json()) as { CommentText: string; CommentTimestampUTC: string; TechnicianCommentDetails: { IsInternal: boolean } };
        comments.push({ Date: body.CommentTimestampUTC, Comment: body.CommentText.replace(/</g, '&lt;'), IsInternal: body.TechnicianCommentDetails.IsInternal });
        return HttpResponse.json({ ActionID: null });
      }),
      paged('/api/v3/tickets/5/comments', comments),
      one('get', '/api/v3/tickets/5', { ...ticket(5, 'Open'), TechnicianContactID: 3 }),
    );
    const atera = gateway();
    const added = await atera.tickets.addComment('5', { body: 'Rebooted <spooler>', isInternal: true });
    const listed = await atera.tickets.listComments('5').toArray();
    expect(added).toMatchObject({ ticketId: '5', body: 'Rebooted <spooler>', isInternal: true });
    expect(listed.map((comment) => comment.id)).toContain(added.id);
    expect(new Set(listed.map((comment) => comment.id)).size).toBe(2);
    expect(seen.find((request) => request.method === 'POST')?.body).toMatchObject({ TechnicianCommentDetails: { IsInternal: true, TechnicianId: 3 } });
  });

  it('writes a comment as the technician named by authorEmail, without reading the ticket', async () => {
    server.use(one('post', '/api/v3/tickets/5/comments', { ActionID: null }), paged('/api/v3/tickets/5/comments', []));
    await gateway().tickets.addComment('5', { body: 'Done', authorEmail: 'tess@msp.example' });
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/v3/tickets/5/comments', 'GET /api/v3/tickets/5/comments']);
    expect(seen[0]?.body).toMatchObject({ CommentText: 'Done', TechnicianCommentDetails: { IsInternal: false, TechnicianEmail: 'tess@msp.example' } });
  });

  it('refuses a comment without an author on a ticket nobody is assigned to', async () => {
    server.use(one('get', '/api/v3/tickets/5', { ...ticket(5, 'Open'), TechnicianContactID: null, TechnicianEmail: null }));
    await expect(gateway().tickets.addComment('5', { body: 'x' })).rejects.toMatchObject({ kind: 'validation', code: 'NO_COMMENT_AUTHOR' });
    expect(seen.map((request) => request.method)).toEqual(['GET']);
  });
});

describe('Atera devices', () => {
  const agents = [{ AgentID: 1, AgentName: 'WS-01', CustomerID: 7, CustomerName: 'Acme' }];
  const monitored = (kind: string) => [{ DeviceID: 1, Name: `${kind} one`, CustomerID: 7, CustomerName: 'Acme' }];

  it('lists agents, then SNMP, HTTP, TCP and generic devices, as one list', async () => {
    server.use(
      paged('/api/v3/agents', agents),
      paged('/api/v3/devices/snmpdevices', monitored('snmp')),
      paged('/api/v3/devices/httpdevices', monitored('http')),
      paged('/api/v3/devices/tcpdevices', monitored('tcp')),
      paged('/api/v3/devices/genericdevices', monitored('generic')),
    );
    const devices = await gateway().devices.list().toArray();
    expect(devices.map((device) => [device.id, device.kind])).toEqual([
      ['1', 'agent'],
      ['snmp:1', 'snmp'],
      ['http:1', 'http'],
      ['tcp:1', 'tcp'],
      ['generic:1', 'generic'],
    ]);
  });

  it('walks only the lists of the kinds asked for, filtered by customer', async () => {
    server.use(paged('/api/v3/agents/customer/7', agents), paged('/api/v3/devices/tcpdevices', monitored('tcp')));
    const devices = await gateway().devices.list({ kind: ['agent', 'tcp'], customerId: '7' }).toArray();
    expect(devices.map((device) => device.id)).toEqual(['1', 'tcp:1']);
    expect(seen.map((request) => [request.path, request.query])).toEqual([
      ['/api/v3/agents/customer/7', {}],
      ['/api/v3/devices/tcpdevices', { customerId: '7' }],
    ]);
  });

  it('gets a monitored device from its own route', async () => {
    server.use(one('get', '/api/v3/devices/snmpdevice/7', { DeviceID: 7, Name: 'Switch', CustomerID: 7, CustomerName: 'Acme' }));
    expect(await gateway().devices.get('snmp:7')).toMatchObject({ id: 'snmp:7', kind: 'snmp', name: 'Switch' });
  });

  it('fills in customer names Atera left out, from one cached read of the customers', async () => {
    server.use(
      paged('/api/v3/agents', [
        { AgentID: 1, AgentName: 'A', CustomerID: 7 },
        { AgentID: 2, AgentName: 'B', CustomerID: 7 },
      ]),
      paged('/api/v3/customers', [{ CustomerID: 7, CustomerName: 'Acme &amp; Sons' }]),
      one('get', '/api/v3/agents/1', { AgentID: 1, AgentName: 'A', CustomerID: 7 }),
    );
    const atera = gateway();
    const devices = await atera.devices.list({ kind: 'agent' }).toArray();
    const single = await atera.devices.get('1');
    expect(devices.map((device) => device.customerName)).toEqual(['Acme & Sons', 'Acme & Sons']);
    expect(single.customerName).toBe('Acme & Sons');
    expect(seen.filter((request) => request.path === '/api/v3/customers')).toHaveLength(1);
  });
});

describe('Atera device lists and pageConcurrency', () => {
  /**
   * Serves 1,000 agents (20 pages of 50) and no monitored devices. Each request is answered only
   * once no new request has arrived for a while (a number of event-loop turns, no timers), so every
   * request the walk is willing to have open at once is open together: `peak` counts them.
   */
  function heldLists(): { readonly peak: () => number } {
    const total = 1000;
    let open = 0;
    let peak = 0;
    let arrivals = 0;
    const quiet = async () => {
      let stillTurns = 0;
      let last = arrivals;
      while (stillTurns < 50) {
        await new Promise((resolve) => setImmediate(resolve));
        stillTurns = arrivals === last ? stillTurns + 1 : 0;
        last = arrivals;
      }
    };
    const held = (path: string, count: number) =>
      http.get(`${BASE}${path}`, async ({ request }) => {
        arrivals++;
        open++;
        peak = Math.max(peak, open);
        await quiet();
        open--;
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page'));
        const size = Number(url.searchParams.get('itemsInPage'));
        const ids = Array.from({ length: Math.max(0, Math.min(size, count - (page - 1) * size)) }, (_, index) => (page - 1) * size + index + 1);
        return HttpResponse.json({ items: ids.map((id) => ({ AgentID: id, AgentName: `WS-${id}`, CustomerID: 7, CustomerName: 'Acme' })), page, itemsInPage: size, totalItemCount: count, totalPages: Math.ceil(count / size) });
      });
    server.use(held('/api/v3/agents', total), ...['snmpdevices', 'httpdevices', 'tcpdevices', 'genericdevices'].map((list) => held(`/api/v3/devices/${list}`, 0)));
    return { peak: () => peak };
  }

  const configured = (pageConcurrency: number) =>
    createGateway({ provider: 'atera', apiKey: API_KEY, baseUrl: BASE, retry: { maxAttempts: 1 }, pageConcurrency }, { providers: [ateraProvider] });

  it('never has more than one request in flight with pageConcurrency 1', async () => {
    const lists = heldLists();
    expect(await configured(1).devices.list().toArray()).toHaveLength(1000);
    expect(lists.peak()).toBe(1);
  });

  it('has more than four requests in flight with pageConcurrency 16, within the rate lane\'s concurrency of 8', async () => {
    const lists = heldLists();
    expect(await configured(16).devices.list().toArray()).toHaveLength(1000);
    expect(lists.peak()).toBeGreaterThan(4);
    expect(lists.peak()).toBeLessThanOrEqual(8);
  });
});

describe('Atera alerts', () => {
  const alert = (id: number, archived: boolean) => ({ AlertID: id, Title: `Alert ${id}`, Severity: 'Critical', Archived: archived, CustomerName: 'Acme' });

  it('reads open alerts from the Open and Snoozed lists', async () => {
    server.use(
      http.get(`${BASE}/api/v3/alerts`, async ({ request }) => {
        await record(request);
        const status = new URL(request.url).searchParams.get('alertStatus');
        const items = status === 'Open' ? [alert(1, false)] : status === 'Snoozed' ? [alert(2, false)] : [];
        return HttpResponse.json({ items, page: 1, itemsInPage: items.length, totalItemCount: items.length, totalPages: 1 });
      }),
    );
    const open = await gateway().alerts.list({ status: 'open' }).toArray();
    expect(open.map((item) => item.id)).toEqual(['1', '2']);
    expect(seen.map((request) => request.query.alertStatus)).toEqual(['Open', 'Snoozed']);
  });

  it('asks Atera for resolved alerts only when only those are wanted', async () => {
    server.use(paged('/api/v3/alerts', [alert(3, true)]));
    expect((await gateway().alerts.list({ status: 'resolved' }).toArray()).map((item) => item.status)).toEqual(['resolved']);
    expect(seen[0]?.query).toEqual({ alertStatus: 'Resolved' });
  });

  it('resolves with PUT, then reads the alert back', async () => {
    server.use(one('put', '/api/v3/alerts/9', undefined, 204), one('get', '/api/v3/alerts/9', alert(9, true)));
    expect(await gateway().alerts.resolve(9)).toMatchObject({ id: '9', status: 'resolved' });
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /api/v3/alerts/9', 'GET /api/v3/alerts/9']);
  });
});

describe('Atera customers', () => {
  it('lets Atera filter by last modification', async () => {
    server.use(paged('/api/v3/customers', [{ CustomerID: 7, CustomerName: 'Acme' }]));
    await gateway().customers.list({ updatedSince: '2026-01-01' }).toArray();
    expect(seen[0]?.query).toEqual({ FromLastModifiedDate: '2026-01-01T00:00:00.000Z' });
  });

  it('leaves search to the gateway', async () => {
    server.use(
      paged('/api/v3/customers', [
        { CustomerID: 7, CustomerName: 'Acme' },
        { CustomerID: 8, CustomerName: 'Globex', Domain: 'acme-partner.example' },
        { CustomerID: 9, CustomerName: 'Initech' },
      ]),
    );
    const atera = gateway();
    expect(atera.capabilities.customers.filters.search).toBe('client');
    expect((await atera.customers.list({ search: 'ACME' }).toArray()).map((customer) => customer.id)).toEqual(['7', '8']);
  });
});

describe('Atera capabilities', () => {
  it('declare every neutral operation and the filters Atera serves', () => {
    const { capabilities } = gateway();
    expect(Object.values(capabilities.tickets.operations).every(Boolean)).toBe(true);
    expect(capabilities.tickets.filters).toMatchObject({ status: 'server', customerId: 'server', updatedSince: 'server', priority: 'client', search: 'client' });
    expect(capabilities.devices.filters).toMatchObject({ kind: 'server', customerId: 'server', search: 'client' });
    expect(capabilities.alerts.filters).toMatchObject({ status: 'server', severity: 'client', customerId: 'client' });
  });
});
