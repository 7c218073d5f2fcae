import { CreateTicketModel, UpdateTicketModel } from '../../generated/schemas';
import type { SandboxOperationHandler, SandboxOperationRequest } from '../operation-handler';
import type { ContactRecord, TicketRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import { NO_TICKET_ACTIVITY, ticketDueDates, ticketWorkHourIds } from '../state/seed-tickets';
import { isoOf } from '../state/seed-time';
import { withTicketActivity } from '../state/ticket-activity';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { queryBoolean, queryDate, queryInteger, queryValue } from './request-values';
import { actionResult, created, failure, idsPage, json, noContent, unknownReference } from './results';
import { ticketConversationHandlers } from './ticket-conversation';
import {
  type Outcome,
  TICKET_STATUSES,
  canonicalTicketStatus,
  requireTicket,
  resolveTechnician,
  saveTicket,
  technicianFields,
  ticketCustomerId,
  ticketModifiedAt,
  ticketStatusOf,
  withoutComments,
} from './ticket-lookups';
import { ticketRelationHandlers, unlink } from './ticket-relations';
import { ticketWorkHoursHandlers } from './ticket-work-hours';

/** Tickets filtered by the list routes' `customerId` and `ticketStatus`. */
function filteredTicketIds(request: SandboxOperationRequest, store: SandboxStore): Outcome<readonly number[]> {
  const customerId = queryInteger(request, 'customerId');
  if (!customerId.ok) return { ok: false, result: failure(400, customerId.message) };
  const rawStatus = queryValue(request, 'ticketStatus');
  const status = rawStatus === undefined ? undefined : canonicalTicketStatus(rawStatus);
  if (rawStatus !== undefined && status === undefined) return { ok: false, result: failure(400, `Query parameter ticketStatus must be one of ${TICKET_STATUSES.join(', ')}, got "${rawStatus}".`) };
  const flags = [queryBoolean(request, 'includeRelations'), queryBoolean(request, 'includeComments')].find((flag) => !flag.ok);
  if (flags !== undefined && !flags.ok) return { ok: false, result: failure(400, flags.message) };
  if (customerId.value === undefined && status === undefined) return { ok: true, value: store.tickets.ids() };
  return {
    ok: true,
    value: store.tickets.idsWhere(
      (ticketId) => (customerId.value === undefined || ticketCustomerId(store, ticketId) === customerId.value) && (status === undefined || ticketStatusOf(store, ticketId) === status),
    ),
  };
}

const updateTicket: SandboxOperationHandler = (request, state) => {
  const store = sandboxStoreOf(state);
  const found = requireTicket(request, store);
  if (!found.ok) return found.result;
  const ticket = found.value;
  const parsed = parseBody(request, UpdateTicketModel, 'UpdateTicketModel');
  if (!parsed.ok) return parsed.result;
  const body = parsed.value;
  if (body.TicketTitle !== undefined && (body.TicketTitle === null || body.TicketTitle.trim() === '')) return failure(400, 'TicketTitle cannot be empty: leave it out to keep the current title.');
  const status = body.TicketStatus === undefined || body.TicketStatus === null ? ticket.TicketStatus : canonicalTicketStatus(body.TicketStatus);
  if (status === undefined) return failure(400, `TicketStatus must be one of ${TICKET_STATUSES.join(', ')}, got "${String(body.TicketStatus)}".`);
  const technician = resolveTechnician(store, body.TechnicianContactID, body.TechnicianEmail);
  if (!technician.ok) return technician.result;
  const closing = status === 'Resolved' || status === 'Closed';
  saveTicket(store, {
    ...ticket,
    TicketTitle: body.TicketTitle ?? ticket.TicketTitle,
    TicketStatus: status,
    TicketType: body.TicketType ?? ticket.TicketType,
    TicketPriority: body.TicketPriority ?? ticket.TicketPriority,
    TicketImpact: body.TicketImpact ?? ticket.TicketImpact,
    TicketResolvedDate: closing ? (ticket.TicketResolvedDate ?? isoOf(store.now())) : null,
    ...(technician.value === undefined ? {} : technicianFields(technician.value)),
  });
  return actionResult(ticket.TicketID ?? 0);
};

export const ticketHandlers: GroupHandlers<'tickets'> = {
  ...ticketConversationHandlers,
  ...ticketWorkHoursHandlers,
  ...ticketRelationHandlers,

  'tickets.list': (request, state) => {
    const store = sandboxStoreOf(state);
    const ids = filteredTicketIds(request, store);
    return ids.ok ? idsPage(store.tickets, ids.value) : ids.result;
  },

  'tickets.listWithoutComments': (request, state) => {
    const store = sandboxStoreOf(state);
    const ids = filteredTicketIds(request, store);
    return ids.ok ? idsPage(store.tickets, ids.value, withoutComments) : ids.result;
  },

  'tickets.listStatusModified': (request, state) => {
    const store = sandboxStoreOf(state);
    const flags = [queryBoolean(request, 'includeRelations'), queryBoolean(request, 'includeComments')].find((flag) => !flag.ok);
    if (flags !== undefined && !flags.ok) return failure(400, flags.message);
    return idsPage(store.tickets, store.tickets.idsWhere((ticketId) => {
      const status = ticketStatusOf(store, ticketId);
      return status === 'Resolved' || status === 'Closed';
    }));
  },

  'tickets.listLastModified': (request, state) => {
    const store = sandboxStoreOf(state);
    const since = queryDate(request, 'date');
    if (!since.ok) return failure(400, since.message);
    const from = since.value;
    if (from === undefined) return idsPage(store.tickets, store.tickets.ids());
    return idsPage(store.tickets, store.tickets.idsWhere((ticketId) => {
      const ticket = store.tickets.get(ticketId);
      return ticket !== undefined && Date.parse(ticketModifiedAt(store, ticket)) >= from;
    }));
  },

  'tickets.create': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateTicketModel, 'CreateTicketModel');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.TicketTitle === undefined || body.TicketTitle === null || body.TicketTitle.trim() === '') return failure(400, 'TicketTitle is required: say what the ticket is about.');
    if (body.Description === undefined || body.Description === null || body.Description.trim() === '') return failure(400, 'Description is required: it becomes the ticket\'s first comment.');
    const status = body.TicketStatus === undefined || body.TicketStatus === null ? 'Open' : canonicalTicketStatus(body.TicketStatus);
    if (status === undefined) return failure(400, `TicketStatus must be one of ${TICKET_STATUSES.join(', ')}, got "${String(body.TicketStatus)}".`);
    let contact: ContactRecord | undefined;
    if (body.EndUserID !== undefined && body.EndUserID !== null) {
      contact = store.contacts.get(body.EndUserID);
      if (contact === undefined) return unknownReference('EndUserID', 'contact', body.EndUserID);
    } else if (body.EndUserEmail !== undefined && body.EndUserEmail !== null && body.EndUserEmail.trim() !== '') {
      const wanted = body.EndUserEmail.trim().toLowerCase();
      contact = store.contacts.find((candidate) => candidate.Email?.toLowerCase() === wanted);
      if (contact === undefined) return failure(400, `EndUserEmail ${body.EndUserEmail} matches no contact: create the contact first (POST /api/v3/contacts) or send EndUserID.`);
    } else {
      return failure(400, 'A ticket needs an end user: send EndUserID (a contact\'s EndUserID) or EndUserEmail.');
    }
    const technician = resolveTechnician(store, body.TechnicianContactID, body.TechnicianEmail);
    if (!technician.ok) return technician.result;
    const customerId = contact.CustomerID ?? 0;
    const customer = store.customers.get(customerId);
    const contract = store.contracts.find((candidate) => candidate.CustomerID === customerId && candidate.Default);
    const ticketId = store.tickets.allocateId();
    const now = isoOf(store.now());
    const priority = body.TicketPriority ?? 'Medium';
    store.addedComments.set(ticketId, [
      {
        Date: now,
        Comment: body.Description,
        CommentHtml: `<p>${body.Description}</p>`,
        EndUserID: contact.EndUserID,
        TechnicianContactID: null,
        Email: contact.Email,
        FirstName: contact.Firstname,
        LastName: contact.Lastname,
        IsInternal: false,
      },
    ]);
    const ticket: TicketRecord = {
      TicketID: ticketId,
      TicketTitle: body.TicketTitle,
      TicketNumber: String(ticketId),
      TicketPriority: priority,
      TicketImpact: body.TicketImpact ?? 'NoImpact',
      TicketStatus: status,
      TicketSource: 'API',
      TicketType: body.TicketType ?? 'Incident',
      EndUserID: contact.EndUserID,
      EndUserEmail: contact.Email,
      EndUserFirstName: contact.Firstname,
      EndUserLastName: contact.Lastname,
      EndUserPhone: contact.Phone,
      TicketResolvedDate: status === 'Resolved' || status === 'Closed' ? now : null,
      TicketCreatedDate: now,
      TechnicianFirstCommentDate: null,
      ...ticketDueDates(now, priority),
      ...NO_TICKET_ACTIVITY,
      CustomerID: customerId,
      CustomerName: customer?.CustomerName ?? contact.CustomerName,
      CustomerBusinessNumber: customer?.BusinessNumber ?? null,
      ...technicianFields(technician.value),
      ContractID: contract?.ContractID ?? null,
      RelationType: 'None',
      RelatedTicketId: null,
    };
    store.tickets.insert(ticketId, withTicketActivity(store, ticket));
    store.ticketModified.set(ticketId, now);
    return created(ticketId);
  },

  'tickets.get': (request, state) => {
    const store = sandboxStoreOf(state);
    const flag = queryBoolean(request, 'includeRelations');
    if (!flag.ok) return failure(400, flag.message);
    const found = requireTicket(request, store);
    return found.ok ? json(found.value) : found.result;
  },

  'tickets.update': updateTicket,
  'tickets.updateViaPost': updateTicket,

  'tickets.delete': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    if (!found.ok) return found.result;
    const ticket = found.value;
    const ticketId = ticket.TicketID ?? 0;
    if (ticket.RelatedTicketId !== null) unlink(store, ticket);
    for (const workHoursId of ticketWorkHourIds(store, ticketId)) store.workHours.delete(workHoursId);
    store.addedWorkHours.delete(ticketId);
    store.addedComments.delete(ticketId);
    store.ticketModified.delete(ticketId);
    store.tickets.delete(ticketId);
    return noContent;
  },
};
