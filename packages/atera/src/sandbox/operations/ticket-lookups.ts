import type { SandboxOperationRequest, SandboxOperationResult } from '../operation-handler';
import type { TechnicianRecord, TicketRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { ticketSkeleton } from '../state/seed-tickets';
import { isoOf } from '../state/seed-time';
import { withTicketActivity } from '../state/ticket-activity';
import { ownerOf } from './ownership';
import { failure, notFound, unknownReference } from './results';
import { pathId } from './request-values';

export const TICKETS_LIST = 'GET /api/v3/tickets';

export const TICKET_STATUSES = ['Open', 'Pending', 'Resolved', 'Closed'] as const;

/** A ticket status spelt as Atera spells it, or undefined when it is not one of the known ones. */
export function canonicalTicketStatus(status: string): (typeof TICKET_STATUSES)[number] | undefined {
  return TICKET_STATUSES.find((known) => known.toLowerCase() === status.trim().toLowerCase());
}

export function ticketCustomerId(store: SandboxStore, ticketId: number): number | null {
  return ownerOf(store, store.tickets, ticketId, (ticket) => ticket.CustomerID);
}

/** A ticket's status without making an untouched seeded ticket (filters scan every ticket). */
export function ticketStatusOf(store: SandboxStore, ticketId: number): string | null {
  const index = store.tickets.seededIndexOf(ticketId);
  return index === undefined ? (store.tickets.get(ticketId)?.TicketStatus ?? null) : ticketSkeleton(store, index).status;
}

/** When a ticket last changed: its last write through the API, else its latest dated activity. */
export function ticketModifiedAt(store: SandboxStore, ticket: TicketRecord): string {
  const written = store.ticketModified.get(ticket.TicketID ?? 0);
  if (written !== undefined) return written;
  return [ticket.TicketCreatedDate, ticket.TicketResolvedDate, ticket.LastEndUserCommentTimestamp, ticket.LastTechnicianCommentTimestamp]
    .filter((date): date is string => date !== null)
    .reduce((latest, date) => (date > latest ? date : latest), '');
}

/** Stores a changed ticket with its comment and duration fields worked out again, stamped as modified now. */
export function saveTicket(store: SandboxStore, ticket: TicketRecord): void {
  const ticketId = ticket.TicketID ?? 0;
  store.tickets.replace(ticketId, withTicketActivity(store, ticket));
  store.ticketModified.set(ticketId, isoOf(store.now()));
}

/** A ticket with its comment texts left out, as `/tickets/noComments` serves it. */
export function withoutComments(ticket: TicketRecord): TicketRecord {
  return { ...ticket, FirstComment: null, LastEndUserComment: null, LastTechnicianComment: null };
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly result: SandboxOperationResult };

/** The ticket a route's `ticketId` names, or its 404. */
export function requireTicket(request: SandboxOperationRequest, store: SandboxStore): Outcome<TicketRecord> {
  const ticketId = pathId(request, 'ticketId');
  const ticket = store.tickets.get(ticketId);
  return ticket === undefined ? { ok: false, result: notFound('ticket', ticketId, TICKETS_LIST) } : { ok: true, value: ticket };
}

/** A technician named by id, else by email; undefined when neither is given. */
export function resolveTechnician(store: SandboxStore, technicianId: number | null | undefined, email: string | null | undefined): Outcome<TechnicianRecord | undefined> {
  if (technicianId !== undefined && technicianId !== null) {
    const technician = store.technicians.get(technicianId);
    return technician === undefined ? { ok: false, result: unknownReference('TechnicianContactID', 'technician', technicianId) } : { ok: true, value: technician };
  }
  if (email !== undefined && email !== null && email.trim() !== '') {
    const wanted = email.trim().toLowerCase();
    const technician = store.technicians.find((candidate) => candidate.Email.toLowerCase() === wanted);
    return technician === undefined ? { ok: false, result: failure(400, `TechnicianEmail ${email} does not name a technician of the account.`) } : { ok: true, value: technician };
  }
  return { ok: true, value: undefined };
}

export const technicianFields = (technician: TechnicianRecord | undefined): Pick<TicketRecord, 'TechnicianContactID' | 'TechnicianFullName' | 'TechnicianEmail'> => ({
  TechnicianContactID: technician?.TechnicianContactID ?? null,
  TechnicianFullName: technician === undefined ? null : `${technician.FirstName} ${technician.LastName}`,
  TechnicianEmail: technician?.Email ?? null,
});
