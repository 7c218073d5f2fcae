import {
  type Clock,
  type CommentCreate,
  type OperationOptions,
  type Paginated,
  type ReferenceCache,
  ResponseShapeError,
  type Ticket,
  type TicketComment,
  type TicketCreate,
  type TicketListQuery,
  type TicketStatus,
  type TicketUpdate,
  ValidationError,
  isPsaError,
} from '@psagate/core';
import { type TicketsAdapter, integerIdOf } from '@psagate/core/provider';
import type { AteraClient } from '../client/atera-client';
import type { CreateTicketModel } from '../generated/schemas';
import { type CommentAuthor, addCommentBody, toComment } from '../mapping/comment-mapping';
import { ATERA_ID_SITE } from '../mapping/id-sites';
import { createTicketBody, toTicket, updateTicketBody } from '../mapping/ticket-mapping';
import { ateraStatusOf } from '../mapping/ticket-status';
import { appliedWriteError, readBack } from './applied-write-error';
import { type CustomerContact, contactsOfCustomer } from './customer-contacts';
import type { CustomerDirectory } from './customer-directory';

/**
 * Tickets over Atera's ticket routes. Atera filters by one status and by customer; several statuses
 * are filtered here. `updatedSince` uses Atera's last-modified list, which takes no other filter,
 * so status and customer are then filtered here too. Writes answer with the ticket as it now stands.
 * Every native call an operation makes (reference data, the write, its read-back) gets its options.
 */
export class AteraTicketsAdapter implements TicketsAdapter {
  constructor(
    private readonly native: AteraClient,
    private readonly directory: CustomerDirectory,
    private readonly cache: ReferenceCache,
    private readonly clock: Clock,
  ) {}

  list(query: TicketListQuery, options?: OperationOptions): Paginated<Ticket> {
    const customerId = query.customerId === undefined ? undefined : integerIdOf(query.customerId, { ...ATERA_ID_SITE, operation: 'tickets.list', field: 'customerId' });
    const statuses = query.status;
    if (query.updatedSince !== undefined) {
      const wanted = customerId === undefined ? undefined : String(customerId);
      const changed = this.native.tickets.listLastModified({ date: query.updatedSince }, options).map(toTicket);
      return this.#withNames(
        wanted === undefined && statuses === undefined
          ? changed
          : changed.filter((ticket) => (wanted === undefined || ticket.customerId === wanted) && (statuses?.includes(ticket.status) ?? true)),
      );
    }
    const serverStatus = statuses?.length === 1 ? ateraStatusOf(statuses[0] as TicketStatus) : undefined;
    const tickets = this.native.tickets.list({ customerId, ticketStatus: serverStatus }, options).map(toTicket);
    return this.#withNames(statuses !== undefined && serverStatus === undefined ? tickets.filter((ticket) => statuses.includes(ticket.status)) : tickets);
  }

  async get(id: string, options?: OperationOptions): Promise<Ticket> {
    return this.#read(integerIdOf(id, { ...ATERA_ID_SITE, operation: 'tickets.get', field: 'id' }), options);
  }

  async create(input: TicketCreate, options?: OperationOptions): Promise<Ticket> {
    const body = createTicketBody(input);
    const endUser =
      body.EndUserID === undefined && input.customerId !== undefined ? await this.#endUserOf(input.customerId, input.contact?.email, options?.signal) : undefined;
    const result = await this.native.tickets.create({ body: { ...body, ...endUser } }, options);
    const ticketId = Number(result.ActionID);
    if (!Number.isSafeInteger(ticketId) || ticketId <= 0) {
      throw new ResponseShapeError(
        'Atera created the ticket but did not answer with its id (ActionID), so it cannot be read back. Look for it in Atera before creating it again.',
        { provider: 'atera', operation: 'tickets.create', code: 'MISSING_ID', maybeApplied: true },
      );
    }
    return readBack(
      () => this.#read(ticketId, options),
      {
        operation: 'tickets.create',
        applied: `ticket ${ticketId} was created`,
        instead: `Do not create it again: fetch it with tickets.get('${ticketId}').`,
        repeatable: false,
      },
      options?.signal,
    );
  }

  async update(id: string, input: TicketUpdate, options?: OperationOptions): Promise<Ticket> {
    const ticketId = integerIdOf(id, { ...ATERA_ID_SITE, operation: 'tickets.update', field: 'id' });
    await this.native.tickets.update({ ticketId, body: updateTicketBody(input) }, options);
    return readBack(
      () => this.#read(ticketId, options),
      {
        operation: 'tickets.update',
        applied: `ticket ${ticketId} was updated`,
        instead: `Fetch it with tickets.get('${ticketId}'); sending the same update again is harmless.`,
        repeatable: true,
      },
      options?.signal,
    );
  }

  listComments(ticketId: string, options?: OperationOptions): Paginated<TicketComment> {
    const id = integerIdOf(ticketId, { ...ATERA_ID_SITE, operation: 'tickets.listComments', field: 'ticketId' });
    return this.native.tickets.listComments({ ticketId: id }, options).map((raw) => toComment(String(id), raw));
  }

  /**
   * Atera needs a technician to author a comment: `authorEmail`, or else the ticket's assignee.
   * It answers a new comment with no id, so the comment is read back from the ticket's list: the
   * newest with this text. Should Atera not list it yet, or listing fail for a passing reason, it is
   * described from what was sent: the comment exists, and failing would invite writing it twice.
   * Aborted while it reads the comment back, it fails with NetworkError `ABORTED` saying the comment was added.
   */
  async addComment(ticketId: string, input: CommentCreate, options?: OperationOptions): Promise<TicketComment> {
    const id = integerIdOf(ticketId, { ...ATERA_ID_SITE, operation: 'tickets.addComment', field: 'ticketId' });
    const author = input.authorEmail !== undefined ? { TechnicianEmail: input.authorEmail } : await this.#assigneeOf(id, options);
    const timestamp = new Date(this.clock.now()).toISOString();
    const body = addCommentBody(input, timestamp, author);
    await this.native.tickets.addComment({ ticketId: id, body }, options);
    const asSent = (): TicketComment => toComment(String(id), { Date: timestamp, Comment: input.body, IsInternal: input.isInternal, Email: input.authorEmail ?? null });
    try {
      return (await this.#newestComment(id, input, options)) ?? asSent();
    } catch (error) {
      if (isPsaError(error) && error.retryable) return asSent();
      throw appliedWriteError(
        error,
        {
          operation: 'tickets.addComment',
          applied: `the comment was added to ticket ${id}`,
          instead: `Do not add it again: list the ticket's comments with tickets.listComments('${id}').`,
          repeatable: false,
        },
        options?.signal,
      );
    }
  }

  async #newestComment(ticketId: number, input: CommentCreate, options: OperationOptions | undefined): Promise<TicketComment | undefined> {
    let added: TicketComment | undefined;
    for await (const comment of this.listComments(String(ticketId), options)) {
      if (comment.body === input.body && comment.isInternal === input.isInternal) added = comment;
    }
    return added;
  }

  async #assigneeOf(ticketId: number, options: OperationOptions | undefined): Promise<CommentAuthor> {
    const ticket = await this.native.tickets.get({ ticketId }, options);
    if (typeof ticket.TechnicianContactID === 'number' && ticket.TechnicianContactID > 0) return { TechnicianId: ticket.TechnicianContactID };
    if (ticket.TechnicianEmail) return { TechnicianEmail: ticket.TechnicianEmail };
    const operation = 'tickets.addComment';
    throw new ValidationError(
      `atera ${operation}: Atera needs a technician to write a comment, and ticket ${ticketId} has no assignee to write it for. Pass authorEmail (a technician's email). Nothing was added.`,
      { provider: 'atera', operation, code: 'NO_COMMENT_AUTHOR', issues: [{ path: 'authorEmail', message: 'needed when the ticket has no assignee' }] },
    );
  }

  #withNames(tickets: Paginated<Ticket>): Paginated<Ticket> {
    return tickets.mapPages((items, _page, signal) => this.directory.fillNames(items, signal));
  }

  async #read(ticketId: number, options: OperationOptions | undefined): Promise<Ticket> {
    const [ticket] = await this.directory.fillNames([toTicket(await this.native.tickets.get({ ticketId }, options))], options?.signal);
    return ticket as Ticket;
  }

  /** Atera files a ticket under its end user's customer: the customer's contact to raise it for. */
  async #endUserOf(customerId: string, email: string | undefined, signal: AbortSignal | undefined): Promise<Pick<CreateTicketModel, 'EndUserID'>> {
    const operation = 'tickets.create';
    const id = integerIdOf(customerId, { ...ATERA_ID_SITE, operation, field: 'customerId' });
    const contacts = await contactsOfCustomer(this.native, this.cache, id, signal);
    const choice: CustomerContact | undefined = email === undefined ? contacts[0] : contacts.find((contact) => contact.email?.toLowerCase() === email.toLowerCase());
    if (choice) return { EndUserID: choice.id };
    const problem =
      email === undefined
        ? `customer ${id} has no contacts, and Atera files a ticket under its end user's customer`
        : `customer ${id} has no contact with the email ${JSON.stringify(email)}, and Atera files a ticket under its end user's customer`;
    throw new ValidationError(
      `atera ${operation}: ${problem}. Create the contact first (gateway.native.contacts.create), or pass contact.id. Nothing was created.`,
      { provider: 'atera', operation, code: 'NO_END_USER', issues: [{ path: 'customerId', message: problem }] },
    );
  }
}
