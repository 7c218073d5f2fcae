import type { TicketPriority, TicketStatus } from '@psagate/core';

/** Automate's ticket statuses by name (the stock ones; custom names map to `other`). */
export const TICKET_STATUS_NAMES: Readonly<Record<Exclude<TicketStatus, 'other'>, readonly string[]>> = {
  open: ['New'],
  in_progress: ['Open'],
  pending: ['Stalled'],
  resolved: ['Resolved'],
  closed: ['Closed'],
};

const STATUS_BY_NAME = new Map<string, TicketStatus>(
  Object.entries(TICKET_STATUS_NAMES).flatMap(([status, names]) => names.map((name) => [name.toLowerCase(), status as TicketStatus])),
);

const PRIORITY_BY_NAME: Readonly<Record<string, TicketPriority>> = {
  low: 'low',
  normal: 'medium',
  medium: 'medium',
  high: 'high',
  urgent: 'critical',
  critical: 'critical',
  emergency: 'critical',
};

/** The neutral status of an Automate status name (`other` for names outside the stock ones). */
export function ticketStatusOf(name: unknown): TicketStatus {
  return typeof name === 'string' ? (STATUS_BY_NAME.get(name.trim().toLowerCase()) ?? 'other') : 'other';
}

/** The neutral priority of an Automate priority name. */
export function ticketPriorityOf(name: unknown): TicketPriority {
  return typeof name === 'string' ? (PRIORITY_BY_NAME[name.trim().toLowerCase()] ?? 'other') : 'other';
}
