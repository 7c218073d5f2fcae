import type { TicketStatus } from '@psagate/core';
import { type TicketsAdapter, integerIdOf } from '@psagate/core/provider';
import { toComment, toTicket } from '../mapping/ticket-mapping';
import { type AdapterContext, ticketListFilters } from './adapter-context';
import { defined, haloIdSite } from './neutral-input';
import { mapWithPrepared } from './prepared-list';

const OPEN_STATUSES: readonly TicketStatus[] = ['open', 'pending', 'in_progress', 'other'];

/**
 * `open_only=true` when every status asked for is an open one: Halo then skips closed tickets
 * and the gateway filters the rest exactly. Never narrows when a closed status is wanted.
 */
function openOnlyFor(statuses: readonly string[] | undefined): true | undefined {
  return statuses && statuses.length > 0 && statuses.every((status) => (OPEN_STATUSES as readonly string[]).includes(status)) ? true : undefined;
}

/**
 * Neutral tickets over Halo tickets; comments are ticket actions. Each operation passes its options
 * to every native call it makes, the reference lookups included.
 */
export function ticketsAdapter({ client, reference }: AdapterContext): TicketsAdapter {
  return {
    list: (query, options) =>
      mapWithPrepared(
        client.tickets.list(
          defined({
            ...ticketListFilters(query, 'tickets.list'),
            lastupdatefromdate: query.updatedSince,
            open_only: openOnlyFor(query.status),
          }),
          options,
        ),
        reference,
        toTicket,
      ),
    get: async (id, options) => {
      const [ticket, data] = await Promise.all([client.tickets.get({ id: integerIdOf(id, haloIdSite('tickets.get', 'id')) }, options), reference(options?.signal)]);
      return toTicket(ticket, data);
    },
    create: async (input, options) => {
      const operation = 'tickets.create';
      // Ids first: a bad one is refused before anything is sent, the reference lookup included.
      const ids = defined({
        client_id: input.customerId === undefined ? undefined : integerIdOf(input.customerId, haloIdSite(operation, 'customerId')),
        assets: input.deviceId === undefined ? undefined : [{ id: integerIdOf(input.deviceId, haloIdSite(operation, 'deviceId')) }],
        agent_id: input.assigneeId === undefined ? undefined : integerIdOf(input.assigneeId, haloIdSite(operation, 'assigneeId')),
        user_id: input.contact?.id === undefined ? undefined : integerIdOf(input.contact.id, haloIdSite(operation, 'contact.id')),
      });
      const data = await reference(options?.signal);
      const saved = await client.tickets.create(
        defined({
          summary: input.title,
          details: input.description,
          status_id: input.status === undefined ? undefined : data.statusIdFor(input.status, operation),
          priority_id: input.priority === undefined ? undefined : data.priorityIdFor(input.priority, operation),
          ...ids,
          user_name: input.contact?.name,
          user_email: input.contact?.email,
          ...input.native,
        }),
        options,
      );
      return toTicket(saved, data);
    },
    update: async (id, input, options) => {
      const operation = 'tickets.update';
      const ticketId = integerIdOf(id, haloIdSite(operation, 'id'));
      const agentId = input.assigneeId === undefined ? undefined : input.assigneeId === null ? 0 : integerIdOf(input.assigneeId, haloIdSite(operation, 'assigneeId'));
      const data = await reference(options?.signal);
      const saved = await client.tickets.update(
        defined({
          summary: input.title,
          details: input.description,
          status_id: input.status === undefined ? undefined : data.statusIdFor(input.status, operation),
          priority_id: input.priority === undefined ? undefined : data.priorityIdFor(input.priority, operation),
          // Halo's "unassigned" is agent 0.
          agent_id: agentId,
          ...input.native,
          // After the native fields: they must not redirect the update to another ticket.
          id: ticketId,
        }) as { id: number },
        options,
      );
      return toTicket(saved, data);
    },
    listComments: (ticketId, options) => client.actions.list({ ticket_id: integerIdOf(ticketId, haloIdSite('tickets.listComments', 'ticketId')) }, options).map(toComment),
    addComment: async (ticketId, input, options) =>
      toComment(
        await client.actions.create(
          defined({
            note: input.body,
            outcome: input.isInternal ? 'Private Note' : 'Note',
            hiddenfromuser: input.isInternal,
            emailfrom: input.authorEmail,
            ...input.native,
            ticket_id: integerIdOf(ticketId, haloIdSite('tickets.addComment', 'ticketId')),
          }) as { ticket_id: number },
          options,
        ),
      ),
  };
}
