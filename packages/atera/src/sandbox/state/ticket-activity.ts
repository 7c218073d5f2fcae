import type { TicketDurationsDto } from '../../generated/schemas';
import type { Complete } from './complete';
import type { TicketRecord, WorkHoursRecord } from './records';
import type { SandboxStore } from './sandbox-store';
import { ticketComments, ticketWorkHours } from './seed-tickets';

export type TicketDurationsRecord = Complete<TicketDurationsDto>;

const HOUR_MS = 3_600_000;

function durationMs(block: WorkHoursRecord): number {
  return Math.max(0, Date.parse(block.EndWorkHour) - Date.parse(block.StartWorkHour));
}

/**
 * Hours of work on a ticket: on or off the customer's site, and on or off SLA (a block that ends by
 * the ticket's close-by date counts as on SLA).
 */
export function ticketDurations(ticketId: number, blocks: readonly WorkHoursRecord[], closedDueDate: string | null): TicketDurationsRecord {
  const due = closedDueDate === null ? Number.POSITIVE_INFINITY : Date.parse(closedDueDate);
  let onSite = 0;
  let offSite = 0;
  let onSla = 0;
  let offSla = 0;
  for (const block of blocks) {
    const ms = durationMs(block);
    if (block.OnCustomerSite) onSite += ms;
    else offSite += ms;
    if (Date.parse(block.EndWorkHour) <= due) onSla += ms;
    else offSla += ms;
  }
  const hours = (ms: number): number => Math.round((ms / HOUR_MS) * 100) / 100;
  return {
    OffSLADurationHours: hours(offSla),
    OffSiteDurationHours: hours(offSite),
    OnSLADurationHours: hours(onSla),
    OnSiteDurationHours: hours(onSite),
    TotalDurationHours: hours(onSite + offSite),
    ticketId,
  };
}

/** A ticket with its comment and duration fields worked out from its comments and work hours. */
export function withTicketActivity(store: SandboxStore, ticket: TicketRecord): TicketRecord {
  const ticketId = ticket.TicketID ?? 0;
  const comments = ticketComments(store, ticketId);
  const endUser = comments.filter((comment) => comment.EndUserID !== null);
  const technician = comments.filter((comment) => comment.TechnicianContactID !== null);
  const lastEndUser = endUser.at(-1);
  const lastTechnician = technician.at(-1);
  const blocks = ticketWorkHours(store, ticketId);
  const seconds = (predicate: (block: WorkHoursRecord) => boolean): number =>
    Math.round(blocks.filter(predicate).reduce((sum, block) => sum + durationMs(block), 0) / 1000);
  const due = ticket.ClosedTicketDueDate === null ? Number.POSITIVE_INFINITY : Date.parse(ticket.ClosedTicketDueDate);
  const onSite = seconds((block) => block.OnCustomerSite);
  const offSite = seconds((block) => !block.OnCustomerSite);
  const onSla = seconds((block) => Date.parse(block.EndWorkHour) <= due);
  const offSla = seconds((block) => Date.parse(block.EndWorkHour) > due);
  const minutes = (value: number): number => Math.floor(value / 60);
  return {
    ...ticket,
    FirstComment: comments[0]?.Comment ?? null,
    TechnicianFirstCommentDate: technician[0]?.Date ?? null,
    LastEndUserComment: lastEndUser?.Comment ?? null,
    LastEndUserCommentTimestamp: lastEndUser?.Date ?? null,
    LastTechnicianComment: lastTechnician?.Comment ?? null,
    LastTechnicianCommentTimestamp: lastTechnician?.Date ?? null,
    OnSiteDurationSeconds: onSite,
    OnSiteDurationMinutes: minutes(onSite),
    OffSiteDurationSeconds: offSite,
    OffSiteDurationMinutes: minutes(offSite),
    OnSLADurationSeconds: onSla,
    OnSLADurationMinutes: minutes(onSla),
    OffSLADurationSeconds: offSla,
    OffSLADurationMinutes: minutes(offSla),
    TotalDurationSeconds: onSite + offSite,
    TotalDurationMinutes: minutes(onSite + offSite),
  };
}
