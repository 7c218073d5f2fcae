import { type Ticket, type TicketCreate, type TicketUpdate, ValidationError } from '@psagate/core';
import { integerIdOf, neutralIdOf, recordIdOf, toIsoDateTime } from '@psagate/core/provider';
import type { CreateTicketModel, TicketDto, UpdateTicketModel } from '../generated/schemas';
import { fullName, readText } from './html-text';
import { ATERA_ID_SITE, ATERA_LINK } from './id-sites';
import { ateraPriorityFor, ateraStatusFor, ticketPriorityFromAtera, ticketStatusFromAtera } from './ticket-status';

/**
 * An Atera ticket as a neutral one. Atera keeps the description as the ticket's first comment and
 * reports no modification date, so `updatedAt` is the latest activity it does report.
 */
export function toTicket(raw: TicketDto): Ticket {
  const contactName = fullName(raw.EndUserFirstName, raw.EndUserLastName);
  const contactEmail = readText(raw.EndUserEmail);
  const contactId = neutralIdOf(raw.EndUserID, ATERA_LINK);
  return {
    id: recordIdOf(raw.TicketID, { ...ATERA_ID_SITE, record: 'ticket', field: 'TicketID' }),
    provider: 'atera',
    raw,
    number: readText(raw.TicketNumber),
    title: readText(raw.TicketTitle) ?? '',
    description: readText(raw.FirstComment),
    status: ticketStatusFromAtera(raw.TicketStatus),
    statusRaw: raw.TicketStatus ?? null,
    priority: ticketPriorityFromAtera(raw.TicketPriority),
    priorityRaw: raw.TicketPriority ?? null,
    customerId: neutralIdOf(raw.CustomerID, ATERA_LINK),
    customerName: readText(raw.CustomerName),
    // Atera tickets are not linked to a device.
    deviceId: null,
    contact: contactId || contactName || contactEmail ? { id: contactId, name: contactName, email: contactEmail } : null,
    assigneeId: neutralIdOf(raw.TechnicianContactID, ATERA_LINK),
    assigneeName: readText(raw.TechnicianFullName),
    createdAt: toIsoDateTime(raw.TicketCreatedDate),
    updatedAt: latest(raw.TicketCreatedDate, raw.LastEndUserCommentTimestamp, raw.LastTechnicianCommentTimestamp, raw.TicketResolvedDate),
    resolvedAt: toIsoDateTime(raw.TicketResolvedDate),
  };
}

function latest(...dates: (string | null | undefined)[]): string | null {
  const known = dates.map(toIsoDateTime).filter((date): date is string => date !== null);
  return known.length === 0 ? null : known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/**
 * The body of `POST /tickets` for a neutral ticket, except the end user, which may need a lookup
 * (see `AteraTicketsAdapter`). Fields Atera cannot take are refused, not dropped.
 */
export function createTicketBody(input: TicketCreate): CreateTicketModel {
  const operation = 'tickets.create';
  if (input.deviceId !== undefined) {
    throw new ValidationError(
      `atera ${operation}: Atera tickets cannot be linked to a device through the API; leave deviceId out (mention the device in the description). Nothing was sent.`,
      { provider: 'atera', operation, code: 'UNSUPPORTED_FIELD', issues: [{ path: 'deviceId', message: 'Atera tickets have no device' }] },
    );
  }
  const [firstName, ...rest] = input.contact?.name?.split(/\s+/) ?? [];
  const body: CreateTicketModel = {
    TicketTitle: input.title,
    ...(input.description !== undefined ? { Description: input.description } : {}),
    ...(input.status !== undefined ? { TicketStatus: ateraStatusFor(input.status, operation) } : {}),
    ...(input.priority !== undefined ? { TicketPriority: ateraPriorityFor(input.priority, operation) } : {}),
    ...(input.assigneeId !== undefined ? { TechnicianContactID: integerIdOf(input.assigneeId, { ...ATERA_ID_SITE, operation, field: 'assigneeId' }) } : {}),
    ...(input.contact?.id !== undefined ? { EndUserID: integerIdOf(input.contact.id, { ...ATERA_ID_SITE, operation, field: 'contact.id' }) } : {}),
    ...(input.contact?.email !== undefined ? { EndUserEmail: input.contact.email } : {}),
    ...(firstName ? { EndUserFirstName: firstName } : {}),
    ...(rest.length > 0 ? { EndUserLastName: rest.join(' ') } : {}),
  };
  return { ...body, ...(input.native as Partial<CreateTicketModel> | undefined) };
}

/** The body of `PUT /tickets/{ticketId}` for a neutral update. */
export function updateTicketBody(input: TicketUpdate): UpdateTicketModel {
  const operation = 'tickets.update';
  if (input.description !== undefined) {
    throw new ValidationError(
      `atera ${operation}: Atera cannot change a ticket's description after it is created; add a comment instead (tickets.addComment). Nothing was sent.`,
      { provider: 'atera', operation, code: 'UNSUPPORTED_FIELD', issues: [{ path: 'description', message: 'Atera descriptions cannot be changed' }] },
    );
  }
  const body: UpdateTicketModel = {
    ...(input.title !== undefined ? { TicketTitle: input.title } : {}),
    ...(input.status !== undefined ? { TicketStatus: ateraStatusFor(input.status, operation) } : {}),
    ...(input.priority !== undefined ? { TicketPriority: ateraPriorityFor(input.priority, operation) } : {}),
    ...(input.assigneeId === null ? { TechnicianContactID: null } : {}),
    ...(typeof input.assigneeId === 'string' ? { TechnicianContactID: integerIdOf(input.assigneeId, { ...ATERA_ID_SITE, operation, field: 'assigneeId' }) } : {}),
  };
  return { ...body, ...(input.native as Partial<UpdateTicketModel> | undefined) };
}
