import type { Alert } from '../models/alert';
import type { Customer } from '../models/customer';
import type { Device } from '../models/device';
import type { AlertListQuery, CustomerListQuery, DeviceListQuery, TicketListQuery } from '../models/queries';
import type { Ticket } from '../models/ticket';
import type { FilterMode } from '../provider/capabilities';

type Matcher<Record, Query> = (record: Record, query: Query) => boolean;

/**
 * Builds the predicate for the filters the provider leaves to the client: only filters that are
 * set in the query and marked `client` in the capabilities take part. Undefined when none do.
 */
function predicateFor<Record, Query extends object>(
  query: Query,
  modes: Readonly<Partial<{ [K in keyof Query]: FilterMode }>>,
  matchers: { readonly [K in keyof Query]-?: Matcher<Record, Query> },
): ((record: Record) => boolean) | undefined {
  const active = (Object.keys(query) as (keyof Query)[]).filter((key) => query[key] !== undefined && modes[key] !== 'server');
  if (active.length === 0) return undefined;
  return (record) => active.every((key) => matchers[key](record, query));
}

const contains = (needle: string, ...fields: (string | null)[]): boolean => {
  const lower = needle.toLowerCase();
  return fields.some((field) => field?.toLowerCase().includes(lower) ?? false);
};

/** True when `date` (ISO) is at or after `since` (ISO); records without a date never match. */
const onOrAfter = (date: string | null, since: string): boolean => date !== null && Date.parse(date) >= Date.parse(since);

export const ticketPredicate = (query: TicketListQuery, modes: Readonly<Record<keyof TicketListQuery, FilterMode>>) =>
  predicateFor<Ticket, TicketListQuery>(query, modes, {
    status: (ticket, { status }) => status?.includes(ticket.status) ?? true,
    priority: (ticket, { priority }) => priority?.includes(ticket.priority) ?? true,
    customerId: (ticket, { customerId }) => ticket.customerId === customerId,
    deviceId: (ticket, { deviceId }) => ticket.deviceId === deviceId,
    search: (ticket, { search }) => contains(search ?? '', ticket.number, ticket.title, ticket.description),
    updatedSince: (ticket, { updatedSince }) => onOrAfter(ticket.updatedAt ?? ticket.createdAt, updatedSince ?? ''),
    createdSince: (ticket, { createdSince }) => onOrAfter(ticket.createdAt, createdSince ?? ''),
  });

export const devicePredicate = (query: DeviceListQuery, modes: Readonly<Record<keyof DeviceListQuery, FilterMode>>) =>
  predicateFor<Device, DeviceListQuery>(query, modes, {
    kind: (device, { kind }) => kind?.includes(device.kind) ?? true,
    customerId: (device, { customerId }) => device.customerId === customerId,
    search: (device, { search }) => contains(search ?? '', device.name, device.hostname),
    updatedSince: (device, { updatedSince }) => onOrAfter(device.updatedAt ?? device.createdAt, updatedSince ?? ''),
    createdSince: (device, { createdSince }) => onOrAfter(device.createdAt, createdSince ?? ''),
  });

export const alertPredicate = (query: AlertListQuery, modes: Readonly<Record<keyof AlertListQuery, FilterMode>>) =>
  predicateFor<Alert, AlertListQuery>(query, modes, {
    status: (alert, { status }) => status?.includes(alert.status) ?? true,
    severity: (alert, { severity }) => severity?.includes(alert.severity) ?? true,
    customerId: (alert, { customerId }) => alert.customerId === customerId,
    deviceId: (alert, { deviceId }) => alert.deviceId === deviceId,
    search: (alert, { search }) => contains(search ?? '', alert.title, alert.message),
    createdSince: (alert, { createdSince }) => onOrAfter(alert.createdAt, createdSince ?? ''),
  });

export const customerPredicate = (query: CustomerListQuery, modes: Readonly<Record<keyof CustomerListQuery, FilterMode>>) =>
  predicateFor<Customer, CustomerListQuery>(query, modes, {
    search: (customer, { search }) => contains(search ?? '', customer.name, customer.domain),
    updatedSince: (customer, { updatedSince }) => onOrAfter(customer.updatedAt ?? customer.createdAt, updatedSince ?? ''),
    createdSince: (customer, { createdSince }) => onOrAfter(customer.createdAt, createdSince ?? ''),
  });
