import { type TicketPriority, type TicketStatus, ValidationError } from '@psagate/core';

const STATUS_FROM_ATERA: Readonly<Record<string, TicketStatus>> = { open: 'open', pending: 'pending', resolved: 'resolved', closed: 'closed' };
const ATERA_STATUS: Partial<Record<TicketStatus, string>> = { open: 'Open', pending: 'Pending', resolved: 'Resolved', closed: 'Closed' };

const PRIORITY_FROM_ATERA: Readonly<Record<string, TicketPriority>> = { low: 'low', medium: 'medium', high: 'high', critical: 'critical' };
const ATERA_PRIORITY: Partial<Record<TicketPriority, 'Low' | 'Medium' | 'High' | 'Critical'>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Atera's four built-in statuses; custom statuses an account adds read as `other`. */
export function ticketStatusFromAtera(raw: string | null | undefined): TicketStatus {
  return (raw && STATUS_FROM_ATERA[raw.trim().toLowerCase()]) || 'other';
}

export function ticketPriorityFromAtera(raw: string | null | undefined): TicketPriority {
  return (raw && PRIORITY_FROM_ATERA[raw.trim().toLowerCase()]) || 'other';
}

/** The Atera status for a neutral one, or undefined where Atera has none (`in_progress`, `other`). */
export function ateraStatusOf(status: TicketStatus): string | undefined {
  return ATERA_STATUS[status];
}

export function ateraStatusFor(status: TicketStatus, operation: string): string {
  const raw = ateraStatusOf(status);
  if (raw) return raw;
  throw new ValidationError(
    `atera ${operation}: Atera has no "${status}" ticket status; use open, pending, resolved or closed, or set a custom status of your account with native: { TicketStatus: '...' }. Nothing was sent.`,
    { provider: 'atera', operation, code: 'UNSUPPORTED_STATUS', issues: [{ path: 'status', message: `Atera has no ${status} status` }] },
  );
}

export function ateraPriorityFor(priority: TicketPriority, operation: string): 'Low' | 'Medium' | 'High' | 'Critical' {
  const raw = ATERA_PRIORITY[priority];
  if (raw) return raw;
  throw new ValidationError(`atera ${operation}: Atera has no "${priority}" priority; use low, medium, high or critical. Nothing was sent.`, {
    provider: 'atera',
    operation,
    code: 'UNSUPPORTED_PRIORITY',
    issues: [{ path: 'priority', message: `Atera has no ${priority} priority` }],
  });
}
