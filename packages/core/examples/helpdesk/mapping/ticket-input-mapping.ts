import { type CommentCreate, type TicketCreate, type TicketPriority, type TicketStatus, type TicketUpdate, ValidationError } from '@psagate/core';
import { integerIdOf } from '@psagate/core/provider';
import type { HelpdeskNewNote, HelpdeskNewTicket, HelpdeskTicketChanges } from '../schemas/helpdesk-inputs';
import { STATE_FROM_STATUS, URGENCY_FROM_PRIORITY } from './ticket-mapping';

/** The Helpdesk state of a neutral status; one Helpdesk has no state for is refused before anything is sent. */
export function toHelpdeskState(status: TicketStatus | undefined): string | undefined {
  if (status === undefined) return undefined;
  const state = STATE_FROM_STATUS[status];
  if (!state) throw new ValidationError(`helpdesk tickets: Helpdesk has no state for status "${status}"; use open, pending, in_progress, resolved or closed.`, { provider: 'helpdesk' });
  return state;
}

/** The Helpdesk urgency of a neutral priority; one Helpdesk has no urgency for is refused before anything is sent. */
export function toHelpdeskUrgency(priority: TicketPriority | undefined): number | undefined {
  if (priority === undefined) return undefined;
  const urgency = URGENCY_FROM_PRIORITY[priority];
  if (!urgency) throw new ValidationError(`helpdesk tickets: Helpdesk has no urgency for priority "${priority}".`, { provider: 'helpdesk' });
  return urgency;
}

/** A neutral id as a Helpdesk id (an integer) for a field of `tickets.create`. */
const idFor = (value: string | undefined, field: string): number | undefined =>
  value === undefined ? undefined : integerIdOf(value, { provider: 'helpdesk', displayName: 'Helpdesk', operation: 'tickets.create', field });

/** A neutral ticket to create as the body Helpdesk takes; `native` fields go as they are, last. */
export function toHelpdeskNewTicket(input: TicketCreate): HelpdeskNewTicket {
  return {
    subject: input.title,
    body: input.description ?? null,
    state: toHelpdeskState(input.status),
    urgency: toHelpdeskUrgency(input.priority),
    customer_id: idFor(input.customerId, 'customerId'),
    device_id: idFor(input.deviceId, 'deviceId'),
    ...input.native,
  };
}

/** Neutral ticket changes as the body Helpdesk takes; `native` fields go as they are, last. */
export function toHelpdeskTicketChanges(input: TicketUpdate): HelpdeskTicketChanges {
  return {
    subject: input.title,
    body: input.description,
    state: toHelpdeskState(input.status),
    urgency: toHelpdeskUrgency(input.priority),
    ...input.native,
  };
}

/** A neutral comment as the note Helpdesk takes. */
export function toHelpdeskNewNote(input: CommentCreate): HelpdeskNewNote {
  return { text: input.body, internal: input.isInternal, author: input.authorEmail ?? null };
}
