import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { SANDBOX_STATUS } from '../sandbox';
import { requestsTo, sandboxedClient } from './halo-client.test-helpers';

const server = useMswServer();

describe('HaloPSA native client: tickets', () => {
  it('walks every page of the ticket list with pageinate=true, page_no and page_size', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const tickets = await client.tickets.list({ page_size: 7 }).toArray();
    expect(tickets.map((ticket) => ticket.id)).toEqual(sandbox.state.tickets.map((ticket) => ticket.id));
    const pages = requestsTo(sandbox, 'tickets.list');
    expect(pages).toHaveLength(Math.ceil(sandbox.state.tickets.length / 7));
    for (const [index, query] of pages.entries()) {
      expect(query.get('pageinate')).toBe('true');
      expect(query.get('page_size')).toBe('7');
      expect(query.get('page_no')).toBe(String(index + 1));
    }
  });

  it('asks for pages of 100 by default', async () => {
    const { sandbox, client } = sandboxedClient(server, { sandbox: { size: { tickets: 150, alerts: 0 } } });
    expect(await client.tickets.list().toArray()).toHaveLength(150);
    expect(requestsTo(sandbox, 'tickets.list').map((query) => query.get('page_size'))).toEqual(['100', '100']);
  });

  it('loses no ticket when Halo serves pages of 50 whatever page_size asked', async () => {
    const { sandbox, client } = sandboxedClient(server, { sandbox: { size: { tickets: 130, alerts: 0 }, servedPageSize: 50 } });
    const ids = (await client.tickets.list({ page_size: 100 }).toArray()).map((ticket) => ticket.id);
    expect(new Set(ids).size).toBe(130);
    expect(ids).toEqual(sandbox.state.tickets.map((ticket) => ticket.id));
  });

  it('sends Halo filters: client, status list, open only, search, order and dates', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const clientId = sandbox.state.tickets[0]?.client_id as number;
    const open = await client.tickets.list({ client_id: clientId, open_only: true, order: 'id', orderdesc: true }).toArray();
    expect(open.length).toBeGreaterThan(0);
    for (const ticket of open) {
      expect(ticket.client_id).toBe(clientId);
      expect(ticket.hasbeenclosed).not.toBe(true);
    }
    expect(open.map((ticket) => ticket.id)).toEqual([...open.map((ticket) => ticket.id)].sort((a, b) => b - a));

    const statuses = await client.tickets.list({ status: [SANDBOX_STATUS.new, SANDBOX_STATUS.inProgress] }).toArray();
    for (const ticket of statuses) expect([SANDBOX_STATUS.new, SANDBOX_STATUS.inProgress]).toContain(ticket.status_id);
    expect(requestsTo(sandbox, 'tickets.list').at(-1)?.get('status')).toBe('1,2');

    const inRange = await client.tickets.list({ datesearch: 'dateoccured', startdate: '2026-01-01T00:00:00Z', enddate: new Date('2026-01-02T06:00:00Z') }).toArray();
    const query = requestsTo(sandbox, 'tickets.list').at(-1);
    expect(query?.get('startdate')).toBe('2026-01-01T00:00:00.000Z');
    expect(query?.get('enddate')).toBe('2026-01-02T06:00:00.000Z');
    for (const ticket of inRange) expect(Date.parse(`${ticket.dateoccurred}Z`)).toBeLessThanOrEqual(Date.parse('2026-01-02T06:00:00Z'));
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.length).toBeLessThan(sandbox.state.tickets.length);

    const updated = await client.tickets.list({ lastupdatefromdate: '2026-01-04T00:00:00Z' }).toArray();
    for (const ticket of updated) expect(Date.parse(`${ticket.last_update}Z`)).toBeGreaterThanOrEqual(Date.parse('2026-01-04T00:00:00Z'));

    const found = await client.tickets.list({ search: String(sandbox.state.tickets[3]?.id) }).toArray();
    expect(found.map((ticket) => ticket.id)).toContain(sandbox.state.tickets[3]?.id);
  });

  it('rejects an invalid date range before sending anything', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const before = sandbox.requestCount();
    expect(() => client.tickets.list({ datesearch: 'dateoccured', startdate: '2026-02-01T00:00:00Z', enddate: '2026-01-01T00:00:00Z' })).toThrow(
      expect.objectContaining({ kind: 'validation', message: expect.stringContaining('the date range is empty') }),
    );
    expect(() => client.tickets.list({ startdate: '2026-01-01T00:00:00Z' })).toThrow(expect.objectContaining({ kind: 'validation', message: expect.stringContaining('datesearch') }));
    expect(() => client.tickets.list({ datesearch: 'dateopened' })).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => client.tickets.list({ startdate: 'last tuesday', datesearch: 'dateoccured' })).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => client.tickets.list({ page_size: 101 })).toThrow(expect.objectContaining({ kind: 'validation', message: expect.stringContaining('at most 100') }));
    expect(() => client.tickets.list({ open_only: true, closed_only: true })).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => client.tickets.list({ nonsense: 1 } as never)).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(sandbox.requestCount()).toBe(before);
  });

  it('gets, creates, updates and deletes a ticket, POSTing arrays', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const first = sandbox.state.tickets[0];
    expect((await client.tickets.get({ id: String(first?.id) })).summary).toBe(first?.summary);

    const created = await client.tickets.create({ summary: 'Scanner jammed', details: 'Floor 3', client_id: 10, priority_id: 2 });
    expect(created).toMatchObject({ summary: 'Scanner jammed', client_id: 10, priority_id: 2, status_id: SANDBOX_STATUS.new });
    const updated = await client.tickets.update({ id: created.id, status_id: SANDBOX_STATUS.resolved });
    expect(updated).toMatchObject({ id: created.id, status_id: SANDBOX_STATUS.resolved, hasbeenclosed: true });
    await client.tickets.delete({ id: created.id, reason: 'duplicate' });
    await expect(client.tickets.get({ id: created.id })).rejects.toMatchObject({ kind: 'not_found', status: 404 });
    expect(requestsTo(sandbox, 'tickets.delete')[0]?.get('reason')).toBe('duplicate');
  });

  it('saves several tickets in one POST and answers them all', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const existing = sandbox.state.tickets[1]?.id as number;
    const saved = await client.tickets.saveMany([{ summary: 'One' }, { summary: 'Two' }, { id: existing, summary: 'Renamed' }]);
    expect(saved.map((ticket) => ticket.summary)).toEqual(['One', 'Two', 'Renamed']);
    expect(saved[2]?.id).toBe(existing);
    expect(sandbox.stats().byRoute['tickets.save']).toBe(1);
  });

  it('refuses a create that carries an id, and an update without one, before sending', async () => {
    const { sandbox, client } = sandboxedClient(server);
    const before = sandbox.requestCount();
    await expect(client.tickets.create({ id: 5, summary: 'x' } as never)).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('tickets.update') });
    await expect(client.tickets.update({ summary: 'x' } as never)).rejects.toMatchObject({ kind: 'validation' });
    await expect(client.tickets.get({ id: 'abc' })).rejects.toMatchObject({ kind: 'validation' });
    expect(sandbox.requestCount()).toBe(before);
  });

  it('reports the fields Halo rejects', async () => {
    const { client } = sandboxedClient(server);
    await expect(client.tickets.create({ summary: '  ' })).rejects.toMatchObject({ kind: 'validation', status: 400, issues: [{ path: 'summary', message: 'summary is required' }] });
  });
});
