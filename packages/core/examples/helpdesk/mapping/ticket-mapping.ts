import type { Ticket, TicketPriority, TicketStatus } from '@psagate/core';
import { neutralIdOf } from '@psagate/core/provider';
import type { HelpdeskTicket } from '../schemas/helpdesk-records';

/** Helpdesk's ticket states and urgencies as neutral statuses and priorities, and back. */
export const STATUS_FROM_STATE: Readonly<Record<string, TicketStatus>> = { new: 'open', waiting: 'pending', working: 'in_progress', done: 'resolved', archived: 'closed' };
export const STATE_FROM_STATUS: Readonly<Partial<Record<TicketStatus, string>>> = { open: 'new', pending: 'waiting', in_progress: 'working', resolved: 'done', closed: 'archived' };
export const PRIORITY_FROM_URGENCY: Readonly<Record<number, TicketPriority>> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'critical' };
export const URGENCY_FROM_PRIORITY: Readonly<Partial<Record<TicketPriority, number>>> = { low: 1, medium: 2, high: 3, critical: 4 };

/** A Helpdesk ticket as a neutral ticket: normalised status and priority, with Helpdesk's own values beside them. */
export const toTicket = (raw: HelpdeskTicket): Ticket => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  number: `HD-${raw.id}`,
  title: raw.subject,
  description: raw.body,
  status: STATUS_FROM_STATE[raw.state] ?? 'other',
  statusRaw: raw.state,
  priority: PRIORITY_FROM_URGENCY[raw.urgency] ?? 'other',
  priorityRaw: raw.urgency,
  customerId: neutralIdOf(raw.customer_id),
  customerName: null,
  deviceId: neutralIdOf(raw.device_id),
  contact: null,
  assigneeId: null,
  assigneeName: null,
  createdAt: raw.created_at,
  updatedAt: raw.updated_at,
  resolvedAt: null,
});
