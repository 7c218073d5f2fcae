import type { Alert, AlertSeverity, Ticket, TicketComment, TicketPriority } from '@psagate/core';
import { neutralIdOf, recordIdOf } from '@psagate/core/provider';
import type { HaloAction, HaloTicket } from '../schemas/ticket';
import { haloDateOrNull } from './halo-dates';
import { haloRecordSite } from './record-sites';
import type { ReferenceData } from './reference-data';

const text = (value: string | null | undefined): string | null => (value === null || value === undefined || value.trim() === '' ? null : value);

/** Strips tags from an HTML note for its plain-text form. */
function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * The neutral status of a ticket: its status name (from the instance's list) mapped, except that
 * a ticket Halo has closed (`hasbeenclosed`, a real `dateclosed`) is never reported as open.
 */
function statusOf(ticket: HaloTicket, reference: ReferenceData): Pick<Ticket, 'status' | 'statusRaw'> {
  const name = reference.statusName(ticket.status_id) ?? text(ticket.status_name) ?? undefined;
  const mapped = reference.neutralStatus(name);
  const closed = ticket.hasbeenclosed === true;
  const status = closed && mapped !== 'resolved' && mapped !== 'closed' ? 'closed' : mapped;
  return { status, statusRaw: name ?? ticket.status_id ?? null };
}

function priorityOf(ticket: HaloTicket, reference: ReferenceData): { priority: TicketPriority; priorityRaw: string | number | null } {
  const name = reference.priorityName(ticket.priority_id) ?? text(ticket.priority_name) ?? undefined;
  return { priority: reference.neutralPriority(name), priorityRaw: name ?? ticket.priority_id ?? null };
}

/** A Halo ticket as a neutral ticket. `agent_name` and `datecreated` are usually empty: the agent list and `dateoccurred` fill in. */
export function toTicket(ticket: HaloTicket, reference: ReferenceData): Ticket {
  const { status, statusRaw } = statusOf(ticket, reference);
  const contactId = neutralIdOf(ticket.user_id, { zeroIsNone: true });
  const contactName = text(ticket.user_name);
  const contactEmail = text(ticket.user_email);
  const closedAt = haloDateOrNull(ticket.dateclosed);
  const id = recordIdOf(ticket.id, haloRecordSite('ticket'));
  return {
    id,
    provider: 'halopsa',
    raw: ticket,
    number: id,
    title: ticket.summary ?? '',
    description: text(ticket.details) ?? (text(ticket.details_html) === null ? null : plainText(ticket.details_html as string)),
    status,
    statusRaw,
    ...priorityOf(ticket, reference),
    customerId: neutralIdOf(ticket.client_id, { zeroIsNone: true }),
    customerName: text(ticket.client_name),
    deviceId: neutralIdOf(ticket.assets?.[0]?.id, { zeroIsNone: true }),
    contact: contactId || contactName || contactEmail ? { id: contactId, name: contactName, email: contactEmail } : null,
    assigneeId: neutralIdOf(ticket.agent_id, { zeroIsNone: true }),
    assigneeName: text(ticket.agent_name) ?? reference.agentName(ticket.agent_id) ?? null,
    createdAt: haloDateOrNull(ticket.dateoccurred) ?? haloDateOrNull(ticket.datecreated),
    updatedAt: haloDateOrNull(ticket.last_update) ?? haloDateOrNull(ticket.lastactiondate),
    resolvedAt: status === 'resolved' || status === 'closed' ? closedAt : null,
  };
}

/**
 * An action as a neutral comment. Its id is `ticketId:actionId`: Halo numbers actions within
 * their ticket, so the action id alone collides across tickets.
 */
export function toComment(action: HaloAction): TicketComment {
  const html = text(action.note_html);
  const ticketId = recordIdOf(action.ticket_id, haloRecordSite('action', 'ticket_id'));
  return {
    id: `${ticketId}:${recordIdOf(action.id, haloRecordSite('action'))}`,
    provider: 'halopsa',
    raw: action,
    ticketId,
    body: text(action.note) ?? (html ? plainText(html) : ''),
    bodyHtml: html,
    isInternal: action.hiddenfromuser === true,
    authorName: text(action.who),
    authorEmail: text(action.emailfrom),
    createdAt: haloDateOrNull(action.datetime) ?? haloDateOrNull(action.actiondatecreated),
  };
}

const SEVERITY: Readonly<Record<TicketPriority, AlertSeverity>> = { critical: 'critical', high: 'warning', medium: 'warning', low: 'info', other: 'info' };

/** A ticket of the alert ticket type as a neutral alert: severity from its priority, resolved once closed. */
export function toAlert(ticket: HaloTicket, reference: ReferenceData): Alert {
  const mapped = toTicket(ticket, reference);
  const resolved = mapped.status === 'resolved' || mapped.status === 'closed';
  return {
    id: mapped.id,
    provider: 'halopsa',
    raw: ticket,
    title: mapped.title,
    message: mapped.description,
    severity: SEVERITY[mapped.priority],
    severityRaw: mapped.priorityRaw,
    status: resolved ? 'resolved' : 'open',
    customerId: mapped.customerId,
    customerName: mapped.customerName,
    deviceId: mapped.deviceId,
    deviceName: text(ticket.assets?.[0]?.key_field) ?? text(ticket.assets?.[0]?.inventory_number),
    ticketId: mapped.id,
    createdAt: mapped.createdAt,
    resolvedAt: resolved ? mapped.resolvedAt : null,
  };
}
