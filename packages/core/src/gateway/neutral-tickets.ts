import type { ReferenceCache } from '../cache/reference-cache';
import { type CommentCreateInput, type TicketCreateInput, type TicketUpdateInput, commentCreateInputSchema, ticketCreateInputSchema, ticketUpdateInputSchema } from '../models/inputs';
import { type TicketListQueryInput, ticketListQuerySchema } from '../models/queries';
import type { Ticket } from '../models/ticket';
import type { TicketComment } from '../models/ticket-comment';
import type { Paginated } from '../pagination/paginated';
import type { TicketsAdapter, TicketsPort } from '../ports/tickets-port';
import type { ProviderCapabilities, TicketOperation } from '../provider/capabilities';
import { ticketPredicate } from './client-filters';
import { NeutralResource } from './neutral-resource';
import { parseId, parseInput } from './parse-input';

/** The tickets port of a gateway: validation, client-side filters and cache invalidation around the provider's adapter. */
export class NeutralTickets extends NeutralResource<TicketsAdapter, TicketOperation> implements TicketsPort {
  constructor(
    provider: string,
    adapter: TicketsAdapter | undefined,
    private readonly caps: ProviderCapabilities['tickets'],
    private readonly cache: ReferenceCache,
  ) {
    super(provider, 'tickets', adapter, caps);
  }

  list(query: TicketListQueryInput = {}): Paginated<Ticket> {
    const list = this.implementation('list');
    const parsed = parseInput(ticketListQuerySchema, query, this.context('list'), 'query');
    const predicate = ticketPredicate(parsed, this.caps.filters);
    const records = this.onceEach(list(parsed));
    return predicate ? records.filter(predicate) : records;
  }

  async get(id: string | number): Promise<Ticket> {
    return this.implementation('get')(parseId(id, this.context('get')));
  }

  async create(input: TicketCreateInput): Promise<Ticket> {
    const create = this.implementation('create');
    const ticket = await create(parseInput(ticketCreateInputSchema, input, this.context('create')));
    this.cache.invalidateTag('tickets');
    return ticket;
  }

  async update(id: string | number, input: TicketUpdateInput): Promise<Ticket> {
    const update = this.implementation('update');
    const ticketId = parseId(id, this.context('update'));
    const ticket = await update(ticketId, parseInput(ticketUpdateInputSchema, input, this.context('update')));
    this.cache.invalidateTag('tickets');
    return ticket;
  }

  listComments(ticketId: string | number): Paginated<TicketComment> {
    // Not made distinct: some PSAs' comments have no id, and two identical comments must both show.
    return this.implementation('listComments')(parseId(ticketId, this.context('listComments'), 'ticketId'));
  }

  async addComment(ticketId: string | number, input: CommentCreateInput): Promise<TicketComment> {
    const addComment = this.implementation('addComment');
    const id = parseId(ticketId, this.context('addComment'), 'ticketId');
    return addComment(id, parseInput(commentCreateInputSchema, input, this.context('addComment')));
  }
}
