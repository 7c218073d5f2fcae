import { ConfigError, PsaEvents } from '@psagate/core';
import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createHelpdeskSandbox } from '../sandbox/helpdesk-sandbox';
import { createHelpdeskClient } from './create-helpdesk-client';

const server = useMswServer();

function clientAndSandbox() {
  const sandbox = createHelpdeskSandbox();
  server.use(...sandbox.handlers);
  const events = new PsaEvents();
  const client = createHelpdeskClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl }, { events });
  return { sandbox, client, events };
}

describe('createHelpdeskClient', () => {
  it('walks native lists page by page and reads records, without a gateway', async () => {
    const { client, events } = clientAndSandbox();
    const paths: string[] = [];
    events.on('request', (event) => paths.push(`${event.method} ${event.path}`));
    const waiting = await client.tickets.list({ state: 'waiting', per_page: 2 }).toArray();
    expect(waiting.map((ticket) => ticket.id)).toEqual([1001, 1004, 1007, 1010]);
    expect((await client.tickets.get({ id: 1001 })).subject).toBe('Ticket 2: password reset');
    expect(paths).toEqual(['GET /v1/tickets', 'GET /v1/tickets', 'GET /v1/tickets/{id}']);
  });

  it('writes through the same routes the provider uses', async () => {
    const { client } = clientAndSandbox();
    const created = await client.tickets.create({ body: { subject: 'Scanner jammed', urgency: 3 } });
    const note = await client.tickets.addNote({ id: created.id, body: { text: 'Cleared the tray' } });
    expect(note.ticket_id).toBe(created.id);
    expect((await client.alerts.clear({ id: 7000 })).open).toBe(false);
  });

  it('refuses bad params before sending anything', async () => {
    const { client, sandbox } = clientAndSandbox();
    await expect(client.tickets.get({ id: 'ticket-7' })).rejects.toMatchObject({ kind: 'validation', code: 'INVALID_PATH_PARAMETER' });
    expect(() => client.devices.list({ per_page: 500 })).toThrow(expect.objectContaining({ kind: 'validation' }));
    await expect(client.tickets.create({ body: {} } as never)).rejects.toMatchObject({ kind: 'validation' });
    expect(sandbox.requestCount()).toBe(0);
  });

  it('lists every config problem in one ConfigError', () => {
    expect(() => createHelpdeskClient({ apiKey: '', baseUrl: 'http://helpdesk.example.com' })).toThrow(ConfigError);
  });
});
