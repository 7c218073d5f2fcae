import { type OperationOptions, Paginated, type Ticket, type TicketComment, type TicketListQuery } from '@psagate/core';
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

  list(query: TicketListQuery, options?: OperationOptions): Paginated<Ticket> {
    return this.client.tickets.list(conditionParams(ticketCondition(query)), options).map(toTicket);
  }

  async get(id: string, options?: OperationOptions): Promise<Ticket> {
    const ticketId = integerIdOf(id, { ...AUTOMATE, operation: 'tickets.get', field: 'id' });
    return toTicket(await this.client.tickets.get({ ticketId }, options));
  }

  /**
   * The comments embedded in the ticket, read with one call when the list is walked (a bad id
   * fails the walk, sending nothing), on the walk's signal.
   */
  listComments(ticketId: string, options?: OperationOptions): Paginated<TicketComment> {
    return Paginated.lazy(async (signal) => {
      const id = integerIdOf(ticketId, { ...AUTOMATE, operation: 'tickets.listComments', field: 'ticketId' });
      const ticket = await this.client.tickets.get({ ticketId: id }, { ...options, signal: signal ?? options?.signal });
      return (ticket.Comments ?? []).map((comment, index) => toComment(String(ticket.TicketId ?? ticketId), comment, index));
    }, { defaultConcurrency: this.client.transport.pageConcurrency });
  }
}
