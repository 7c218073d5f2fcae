import {
  type Alert,
  type AlertSeverity,
  type Customer,
  type Device,
  type Ticket,
  type TicketComment,
  type TicketPriority,
  type TicketStatus,
  ResponseShapeError,
  toIsoDateTime,
} from '@psagate/core';
import type { AutomateAlert, AutomateClientRecord, AutomateComputer, AutomateReference, AutomateTicket, AutomateTicketComment } from '../schemas/records';

const PROVIDER = 'automate';

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

const SEVERITY_BY_NAME: Readonly<Record<string, AlertSeverity>> = {
  critical: 'critical',
  error: 'critical',
  emergency: 'critical',
  fatal: 'critical',
  warning: 'warning',
  warn: 'warning',
  informational: 'info',
  information: 'info',
  info: 'info',
};

const idOf = (value: unknown): string | null => (value === undefined || value === null || String(value).trim() === '' ? null : String(value));
const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
/** The id of a record Automate returned; without one the record cannot be addressed, so the answer is malformed. */
function recordIdOf(value: unknown, field: string, record: string): string {
  const id = idOf(value);
  if (id !== null) return id;
  throw new ResponseShapeError(`Automate returned a ${record} without its ${field}; the record cannot be addressed. Check the server version, or report it if it persists.`, {
    provider: PROVIDER,
    code: 'MISSING_ID',
    issues: [{ path: field, message: 'is missing' }],
  });
}

const nameOf = (reference: AutomateReference | null | undefined): string | null => textOf(reference?.Name);

export function ticketStatusOf(name: unknown): TicketStatus {
  return typeof name === 'string' ? (STATUS_BY_NAME.get(name.trim().toLowerCase()) ?? 'other') : 'other';
}

export function ticketPriorityOf(name: unknown): TicketPriority {
  return typeof name === 'string' ? (PRIORITY_BY_NAME[name.trim().toLowerCase()] ?? 'other') : 'other';
}

/** Severity by name; without a known name, by id (higher is more severe, per one low-confidence source). */
export function alertSeverityOf(severity: AutomateReference | null | undefined): AlertSeverity {
  const byName = typeof severity?.Name === 'string' ? SEVERITY_BY_NAME[severity.Name.trim().toLowerCase()] : undefined;
  if (byName) return byName;
  const id = Number(severity?.Id);
  if (Number.isFinite(id)) return id >= 3 ? 'critical' : id === 2 ? 'warning' : 'info';
  return 'info';
}

export function toCustomer(raw: AutomateClientRecord): Customer {
  const address = {
    street: textOf([raw.Address1, raw.Address2].filter((part) => textOf(part)).join(', ')),
    city: textOf(raw.City),
    state: textOf(raw.State),
    postalCode: textOf(raw.ZipCode),
    country: textOf(raw.Country),
  };
  return {
    id: recordIdOf(raw.Id, 'Id', 'client'),
    provider: PROVIDER,
    raw,
    name: raw.Name ?? raw.Company ?? '',
    domain: null,
    phone: textOf(raw.PhoneNumber),
    address: Object.values(address).some((part) => part !== null) ? address : null,
    createdAt: null,
    updatedAt: null,
  };
}

export function toDevice(raw: AutomateComputer): Device {
  const hostname = textOf(raw.ComputerName);
  return {
    id: recordIdOf(raw.Id, 'Id', 'computer'),
    provider: PROVIDER,
    raw,
    kind: 'agent',
    name: textOf(raw.FriendlyName) ?? hostname ?? String(raw.Id),
    hostname,
    customerId: idOf(raw.Client?.Id),
    customerName: nameOf(raw.Client),
    operatingSystem: textOf(raw.OperatingSystemName),
    ipAddress: textOf(raw.LocalIPAddress),
    serialNumber: textOf(raw.SerialNumber),
    online: typeof raw.Status === 'string' ? raw.Status.toLowerCase() === 'online' : null,
    lastSeenAt: toIsoDateTime(raw.RemoteAgentLastContact),
    createdAt: toIsoDateTime(raw.DateAdded),
    updatedAt: null,
  };
}

/** Automate lists only current alerts and has no resolved flag: every alert it returns is open. */
export function toAlert(raw: AutomateAlert): Alert {
  return {
    id: recordIdOf(raw.AlertId, 'AlertId', 'alert'),
    provider: PROVIDER,
    raw,
    title: textOf(raw.Message) ?? nameOf(raw.Monitor) ?? 'Automate alert',
    message: textOf(raw.Message),
    severity: alertSeverityOf(raw.Severity),
    severityRaw: raw.Severity?.Name ?? (typeof raw.Severity?.Id === 'number' ? raw.Severity.Id : null),
    status: 'open',
    customerId: idOf(raw.Client?.Id),
    customerName: nameOf(raw.Client),
    deviceId: idOf(raw.Computer?.Id ?? raw.Device?.Id),
    deviceName: textOf(raw.Computer?.Name) ?? nameOf(raw.Device),
    ticketId: null,
    createdAt: toIsoDateTime(raw.AlertDate),
    resolvedAt: null,
  };
}

export function toTicket(raw: AutomateTicket): Ticket {
  const status = ticketStatusOf(raw.Status?.Name);
  const firstComment = raw.Comments?.[0];
  return {
    id: recordIdOf(raw.TicketId, 'TicketId', 'ticket'),
    provider: PROVIDER,
    raw,
    number: raw.TicketId === undefined || raw.TicketId === null ? null : String(raw.TicketId),
    title: raw.Subject ?? '',
    description: textOf(firstComment?.Body),
    status,
    statusRaw: raw.Status?.Name ?? (typeof raw.Status?.Id === 'number' ? raw.Status.Id : null),
    priority: ticketPriorityOf(raw.Priority?.Name),
    priorityRaw: raw.Priority?.Name ?? (typeof raw.Priority?.Id === 'number' ? raw.Priority.Id : null),
    customerId: idOf(raw.Client?.Id),
    customerName: nameOf(raw.Client),
    deviceId: idOf(raw.Computer?.Id),
    contact: textOf(raw.From) ? { id: null, name: null, email: textOf(raw.From) } : null,
    assigneeId: idOf(raw.User?.UserId),
    assigneeName: textOf(raw.User?.Name),
    createdAt: toIsoDateTime(raw.StartDate),
    updatedAt: toIsoDateTime(raw.UpdateDate),
    resolvedAt: null,
  };
}

/** Comments are embedded in the ticket; Automate does not mark any as internal. */
export function toComment(ticketId: string, raw: AutomateTicketComment, index: number): TicketComment {
  return {
    id: idOf(raw.Id) ?? `${ticketId}-${index + 1}`,
    provider: PROVIDER,
    raw,
    ticketId,
    body: raw.Body ?? '',
    bodyHtml: null,
    isInternal: false,
    authorName: textOf(raw.User?.Name),
    authorEmail: textOf(raw.From),
    createdAt: toIsoDateTime(raw.CreatedDate),
  };
}
