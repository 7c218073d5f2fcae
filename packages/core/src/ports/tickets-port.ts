import type { CommentCreate, CommentCreateInput, TicketCreate, TicketCreateInput, TicketUpdate, TicketUpdateInput } from '../models/inputs';
import type { TicketListQuery, TicketListQueryInput } from '../models/queries';
import type { Ticket } from '../models/ticket';
import type { TicketComment } from '../models/ticket-comment';
import type { Paginated } from '../pagination/paginated';

/** Tickets as callers use them through the gateway. */
export interface TicketsPort {
  list(query?: TicketListQueryInput): Paginated<Ticket>;
  get(id: string | number): Promise<Ticket>;
  create(input: TicketCreateInput): Promise<Ticket>;
  update(id: string | number, input: TicketUpdateInput): Promise<Ticket>;
  listComments(ticketId: string | number): Paginated<TicketComment>;
  addComment(ticketId: string | number, input: CommentCreateInput): Promise<TicketComment>;
}

/**
 * Tickets as a provider implements them. The gateway validates and normalises input first, so
 * ids are non-empty strings and inputs are parsed; filters the provider's capabilities mark as
 * `client` are applied by the gateway and can be ignored here.
 */
export interface TicketsAdapter {
  list?(query: TicketListQuery): Paginated<Ticket>;
  get?(id: string): Promise<Ticket>;
  create?(input: TicketCreate): Promise<Ticket>;
  update?(id: string, input: TicketUpdate): Promise<Ticket>;
  listComments?(ticketId: string): Paginated<TicketComment>;
  addComment?(ticketId: string, input: CommentCreate): Promise<TicketComment>;
}
