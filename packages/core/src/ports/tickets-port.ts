import type { CommentCreate, CommentCreateInput, TicketCreate, TicketCreateInput, TicketUpdate, TicketUpdateInput } from '../models/inputs';
import type { TicketListQuery, TicketListQueryInput } from '../models/queries';
import type { Ticket } from '../models/ticket';
import type { TicketComment } from '../models/ticket-comment';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from './operation-options';

/** Tickets as callers use them through the gateway. */
export interface TicketsPort {
  list(query?: TicketListQueryInput, options?: OperationOptions): Paginated<Ticket>;
  get(id: string | number, options?: OperationOptions): Promise<Ticket>;
  create(input: TicketCreateInput, options?: OperationOptions): Promise<Ticket>;
  update(id: string | number, input: TicketUpdateInput, options?: OperationOptions): Promise<Ticket>;
  listComments(ticketId: string | number, options?: OperationOptions): Paginated<TicketComment>;
  addComment(ticketId: string | number, input: CommentCreateInput, options?: OperationOptions): Promise<TicketComment>;
}

/**
 * Tickets as a provider implements them. The gateway validates and normalises input first, so
 * ids are non-empty strings and inputs are parsed; filters the provider's capabilities mark as
 * `client` are applied by the gateway and can be ignored here. `options` are checked too: pass them
 * to every native call the operation makes, so that its signal cancels each of them (a list's
 * signal also reaches its walks through `byPage()`, so lists may ignore it).
 */
export interface TicketsAdapter {
  list?(query: TicketListQuery, options?: OperationOptions): Paginated<Ticket>;
  get?(id: string, options?: OperationOptions): Promise<Ticket>;
  create?(input: TicketCreate, options?: OperationOptions): Promise<Ticket>;
  update?(id: string, input: TicketUpdate, options?: OperationOptions): Promise<Ticket>;
  listComments?(ticketId: string, options?: OperationOptions): Paginated<TicketComment>;
  addComment?(ticketId: string, input: CommentCreate, options?: OperationOptions): Promise<TicketComment>;
}
