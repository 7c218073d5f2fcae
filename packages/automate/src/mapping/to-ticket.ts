import type { Ticket } from '@psagate/core';
import { neutralIdOf, recordIdOf, toIsoDateTime } from '@psagate/core/provider';
import type { AutomateTicket } from '../schemas/records';
import { AUTOMATE, nameOf, textOf } from './mapping-values';
import { ticketPriorityOf, ticketStatusOf } from './ticket-vocabulary';

/** An Automate ticket as a neutral one: its description is the first embedded comment. */
export function toTicket(raw: AutomateTicket): Ticket {
  const status = ticketStatusOf(raw.Status?.Name);
  const firstComment = raw.Comments?.[0];
  return {
    id: recordIdOf(raw.TicketId, { ...AUTOMATE, record: 'ticket', field: 'TicketId' }),
    provider: AUTOMATE.provider,
    raw,
    number: raw.TicketId === undefined || raw.TicketId === null ? null : String(raw.TicketId),
    title: raw.Subject ?? '',
    description: textOf(firstComment?.Body),
    status,
    statusRaw: raw.Status?.Name ?? (typeof raw.Status?.Id === 'number' ? raw.Status.Id : null),
    priority: ticketPriorityOf(raw.Priority?.Name),
    priorityRaw: raw.Priority?.Name ?? (typeof raw.Priority?.Id === 'number' ? raw.Priority.Id : null),
    customerId: neutralIdOf(raw.Client?.Id),
    customerName: nameOf(raw.Client),
    deviceId: neutralIdOf(raw.Computer?.Id),
    contact: textOf(raw.From) ? { id: null, name: null, email: textOf(raw.From) } : null,
    assigneeId: neutralIdOf(raw.User?.UserId),
    assigneeName: textOf(raw.User?.Name),
    createdAt: toIsoDateTime(raw.StartDate),
    updatedAt: toIsoDateTime(raw.UpdateDate),
    resolvedAt: null,
  };
}
