import type { AlertsAdapter, CustomersAdapter, DevicesAdapter, TicketsAdapter } from '@psagate/core/provider';
import type { HelpdeskClient } from '../client/helpdesk-client';
import { toAlert } from '../mapping/alert-mapping';
import { toComment } from '../mapping/comment-mapping';
import { toCustomer } from '../mapping/customer-mapping';
import { toDevice } from '../mapping/device-mapping';
import { toHelpdeskNewNote, toHelpdeskNewTicket, toHelpdeskState, toHelpdeskTicketChanges } from '../mapping/ticket-input-mapping';
import { toTicket } from '../mapping/ticket-mapping';

/** Neutral customers over the native client. */
export function helpdeskCustomersAdapter(client: HelpdeskClient): CustomersAdapter {
  return {
    list: () => client.customers.list().map(toCustomer),
    get: async (id) => toCustomer(await client.customers.get({ id })),
  };
}

/** Neutral tickets and comments over the native client. */
export function helpdeskTicketsAdapter(client: HelpdeskClient): TicketsAdapter {
  return {
    list: (query) => {
      // Helpdesk filters by one state; several statuses are filtered here instead.
      const single = query.status?.length === 1 ? toHelpdeskState(query.status[0]) : undefined;
      const tickets = client.tickets.list({ state: single }).map(toTicket);
      return query.status && !single ? tickets.filter((ticket) => query.status?.includes(ticket.status) ?? true) : tickets;
    },
    get: async (id) => toTicket(await client.tickets.get({ id })),
    create: async (input) => toTicket(await client.tickets.create({ body: toHelpdeskNewTicket(input) })),
    update: async (id, input) => toTicket(await client.tickets.update({ id, body: toHelpdeskTicketChanges(input) })),
    listComments: (ticketId) => client.tickets.listNotes({ id: ticketId }).map(toComment),
    addComment: async (ticketId, input) => toComment(await client.tickets.addNote({ id: ticketId, body: toHelpdeskNewNote(input) })),
  };
}

/** Neutral devices over the native client. */
export function helpdeskDevicesAdapter(client: HelpdeskClient): DevicesAdapter {
  return {
    list: () => client.devices.list().map(toDevice),
    get: async (id) => toDevice(await client.devices.get({ id })),
  };
}

/** Neutral alerts over the native client; resolving one clears it in Helpdesk. */
export function helpdeskAlertsAdapter(client: HelpdeskClient): AlertsAdapter {
  return {
    list: () => client.alerts.list().map(toAlert),
    get: async (id) => toAlert(await client.alerts.get({ id })),
    resolve: async (id) => toAlert(await client.alerts.clear({ id })),
  };
}
