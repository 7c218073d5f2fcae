import type { ReferenceCache } from '../cache/reference-cache';
import { type CommentCreateInput, type TicketCreateInput, type TicketUpdateInput, commentCreateInputSchema, ticketCreateInputSchema, ticketUpdateInputSchema } from '../models/inputs';
import { type TicketListQueryInput, ticketListQuerySchema } from '../models/queries';
import type { Ticket } from '../models/ticket';
import type { TicketComment } from '../models/ticket-comment';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from '../ports/operation-options';
import type { TicketsAdapter, TicketsPort } from '../ports/tickets-port';
import type { ProviderCapabilities, TicketOperation } from '../provider/capabilities';
import { ticketPredicate } from './client-filters';
import { NeutralResource } from './neutral-resource';
import { parseId, parseInput, parseOptions } from './parse-input';

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

  list(query: TicketListQueryInput = {}, options?: OperationOptions): Paginated<Ticket> {
    const list = this.implementation('list');
    const context = this.context('list');
    const parsed = parseInput(ticketListQuerySchema, query, context, 'query');
    const callOptions = parseOptions(options, context);
    const predicate = ticketPredicate(parsed, this.caps.filters);
    const records = this.onceEach(list(parsed, callOptions));
    return this.walked('list', callOptions, predicate ? records.filter(predicate) : records);
  }

  async get(id: string | number, options?: OperationOptions): Promise<Ticket> {
    const get = this.implementation('get');
    const context = this.context('get');
    const ticketId = parseId(id, context);
    const callOptions = parseOptions(options, context);
    return this.run('get', callOptions, () => get(ticketId, callOptions));
  }

  async create(input: TicketCreateInput, options?: OperationOptions): Promise<Ticket> {
    const create = this.implementation('create');
    const context = this.context('create');
    const parsed = parseInput(ticketCreateInputSchema, input, context);
    const callOptions = parseOptions(options, context);
    const ticket = await this.run('create', callOptions, () => create(parsed, callOptions));
    this.cache.invalidateTag('tickets');
    return ticket;
  }

  async update(id: string | number, input: TicketUpdateInput, options?: OperationOptions): Promise<Ticket> {
    const update = this.implementation('update');
    const context = this.context('update');
    const ticketId = parseId(id, context);
    const parsed = parseInput(ticketUpdateInputSchema, input, context);
    const callOptions = parseOptions(options, context);
    const ticket = await this.run('update', callOptions, () => update(ticketId, parsed, callOptions));
    this.cache.invalidateTag('tickets');
    return ticket;
  }

  listComments(ticketId: string | number, options?: OperationOptions): Paginated<TicketComment> {
    const listComments = this.implementation('listComments');
    const context = this.context('listComments');
    const id = parseId(ticketId, context, 'ticketId');
    const callOptions = parseOptions(options, context);
    // Not made distinct: some PSAs' comments have no id, and two identical comments must both show.
    return this.walked('listComments', callOptions, listComments(id, callOptions));
  }

  async addComment(ticketId: string | number, input: CommentCreateInput, options?: OperationOptions): Promise<TicketComment> {
    const addComment = this.implementation('addComment');
    const context = this.context('addComment');
    const id = parseId(ticketId, context, 'ticketId');
    const parsed = parseInput(commentCreateInputSchema, input, context);
    const callOptions = parseOptions(options, context);
    return this.run('addComment', callOptions, () => addComment(id, parsed, callOptions));
  }
}
