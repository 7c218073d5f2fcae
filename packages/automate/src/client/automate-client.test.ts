import { useMswServer } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { and, field, or, unescapedCondition } from '../condition/condition';
import { automateRoutes } from '../routes/automate-routes';
import type { AutomateSandbox } from '../sandbox/automate-sandbox';
import { sandboxClient as freshSandboxClient } from '../testing/sandbox-client.test-helpers';

const server = useMswServer();
const sandboxesUsed: AutomateSandbox[] = [];
const sandboxClient: typeof freshSandboxClient = (...args) => {
  const result = freshSandboxClient(...args);
  sandboxesUsed.push(result.sandbox);
  return result;
};

describe('the native Automate client against the sandbox', () => {
  describe('computers', () => {
    it('lists every computer over bare-array pages, ending at the short page', async () => {
      const { client, sandbox } = sandboxClient(server);
      const pages = [];
      for await (const page of client.computers.list().byPage({ pageSize: 5 })) pages.push(page.items.length);
      expect(pages).toEqual([5, 5, 2]);
      expect(sandbox.requests.filter((request) => request.route === 'computers.list').map((request) => new URL(request.url, 'http://x').searchParams.get('page'))).toEqual(['1', '2', '3']);
    });

    it('asks once more after a full last page, and stops at the empty one', async () => {
      const { client, sandbox } = sandboxClient(server, { size: { computers: 10 } });
      const all = await client.computers.list({ pageSize: 5 }).toArray();
      expect(all).toHaveLength(10);
      expect(sandbox.stats().byRoute['computers.list']).toBe(3);
    });

    it('trusts a total-count header when the server sends one, prefetching the pages it implies', async () => {
      const { client, sandbox } = sandboxClient(server, { totalCountHeader: 'Total-Count', size: { computers: 10 } });
      const pages = [];
      for await (const page of client.computers.list().byPage({ pageSize: 5 })) pages.push(page);
      expect(pages.map((page) => page.totalItems)).toEqual([10, 10]);
      expect(sandbox.stats().byRoute['computers.list']).toBe(2);
    });

    it('filters with a built condition, sorts, selects fields and ids on the server', async () => {
      const { client, sandbox } = sandboxClient(server);
      const offline = await client.computers
        .list({ condition: and(field('Status').eq('Offline'), field('Client.Id').in([1, 2, 3, 4, 5])), orderBy: { field: 'ComputerName', direction: 'desc' } })
        .toArray();
      expect(offline.length).toBe(sandbox.state.computers.filter((computer) => computer.Status === 'Offline').length);
      expect(offline.map((computer) => computer.ComputerName)).toEqual([...offline.map((computer) => computer.ComputerName)].sort().reverse());
      const slim = await client.computers.list({ ids: [100, '101'], includedFields: ['Id', 'ComputerName'] }).toArray();
      expect(slim).toEqual([
        { Id: 100, ComputerName: 'WS-001' },
        { Id: 101, ComputerName: 'SRV-002' },
      ]);
      const url = new URL(sandbox.requests.at(-1)?.url ?? '', 'http://x');
      expect(url.searchParams.get('ids')).toBe('100,101');
      expect(url.searchParams.get('includedFields')).toBe('Id,ComputerName');
    });

    it('sends the condition URL-encoded and filters by hostile values literally', async () => {
      const { client, sandbox } = sandboxClient(server);
      const computer = sandbox.state.computers[0] as Record<string, unknown>;
      computer.Comment = "' or 1=1 or ' \\ (x) 東京";
      const found = await client.computers.list({ condition: or(field('Comment').eq("' or 1=1 or ' \\ (x) 東京"), field('Id').eq(-1)) }).toArray();
      expect(found.map((record) => record.Id)).toEqual([computer.Id]);
      const none = await client.computers.list({ condition: field('Comment').eq("' or 1=1 or '") }).toArray();
      expect(none).toEqual([]);
      expect(sandbox.requests.at(-1)?.url).toContain('condition=Comment+%3D+%22%27+or+1%3D1+or+%27%22');
    });

    it('accepts hand-written conditions only when marked unescaped', async () => {
      const { client } = sandboxClient(server);
      const servers = await client.computers.list({ condition: unescapedCondition("Type = 'Server'") }).toArray();
      expect(servers.every((computer) => computer.Type === 'Server')).toBe(true);
      expect(() => client.computers.list({ condition: "Type = 'Server'" as never })).toThrow(expect.objectContaining({ kind: 'validation' }));
    });

    it('turns a condition the server refuses into a ValidationError that points at the list options', async () => {
      const { client } = sandboxClient(server);
      await expect(client.computers.list({ condition: field('NoSuchProperty').eq(1) }).toArray()).rejects.toMatchObject({
        kind: 'validation',
        code: 'INVALID_LIST_OPTIONS',
        status: 400,
      });
    });

    it('gets one computer, its operating system, alerts, scheduled scripts and script history', async () => {
      const { client } = sandboxClient(server);
      const computer = await client.computers.get({ computerId: 100 });
      expect(computer).toMatchObject({ Id: 100, ComputerName: 'WS-001', Client: { Id: 1 } });
      expect(await client.computers.getOperatingSystem({ computerId: '100' })).toMatchObject({ ComputerId: 100, Is64Bit: true });
      const alerts = await client.computers.listAlerts({ computerId: 100 }).toArray();
      expect(alerts.length).toBeGreaterThan(0);
      expect(alerts.every((alert) => alert.Computer?.Id === 100)).toBe(true);
      const history = await client.computers.listScriptHistory({ computerId: 100 }).toArray();
      expect(history).toEqual([expect.objectContaining({ ComputerId: 100, State: 'Success' })]);
      expect(await client.computers.listScheduledScripts({ computerId: 100 }).toArray()).toEqual([]);
    });

    it('schedules a script on a computer, which then shows in its schedule and history', async () => {
      const { client } = sandboxClient(server);
      const scheduled = await client.computers.scheduleScript({ computerId: 101, body: { ScriptId: 702, Parameters: 'Service=Spooler', Priority: 6 } });
      expect(scheduled).toMatchObject({ ScriptId: 702, ComputerId: 101, Parameters: 'Service=Spooler' });
      expect(await client.computers.listScheduledScripts({ computerId: 101 }).toArray()).toEqual([expect.objectContaining({ Id: scheduled.Id })]);
      const history = await client.computers.listScriptHistory({ computerId: 101, condition: field('Status').eq('Running') }).toArray();
      expect(history).toEqual([expect.objectContaining({ ScriptId: 702, Name: 'Restart print spooler' })]);
    });

    it('fails with NotFoundError for a missing computer and ValidationError for a malformed id, before sending it', async () => {
      const { client, sandbox } = sandboxClient(server);
      await expect(client.computers.get({ computerId: 987654 })).rejects.toMatchObject({ kind: 'not_found', status: 404, operation: 'computers.get' });
      const before = sandbox.requestCount();
      await expect(client.computers.get({ computerId: '../Clients' })).rejects.toMatchObject({ kind: 'validation' });
      await expect(client.computers.get({ computerId: -1 })).rejects.toMatchObject({ kind: 'validation' });
      expect(sandbox.requestCount()).toBe(before);
    });
  });

  describe('standalone options', () => {
    it('writes condition dates quoted when created with conditionDates: quoted', async () => {
      const { client, sandbox } = sandboxClient(server, {}, {}, { conditionDates: 'quoted' });
      await client.computers.list({ condition: field('DateAdded').gte(new Date('2026-01-01T00:00:00Z')) }).toArray();
      const condition = new URL(sandbox.requests.at(-1)?.url ?? '', 'http://x').searchParams.get('condition');
      expect(condition).toMatch(/^DateAdded >= '2026-01-01T00:00:00(\.000)?Z'$/);
    });

    it('reports logins, requests and responses to the events it was given', async () => {
      const { client, events } = sandboxClient(server);
      const seen: string[] = [];
      events.on('token', (event) => seen.push(`token ${event.outcome}`));
      events.on('response', (event) => seen.push(`response ${event.operation} ${event.status}`));
      await client.users.get({ userId: 1 });
      expect(seen).toEqual(['token logged-in', 'response users.get 200']);
    });
  });

  describe('clients', () => {
    it('creates, reads, replaces, patches and deletes a client', async () => {
      const { client } = sandboxClient(server);
      const created = await client.clients.create({ body: { Name: 'Globex', City: 'Springfield' } });
      expect(created).toMatchObject({ Name: 'Globex', City: 'Springfield' });
      const clientId = String(created.Id);
      expect(await client.clients.get({ clientId })).toMatchObject({ Name: 'Globex' });
      expect(await client.clients.update({ clientId, body: { Name: 'Globex Corp', City: 'Shelbyville' } })).toMatchObject({ Name: 'Globex Corp', City: 'Shelbyville' });
      const patched = await client.clients.patch({
        clientId,
        body: [
          { Op: 'replace', Path: '/City', Value: 'Capital City' },
          { Op: 'remove', Path: '/Name' },
          { Op: 'add', Path: '/Name', Value: 'Globex International' },
        ],
      });
      expect(patched).toMatchObject({ Name: 'Globex International', City: 'Capital City' });
      await client.clients.delete({ clientId });
      await expect(client.clients.get({ clientId })).rejects.toMatchObject({ kind: 'not_found' });
    });

    it('lists clients filtered by a condition', async () => {
      const { client } = sandboxClient(server);
      expect(await client.clients.list({ condition: field('Name').like('Client A%') }).toArray()).toEqual([expect.objectContaining({ Name: 'Client A Ltd' })]);
    });

    it('refuses an invalid body or patch before sending it', async () => {
      const { client, sandbox } = sandboxClient(server);
      const before = sandbox.requestCount();
      await expect(client.clients.create({ body: { Name: '  ' } })).rejects.toMatchObject({ kind: 'validation' });
      await expect(client.clients.patch({ clientId: 1, body: [] })).rejects.toMatchObject({ kind: 'validation' });
      await expect(client.clients.patch({ clientId: 1, body: [{ Op: 'replace', Path: 'Name', Value: 'x' }] })).rejects.toMatchObject({ kind: 'validation' });
      expect(sandbox.requestCount()).toBe(before);
    });

    it('turns the server’s field errors into ValidationError issues', async () => {
      const { client } = sandboxClient(server);
      await expect(client.locations.create({ body: { Name: 'Annex', Client: { Id: 999 } } })).rejects.toMatchObject({
        kind: 'validation',
        status: 400,
        issues: [{ path: 'Client.Id', message: 'Client.Id must name an existing client.' }],
      });
    });
  });

  describe('locations', () => {
    it('creates, reads, lists, replaces, patches and deletes a location', async () => {
      const { client } = sandboxClient(server);
      const created = await client.locations.create({ body: { Name: 'Annex', Client: { Id: 2 }, City: 'Austin' } });
      expect(created).toMatchObject({ Name: 'Annex', Client: { Id: 2 } });
      const locationId = String(created.Id);
      expect(await client.locations.get({ locationId })).toMatchObject({ Name: 'Annex' });
      expect(await client.locations.list({ condition: field('Client.Id').eq(2) }).toArray()).toContainEqual(expect.objectContaining({ Name: 'Annex' }));
      expect(await client.locations.update({ locationId, body: { Name: 'Annex 2', Client: { Id: 2 } } })).toMatchObject({ Name: 'Annex 2' });
      expect(await client.locations.patch({ locationId, body: [{ Op: 'replace', Path: '/City', Value: 'Dallas' }] })).toMatchObject({ City: 'Dallas' });
      await client.locations.delete({ locationId });
      await expect(client.locations.delete({ locationId })).rejects.toMatchObject({ kind: 'not_found' });
    });
  });

  describe('contacts (v2)', () => {
    it('creates, reads, lists, replaces and deletes a contact', async () => {
      const { client, sandbox } = sandboxClient(server);
      const created = await client.contacts.create({ body: { FirstName: 'Zoë', LastName: "O'Hara", EmailAddress: 'zoe@client1.example', Client: { Id: 1 } } });
      expect(created).toMatchObject({ LastName: "O'Hara", Client: { Id: 1 } });
      const contactId = String(created.ContactId);
      expect(await client.contacts.get({ contactId })).toMatchObject({ FirstName: 'Zoë' });
      expect(await client.contacts.list({ condition: field('LastName').eq("O'Hara") }).toArray()).toEqual([expect.objectContaining({ ContactId: created.ContactId })]);
      expect(await client.contacts.update({ contactId, body: { LastName: 'Hara', Client: { Id: 1 } } })).toMatchObject({ LastName: 'Hara' });
      await client.contacts.delete({ contactId });
      expect(sandbox.state.contacts.some((contact) => contact.ContactId === created.ContactId)).toBe(false);
      expect(sandbox.requests.filter((request) => request.route.startsWith('contacts.')).every((request) => request.url.startsWith('/cwa/api/v2/'))).toBe(true);
    });
  });

  describe('users, alerts, tickets and scripts', () => {
    it('lists and gets users', async () => {
      const { client } = sandboxClient(server);
      const users = await client.users.list({ orderBy: 'Name' }).toArray();
      expect(users.map((user) => user.Name)).toEqual(['admin', 'asmith', 'integrator', 'jdoe']);
      expect(await client.users.get({ userId: 2 })).toMatchObject({ Name: 'jdoe' });
    });

    it('lists and gets alerts', async () => {
      const { client } = sandboxClient(server);
      const critical = await client.alerts.list({ condition: field('Severity.Name').eq('Critical') }).toArray();
      expect(critical.length).toBeGreaterThan(0);
      expect(critical.every((alert) => alert.Severity?.Name === 'Critical')).toBe(true);
      expect(await client.alerts.get({ alertId: 3000 })).toMatchObject({ AlertId: 3000, Monitor: { Name: 'Disk space' } });
    });

    it('lists and gets tickets, with their embedded comments', async () => {
      const { client } = sandboxClient(server);
      const open = await client.tickets.list({ condition: field('Status.Name').in(['New', 'Open']) }).toArray();
      expect(open.length).toBeGreaterThan(0);
      expect(open.every((ticket) => ['New', 'Open'].includes(ticket.Status?.Name ?? ''))).toBe(true);
      const ticket = await client.tickets.get({ ticketId: 5002 });
      expect(ticket.Comments).toHaveLength(2);
    });

    it('lists scripts and schedules one on many computers in one batch call', async () => {
      const { client, sandbox } = sandboxClient(server);
      const scripts = await client.scripts.list({ condition: field('Name').contains('spooler') }).toArray();
      expect(scripts).toEqual([expect.objectContaining({ Id: 702 })]);
      const result = await client.scripts.scheduleBatch({ body: { EntityIds: [100, 101, 999], ScriptId: 702, Parameters: [{ Key: 'Force', Value: '1' }] } });
      expect(result.ContainsUnsuccessfulResults).toBe(true);
      expect(result.ScriptResults?.map((entry) => entry.ResultDetails?.ResultStatus)).toEqual([0, 0, 1]);
      expect(sandbox.state.scheduledScripts.map((entry) => entry.ComputerId)).toEqual([100, 101]);
      expect(await client.scripts.executeBatch({ body: { EntityIds: [102], ScriptId: 700 } })).toMatchObject({ ContainsUnsuccessfulResults: false });
    });

    it('falls back to /Batch/ScriptExecute when the server has no /Batch/ScriptSchedule, and remembers it', async () => {
      const { client, sandbox } = sandboxClient(server, { batchRoutes: 'ScriptExecute' });
      await client.scripts.runBatch({ body: { EntityIds: [100], ScriptId: 700 } });
      await client.scripts.runBatch({ body: { EntityIds: [101], ScriptId: 700 } });
      expect(sandbox.requests.filter((request) => request.url.includes('/Batch/')).map((request) => request.route)).toEqual(['unmatched', 'scripts.executeBatch', 'scripts.executeBatch']);
      expect(sandbox.state.scheduledScripts).toHaveLength(2);
    });

    it('uses /Batch/ScriptSchedule when it exists', async () => {
      const { client, sandbox } = sandboxClient(server, { batchRoutes: 'ScriptSchedule' });
      await client.scripts.runBatch({ body: { EntityIds: [100], ScriptId: 700 } });
      expect(sandbox.stats().byRoute['scripts.scheduleBatch']).toBe(1);
    });
  });

  describe('ids as strings', () => {
    it('reads records whose ids the server sends as strings, as the OpenAPI document declares them', async () => {
      const { client } = sandboxClient(server, { idStyle: 'string' });
      const computer = await client.computers.get({ computerId: 100 });
      expect(computer).toMatchObject({ Id: '100', Client: { Id: '1' } });
      const byClient = await client.computers.list({ condition: field('Client.Id').eq(1) }).toArray();
      expect(byClient.length).toBeGreaterThan(0);
    });
  });
});

describe('traps the native client avoids', () => {
  it('does not replay a script schedule after a 503, and says it may have been applied', async () => {
    const { client, sandbox } = sandboxClient(server, {}, { retry: { maxAttempts: 3 } });
    sandbox.injectFault('503', { route: 'computers.scheduleScript' });
    await expect(client.computers.scheduleScript({ computerId: 100, body: { ScriptId: 700 } })).rejects.toMatchObject({
      kind: 'server',
      status: 503,
      retryable: false,
      maybeApplied: true,
    });
    expect(sandbox.stats().byRoute['computers.scheduleScript']).toBe(1);
  });

  it('retries a full replacement (PUT) after a 503, since sending it twice is harmless', async () => {
    const { client, sandbox } = sandboxClient(server, {}, { retry: { maxAttempts: 3 } });
    sandbox.injectFault('503', { route: 'clients.update' });
    expect(await client.clients.update({ clientId: 2, body: { Name: 'Renamed' } })).toMatchObject({ Name: 'Renamed' });
    expect(sandbox.stats().byRoute['clients.update']).toBe(2);
  });

  it('refuses page sizes above 1000 in list params, and clamps them in byPage', async () => {
    const { client, sandbox } = sandboxClient(server);
    expect(() => client.computers.list({ pageSize: 5000 })).toThrow(expect.objectContaining({ kind: 'validation' }));
    await client.computers.list().toArray({ pageSize: 5000 });
    expect(new URL(sandbox.requests.at(-1)?.url ?? '', 'http://x').searchParams.get('pageSize')).toBe('1000');
  });

  it('refuses unknown params, so a typo never widens a query silently', () => {
    const { client } = sandboxClient(server);
    expect(() => client.computers.list({ condtion: field('Id').eq(1) } as never)).toThrow(expect.objectContaining({ kind: 'validation' }));
  });
});

describe('error bodies', () => {
  it.each([
    ['{ code, message, errors }', { code: 'Forbidden', message: 'The user lacks the Computers permission.', errors: [{ message: 'Computers: Read' }] }, 403, 'permission'],
    ['the nested { error: { code, message, details } } shape', { error: { code: 'BadRequest', message: 'Invalid condition', details: { field: 'condition', value: 'x' } } }, 400, 'validation'],
    ['plain text', 'An error has occurred.', 500, 'server'],
  ])('reads %s into a typed error with the server message', async (_shape, body, status, kind) => {
    const { client } = sandboxClient(server, {}, { retry: { maxAttempts: 1 } });
    server.use(http.get('https://automate.sandbox.test/cwa/api/v1/Computers', () => (typeof body === 'string' ? new HttpResponse(body, { status }) : HttpResponse.json(body, { status }))));
    const error = await client.computers.list().first().catch((failure: unknown) => failure);
    expect(error).toMatchObject({ kind, status, provider: 'automate', operation: 'computers.list' });
    const said = typeof body === 'string' ? body : 'error' in body ? body.error.message : body.message;
    expect((error as Error).message).toContain(said);
  });

  it('points a refused condition at the list options', async () => {
    const { client } = sandboxClient(server, {}, { retry: { maxAttempts: 1 } });
    server.use(http.get('https://automate.sandbox.test/cwa/api/v1/Computers', () => HttpResponse.json({ error: { code: 'BadRequest', message: 'Invalid condition', details: { field: 'condition' } } }, { status: 400 })));
    await expect(client.computers.list().first()).rejects.toMatchObject({ code: 'INVALID_LIST_OPTIONS', message: expect.stringContaining('condition') });
  });
});

describe('coverage', () => {
  // Runs last in this file: every operation of automateRoutes was answered by the sandbox above.
  it('has exercised every native operation against the sandbox', () => {
    const answered = new Set(sandboxesUsed.flatMap((sandbox) => Object.keys(sandbox.stats().byRoute)));
    const missing = automateRoutes.map((route) => `${route.group}.${route.method}`).filter((id) => !answered.has(id));
    expect(missing).toEqual([]);
  });
});
