import { type Alert, type Customer, type Device, type Ticket, createGateway } from '@psagate/core';
import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createAteraSandbox } from '../sandbox/index';
import { ateraProvider } from './atera-provider';

/**
 * Filters the capabilities mark `server` are applied by Atera (or by the adapter choosing lists), not
 * by the gateway: each must give exactly what the neutral meaning of the filter gives on the full list.
 */
const sandbox = createAteraSandbox();
const atera = createGateway({ provider: 'atera', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl, retry: { maxAttempts: 1 } }, { providers: [ateraProvider] });
useMswServer({ handlers: sandbox.handlers });

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id).sort();
const onOrAfter = (date: string | null, since: string) => date !== null && Date.parse(date) >= Date.parse(since);

describe('Atera server-side filters, against the sandbox', () => {
  it('filter tickets by status and customer as the neutral filters mean', async () => {
    const all: Ticket[] = await atera.tickets.list().toArray();
    const customerId = all[0]?.customerId as string;
    for (const status of ['open', 'pending', 'resolved', 'closed'] as const) {
      expect(ids(await atera.tickets.list({ status }).toArray())).toEqual(ids(all.filter((ticket) => ticket.status === status)));
    }
    expect(ids(await atera.tickets.list({ customerId, status: ['open', 'pending'] }).toArray())).toEqual(
      ids(all.filter((ticket) => ticket.customerId === customerId && (ticket.status === 'open' || ticket.status === 'pending'))),
    );
  });

  it('finds a ticket changed after a date through updatedSince', async () => {
    const target = (await atera.tickets.list({ status: 'open' }).first()) as Ticket;
    const since = new Date(Date.now() - 1_000).toISOString();
    await atera.tickets.update(target.id, { title: 'Changed for the updatedSince check' });
    const changed = await atera.tickets.list({ updatedSince: since }).toArray();
    expect(ids(changed)).toContain(target.id);
  });

  it('filter devices by kind and customer as the neutral filters mean', async () => {
    const all: Device[] = await atera.devices.list().toArray();
    const customerId = all[0]?.customerId as string;
    expect(ids(await atera.devices.list({ kind: ['snmp', 'generic'] }).toArray())).toEqual(ids(all.filter((device) => device.kind === 'snmp' || device.kind === 'generic')));
    expect(ids(await atera.devices.list({ customerId }).toArray())).toEqual(ids(all.filter((device) => device.customerId === customerId)));
  });

  it('filter alerts by status as the neutral filter means', async () => {
    const all: Alert[] = await atera.alerts.list().toArray();
    for (const status of ['open', 'resolved'] as const) {
      expect(ids(await atera.alerts.list({ status }).toArray())).toEqual(ids(all.filter((alert) => alert.status === status)));
    }
  });

  it('filter customers by updatedSince as the neutral filter means', async () => {
    const all: Customer[] = await atera.customers.list().toArray();
    const dates = all.map((customer) => customer.updatedAt ?? customer.createdAt).filter((date): date is string => date !== null).sort();
    const since = dates[Math.floor(dates.length / 2)] as string;
    expect(ids(await atera.customers.list({ updatedSince: since }).toArray())).toEqual(ids(all.filter((customer) => onOrAfter(customer.updatedAt ?? customer.createdAt, since))));
  });
});

describe('Atera text, against the sandbox', () => {
  it('reads back HTML-escaped text as it was written', async () => {
    const customer = (await atera.customers.list().first()) as Customer;
    const title = 'Printer <HP & "Co"> offline';
    const created = await atera.tickets.create({ title, description: 'Tray <2> jammed & "stuck"', customerId: customer.id });
    expect(created.title).toBe(title);
    const technician = ((await atera.tickets.list().first()) as Ticket & { raw: { TechnicianEmail: string } }).raw.TechnicianEmail;
    const comment = await atera.tickets.addComment(created.id, { body: 'Checked <tray> & rollers', authorEmail: technician });
    expect(comment.body).toBe('Checked <tray> & rollers');
    expect((await atera.tickets.get(created.id)).title).toBe(title);
  });
});
