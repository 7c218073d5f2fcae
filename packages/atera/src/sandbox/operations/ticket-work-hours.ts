import { z } from 'zod';
import { CreateWorkHoursModel } from '../../generated/schemas';
import type { SandboxOperationHandler, SandboxOperationRequest } from '../operation-handler';
import type { TicketRecord, WorkHoursRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import { ticketWorkHourIds, ticketWorkHours } from '../state/seed-tickets';
import { ticketDurations } from '../state/ticket-activity';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { created, failure, idsPage, json, unknownReference } from './results';
import { type Outcome, TICKETS_LIST, requireTicket, resolveTechnician, saveTicket, technicianFields } from './ticket-lookups';

const TicketIdList = z.array(z.int().positive());

function durationsHandler(billable: boolean): SandboxOperationHandler {
  return (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    if (!found.ok) return found.result;
    const ticketId = found.value.TicketID ?? 0;
    const blocks = ticketWorkHours(store, ticketId).filter((block) => block.Billiable === billable);
    return json(ticketDurations(ticketId, blocks, found.value.ClosedTicketDueDate));
  };
}

/** The ticket ids of a POST body (`[20001, 20002]`), all of which must exist. */
function ticketIdsOfBody(request: SandboxOperationRequest, store: SandboxStore): Outcome<TicketRecord[]> {
  const parsed = parseBody(request, TicketIdList, 'array of TicketIDs');
  if (!parsed.ok) return parsed;
  const missing = parsed.value.filter((ticketId) => !store.tickets.has(ticketId));
  if (missing.length > 0) return { ok: false, result: failure(404, `No ticket with id ${missing.join(', ')} was found. List them with ${TICKETS_LIST} to find valid ids.`) };
  return { ok: true, value: parsed.value.flatMap((ticketId) => store.tickets.get(ticketId) ?? []) };
}

type WorkHoursOperation =
  | 'tickets.getBillableDuration'
  | 'tickets.getNonBillableDuration'
  | 'tickets.getBillableDurations'
  | 'tickets.getWorkHours'
  | 'tickets.addWorkHours'
  | 'tickets.getBillableWorkHoursSiteDurations'
  | 'tickets.listWorkHoursRecords';

/** Work logged on tickets and the durations worked out from it. */
export const ticketWorkHoursHandlers: Pick<GroupHandlers<'tickets'>, WorkHoursOperation> = {
  'tickets.getBillableDuration': durationsHandler(true),
  'tickets.getNonBillableDuration': durationsHandler(false),

  'tickets.getBillableDurations': (request, state) => {
    const store = sandboxStoreOf(state);
    const tickets = ticketIdsOfBody(request, store);
    if (!tickets.ok) return tickets.result;
    return json(tickets.value.map((ticket) => {
      const ticketId = ticket.TicketID ?? 0;
      return ticketDurations(ticketId, ticketWorkHours(store, ticketId).filter((block) => block.Billiable), ticket.ClosedTicketDueDate);
    }));
  },

  'tickets.getWorkHours': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    if (!found.ok) return found.result;
    const ticketId = found.value.TicketID ?? 0;
    const blocks = ticketWorkHours(store, ticketId);
    return json({
      TicketID: ticketId,
      Billable: ticketDurations(ticketId, blocks.filter((block) => block.Billiable), found.value.ClosedTicketDueDate),
      NonBillable: ticketDurations(ticketId, blocks.filter((block) => !block.Billiable), found.value.ClosedTicketDueDate),
    });
  },

  'tickets.addWorkHours': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    if (!found.ok) return found.result;
    const ticket = found.value;
    const parsed = parseBody(request, CreateWorkHoursModel, 'CreateWorkHoursModel');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.StartWorkHour === undefined || body.EndWorkHour === undefined) return failure(400, 'StartWorkHour and EndWorkHour are required: when the work started and ended.');
    if (Date.parse(body.EndWorkHour) <= Date.parse(body.StartWorkHour)) return failure(400, `EndWorkHour (${body.EndWorkHour}) must be after StartWorkHour (${body.StartWorkHour}).`);
    const named = resolveTechnician(store, body.TechnicianContactID, body.TechnicianEmail);
    if (!named.ok) return named.result;
    const technician = named.value ?? (ticket.TechnicianContactID === null ? undefined : store.technicians.get(ticket.TechnicianContactID));
    if (technician === undefined) return failure(400, 'The ticket has no technician: send TechnicianContactID or TechnicianEmail of who did the work.');
    const rateId = body.RateID ?? null;
    const rate = rateId === null ? undefined : (store.products.get(rateId) ?? store.expenses.get(rateId));
    if (rateId !== null && rate === undefined) return unknownReference('RateID', 'product rate', rateId);
    const ticketId = ticket.TicketID ?? 0;
    const workHoursId = store.workHours.allocateId();
    const block: WorkHoursRecord = {
      WorkHoursID: workHoursId,
      TicketID: ticketId,
      CustomerID: ticket.CustomerID,
      EndUserID: ticket.EndUserID,
      StartWorkHour: new Date(body.StartWorkHour).toISOString(),
      EndWorkHour: new Date(body.EndWorkHour).toISOString(),
      ...technicianFields(technician),
      Billiable: body.Billiable ?? true,
      OnCustomerSite: body.OnCustomerSite ?? false,
      Description: body.Description ?? null,
      RateID: rate?.RateID ?? null,
      RateAmount: rate?.Amount ?? null,
    };
    store.workHours.insert(workHoursId, block);
    store.addedWorkHours.set(ticketId, [...(store.addedWorkHours.get(ticketId) ?? []), workHoursId]);
    saveTicket(store, ticket);
    return created(workHoursId);
  },

  'tickets.getBillableWorkHoursSiteDurations': (request, state) => {
    const store = sandboxStoreOf(state);
    const tickets = ticketIdsOfBody(request, store);
    if (!tickets.ok) return tickets.result;
    const seconds = (blocks: readonly WorkHoursRecord[]): number =>
      Math.round(blocks.reduce((sum, block) => sum + Math.max(0, Date.parse(block.EndWorkHour) - Date.parse(block.StartWorkHour)), 0) / 1000);
    return json({
      TicketsWorkHoursSiteDurationSummaries: tickets.value.map((ticket) => {
        const billable = ticketWorkHours(store, ticket.TicketID ?? 0).filter((block) => block.Billiable);
        const onSite = seconds(billable.filter((block) => block.OnCustomerSite));
        const offSite = seconds(billable.filter((block) => !block.OnCustomerSite));
        return { TicketID: ticket.TicketID ?? 0, TotalDurationSeconds: onSite + offSite, OnSiteDurationSeconds: onSite, OffSiteDurationSeconds: offSite };
      }),
    });
  },

  'tickets.listWorkHoursRecords': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    if (!found.ok) return found.result;
    return idsPage(store.workHours, ticketWorkHourIds(store, found.value.TicketID ?? 0), ({ CustomerID: _customer, EndUserID: _endUser, ...block }) => block);
  },
};
