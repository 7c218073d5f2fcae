import { Paginated, type Ticket, type TicketComment, type TicketListQuery } from '@psagate/core';
import { type TicketsAdapter, integerIdOf } from '@psagate/core/provider';
import type { AutomateClient } from '../client/automate-client';
import { AUTOMATE } from '../mapping/mapping-values';
import { toComment } from '../mapping/to-comment';
import { toTicket } from '../mapping/to-ticket';
import { conditionParams, ticketCondition } from './neutral-conditions';

/**
 * Neutral tickets, read-only: Automate's API reads tickets, with their comments embedded, but
 * cannot create or update them or add a comment.
 */
export class AutomateTickets implements TicketsAdapter {
  constructor(private readonly client: AutomateClient) {}

  list(query: TicketListQuery): Paginated<Ticket> {
    return this.client.tickets.list(conditionParams(ticketCondition(query))).map(toTicket);
  }

  async get(id: string): Promise<Ticket> {
    const ticketId = integerIdOf(id, { ...AUTOMATE, operation: 'tickets.get', field: 'id' });
    return toTicket(await this.client.tickets.get({ ticketId }));
  }

  /** The comments embedded in the ticket, read with one call when the list is walked (a bad id fails the walk, sending nothing). */
  listComments(ticketId: string): Paginated<TicketComment> {
    return Paginated.lazy(async (signal) => {
      const id = integerIdOf(ticketId, { ...AUTOMATE, operation: 'tickets.listComments', field: 'ticketId' });
      const ticket = await this.client.tickets.get({ ticketId: id }, { signal });
      return (ticket.Comments ?? []).map((comment, index) => toComment(String(ticket.TicketId ?? ticketId), comment, index));
    }, { defaultConcurrency: this.client.transport.pageConcurrency });
  }
}
