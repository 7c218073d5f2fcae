import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { actionKey } from '../schemas/ticket';
import { requestsTo, sandboxedClient } from './halo-client.test-helpers';

const server = useMswServer();

describe('HaloPSA native client: actions', () => {
  it('lists, gets, creates, updates and deletes the actions of a ticket, always naming the ticket', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const ticketId = sandbox.state.tickets[2]?.id as number;
    const listed = await client.actions.list({ ticket_id: ticketId }).toArray();
    expect(listed.map((action) => action.id)).toEqual(sandbox.state.actions.filter((action) => action.ticket_id === ticketId).map((action) => action.id));

    const created = await client.actions.create({ ticket_id: ticketId, note: 'Replaced the toner', hiddenfromuser: true });
    expect(created).toMatchObject({ ticket_id: ticketId, id: listed.length + 1, note: 'Replaced the toner' });
    expect(await client.actions.get({ id: created.id, ticket_id: ticketId })).toMatchObject({ note: 'Replaced the toner' });
    expect(await client.actions.update({ id: created.id, ticket_id: ticketId, note: 'Replaced the toner and drum' })).toMatchObject({ note: 'Replaced the toner and drum' });
    await client.actions.delete({ id: created.id, ticket_id: ticketId });
    await expect(client.actions.get({ id: created.id, ticket_id: ticketId })).rejects.toMatchObject({ kind: 'not_found' });
    for (const route of ['actions.get', 'actions.delete']) for (const query of requestsTo(sandbox, route)) expect(query.get('ticket_id')).toBe(String(ticketId));
  });

  it('refuses to get or delete an action without its ticket, before sending', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const before = sandbox.requestCount();
    await expect(client.actions.get({ id: 1 } as never)).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('ticket_id') });
    await expect(client.actions.delete({ id: 1 } as never)).rejects.toMatchObject({ kind: 'validation' });
    await expect(client.actions.create({ note: 'orphan' } as never)).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('ticket_id') });
    expect(sandbox.requestCount()).toBe(before);
  });

  it('keeps every action across tickets although their ids collide (keyed by ticket and id)', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const byKey = new Map<string, unknown>();
    for await (const ticket of client.tickets.list()) {
      for await (const action of client.actions.list({ ticket_id: ticket.id })) byKey.set(actionKey(action), action);
    }
    const byIdAlone = new Set(sandbox.state.actions.map((action) => action.id));
    expect(byIdAlone.size).toBeLessThan(sandbox.state.actions.length);
    expect(byKey.size).toBe(sandbox.state.actions.length);
  });
});

describe('HaloPSA native client: clients, sites, assets, users and contracts', () => {
  const cases = [
    { group: 'clients', create: { name: 'Ivy Labs' }, change: { name: 'Ivy Laboratories' }, field: 'name' },
    { group: 'sites', create: { name: 'Annex', client_id: 10 }, change: { name: 'North Annex' }, field: 'name' },
    { group: 'assets', create: { client_id: 10, key_field: 'WS-900' }, change: { key_field: 'WS-901' }, field: 'key_field' },
    { group: 'users', create: { name: 'Pat Doe', client_id: 10 }, change: { name: 'Pat Smith' }, field: 'name' },
    { group: 'contracts', create: { client_id: 10, ref: 'MSA-NEW' }, change: { ref: 'MSA-NEW-2' }, field: 'ref' },
  ] as const;

  for (const { group, create, change, field } of cases) {
    it(`lists, gets, creates, updates and deletes ${group}`, async () => {
      const { client } = sandboxedClient(server);
      const operations = client[group] as unknown as {
        list(params?: object): { toArray(): Promise<{ id: number }[]> };
        get(params: object): Promise<Record<string, unknown>>;
        create(record: object): Promise<{ id: number } & Record<string, unknown>>;
        update(record: object): Promise<Record<string, unknown>>;
        delete(params: object): Promise<void>;
      };
      const all = await operations.list({ page_size: 2 }).toArray();
      expect(all.length).toBeGreaterThan(2);
      expect(new Set(all.map((record) => record.id)).size).toBe(all.length);
      expect((await operations.get({ id: all[0]?.id as number })).id).toBe(all[0]?.id);
      const created = await operations.create(create);
      expect(created[field]).toBe(create[field as keyof typeof create]);
      expect((await operations.update({ id: created.id, ...change }))[field]).toBe(change[field as keyof typeof change]);
      await operations.delete({ id: created.id });
      await expect(operations.get({ id: created.id })).rejects.toMatchObject({ kind: 'not_found', status: 404 });
    });
  }

  it('filters sites, users, assets and contracts by client', async () => {
    const { client } = sandboxedClient(server);
    for (const records of [
      await client.sites.list({ client_id: 11 }).toArray(),
      await client.users.list({ client_id: 11 }).toArray(),
      await client.assets.list({ client_id: 11 }).toArray(),
      await client.contracts.list({ client_id: 11 }).toArray(),
    ]) {
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(record.client_id).toBe(11);
    }
  });

  it('reads asset fields when the list asks for them, and always on get', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const [plain] = await client.assets.list().toArray({ limit: 1 });
    expect(plain?.fields).toBeUndefined();
    const [withFields] = await client.assets.list({ includeassetfields: true }).toArray({ limit: 1 });
    expect(withFields?.fields?.length).toBeGreaterThan(0);
    expect((await client.assets.get({ id: sandbox.state.assets[0]?.id as number })).fields?.length).toBeGreaterThan(0);
  });
});

describe('HaloPSA native client: reference lists', () => {
  it('reads agents, statuses, priorities and ticket types once, then from the cache', async () => {
    const { sandbox, client } = sandboxedClient(server);
    expect((await client.agents.list()).map((agent) => agent.name)).toEqual(sandbox.state.agents.map((agent) => agent.name));
    expect((await client.statuses.list()).map((status) => status.id)).toEqual(sandbox.state.statuses.map((status) => status.id));
    expect(await client.priorities.list()).toHaveLength(sandbox.state.priorities.length);
    expect((await client.ticketTypes.list()).map((type) => type.name)).toContain('Alert');
    const before = sandbox.requestCount();
    await client.statuses.list();
    await client.agents.list();
    expect(sandbox.requestCount()).toBe(before);
    client.forgetReferenceData();
    await client.statuses.list();
    expect(sandbox.requestCount()).toBe(before + 1);
  });

  it('reads reference lists whether Halo answers bare arrays or envelopes', async () => {
    const { sandbox, client } = sandboxedClient(server, { sandbox: { lookupsWrapped: true } });
    expect((await client.statuses.list()).map((status) => status.id)).toEqual(sandbox.state.statuses.map((status) => status.id));
    expect((await client.ticketTypes.list()).length).toBe(sandbox.state.ticketTypes.length);
  });

  it('gets one agent, status and ticket type', async () => {
    const { client } = sandboxedClient(server);
    expect((await client.agents.get({ id: 2 })).name).toBe('Bob Tech');
    expect((await client.statuses.get({ id: 9 })).name).toBe('Closed');
    expect((await client.ticketTypes.get({ id: 21 })).name).toBe('Alert');
  });
});

describe('HaloPSA native client: error bodies', () => {
  it('reads the message of every error body shape Halo uses', async () => {
    for (const errorStyle of ['text', 'message', 'exception', 'errors'] as const) {
      const { client } = sandboxedClient(server, { sandbox: { errorStyle } });
      await expect(client.tickets.get({ id: 987_654 }), errorStyle).rejects.toMatchObject({
        kind: 'not_found',
        status: 404,
        message: expect.stringContaining('Ticket 987654 not found'),
      });
    }
  });

  it('names the exception class of a .NET error as its code', async () => {
    const { client } = sandboxedClient(server, { sandbox: { errorStyle: 'exception' } });
    await expect(client.clients.get({ id: 999_999 })).rejects.toMatchObject({ providerCode: 'HaloException' });
  });

  it('turns a 429 into RateLimitError with the wait Halo asked for', async () => {
    const { client } = sandboxedClient(server, { sandbox: { rateLimit: { requestsPerMinute: 2 } } });
    await client.clients.get({ id: 10 });
    await client.clients.get({ id: 11 });
    const error = await client.clients.get({ id: 12 }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ kind: 'rate_limit', status: 429 });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
  });

  it('does not replay a ticket create after a 503, and says it may have been applied', async () => {
    const { sandbox, client } = sandboxedClient(server, { config: { retry: { maxAttempts: 3 } } });
    sandbox.injectFault('503', { route: 'tickets.save' });
    await expect(client.tickets.create({ summary: 'Once only' })).rejects.toMatchObject({ kind: 'server', maybeApplied: true, retryable: false });
    expect(sandbox.stats().byRoute['tickets.save']).toBe(1);
  });

  it('does not replay a create whose connection dropped after the write, and says it may have been applied', async () => {
    const { sandbox, client } = sandboxedClient(server, { config: { retry: { maxAttempts: 3 } } });
    sandbox.injectFault('drop-after-write', { route: 'tickets.save' });
    const before = sandbox.state.tickets.length;
    await expect(client.tickets.create({ summary: 'Dropped' })).rejects.toMatchObject({ kind: 'network', maybeApplied: true });
    expect(sandbox.state.tickets.length).toBe(before + 1);
    expect(sandbox.stats().byRoute['tickets.save']).toBe(1);
  });

  it('retries an update after a 503: setting the same values twice is harmless', async () => {
    const { sandbox, client } = sandboxedClient(server, { config: { retry: { maxAttempts: 3 } } });
    sandbox.injectFault('503', { route: 'tickets.save' });
    const id = sandbox.state.tickets[0]?.id as number;
    expect(await client.tickets.update({ id, summary: 'Retried' })).toMatchObject({ id, summary: 'Retried' });
    expect(sandbox.stats().byRoute['tickets.save']).toBe(2);
  });

  it('retries a list page after a 502', async () => {
    const { sandbox, client } = sandboxedClient(server, { config: { retry: { maxAttempts: 3 } } });
    sandbox.injectFault('502', { route: 'clients.list' });
    expect((await client.clients.list().toArray()).length).toBe(sandbox.state.clients.length);
    expect(sandbox.stats().byRoute['clients.list']).toBe(2);
  });
});
