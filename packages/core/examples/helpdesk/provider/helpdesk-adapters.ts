import type { AlertsAdapter, CustomersAdapter, DevicesAdapter, TicketsAdapter } from '@psagate/core/provider';
import type { HelpdeskClient } from '../client/helpdesk-client';
import { toAlert } from '../mapping/alert-mapping';
import { toComment } from '../mapping/comment-mapping';
import { toCustomer } from '../mapping/customer-mapping';
import { toDevice } from '../mapping/device-mapping';
import { toHelpdeskNewNote, toHelpdeskNewTicket, toHelpdeskState, toHelpdeskTicketChanges } from '../mapping/ticket-input-mapping';
import { toTicket } from '../mapping/ticket-mapping';

// Each adapter passes the operation's options (its signal) to the native call it makes.

/** Neutral customers over the native client. */
export function helpdeskCustomersAdapter(client: HelpdeskClient): CustomersAdapter {
  return {
    list: (_query, options) => client.customers.list({}, options).map(toCustomer),
    get: async (id, options) => toCustomer(await client.customers.get({ id }, options)),
  };
}

/** Neutral tickets and comments over the native client. */
export function helpdeskTicketsAdapter(client: HelpdeskClient): TicketsAdapter {
  return {
    list: (query, options) => {
      // Helpdesk filters by one state; several statuses are filtered here instead.
      const single = query.status?.length === 1 ? toHelpdeskState(query.status[0]) : undefined;
      const tickets = client.tickets.list({ state: single }, options).map(toTicket);
      return query.status && !single ? tickets.filter((ticket) => query.status?.includes(ticket.status) ?? true) : tickets;
    },
    get: async (id, options) => toTicket(await client.tickets.get({ id }, options)),
    create: async (input, options) => toTicket(await client.tickets.create({ body: toHelpdeskNewTicket(input) }, options)),
    update: async (id, input, options) => toTicket(await client.tickets.update({ id, body: toHelpdeskTicketChanges(input) }, options)),
    listComments: (ticketId, options) => client.tickets.listNotes({ id: ticketId }, options).map(toComment),
    addComment: async (ticketId, input, options) => toComment(await client.tickets.addNote({ id: ticketId, body: toHelpdeskNewNote(input) }, options)),
  };
}

/** Neutral devices over the native client. */
export function helpdeskDevicesAdapter(client: HelpdeskClient): DevicesAdapter {
  return {
    list: (_query, options) => client.devices.list({}, options).map(toDevice),
    get: async (id, options) => toDevice(await client.devices.get({ id }, options)),
  };
}

/** Neutral alerts over the native client; resolving one clears it in Helpdesk. */
export function helpdeskAlertsAdapter(client: HelpdeskClient): AlertsAdapter {
  return {
    list: (_query, options) => client.alerts.list({}, options).map(toAlert),
    get: async (id, options) => toAlert(await client.alerts.get({ id }, options)),
    resolve: async (id, options) => toAlert(await client.alerts.clear({ id }, options)),
  };
}
