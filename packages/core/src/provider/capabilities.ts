import type { AlertFilter, CustomerFilter, DeviceFilter, TicketFilter } from '../models/queries';

export const ticketOperations = ['list', 'get', 'create', 'update', 'listComments', 'addComment'] as const;
export const deviceOperations = ['list', 'get'] as const;
export const alertOperations = ['list', 'get', 'resolve'] as const;
export const customerOperations = ['list', 'get'] as const;

export const ticketFilters = ['status', 'priority', 'customerId', 'deviceId', 'search', 'updatedSince', 'createdSince'] as const satisfies readonly TicketFilter[];
export const deviceFilters = ['kind', 'customerId', 'search', 'updatedSince', 'createdSince'] as const satisfies readonly DeviceFilter[];
export const alertFilters = ['status', 'severity', 'customerId', 'deviceId', 'search', 'createdSince'] as const satisfies readonly AlertFilter[];
export const customerFilters = ['search', 'updatedSince', 'createdSince'] as const satisfies readonly CustomerFilter[];

export type TicketOperation = (typeof ticketOperations)[number];
export type DeviceOperation = (typeof deviceOperations)[number];
export type AlertOperation = (typeof alertOperations)[number];
export type CustomerOperation = (typeof customerOperations)[number];

/** What a provider declares for one resource. */
export interface ResourceSupport<Operation extends string, Filter extends string> {
  /** Operations the provider implements. */
  readonly operations: readonly Operation[];
  /** Filters the PSA applies itself; every other filter is applied by the gateway on the results. */
  readonly serverFilters?: readonly Filter[] | undefined;
  /** What a user should know about this resource on this PSA (how it is emulated, which setting it needs). */
  readonly note?: string | undefined;
}

/** What a provider declares in `definePsaProvider`. */
export interface ProviderSupport {
  readonly tickets?: ResourceSupport<TicketOperation, TicketFilter> | undefined;
  readonly devices?: ResourceSupport<DeviceOperation, DeviceFilter> | undefined;
  readonly alerts?: ResourceSupport<AlertOperation, AlertFilter> | undefined;
  readonly customers?: ResourceSupport<CustomerOperation, CustomerFilter> | undefined;
}

/** Where a filter is applied. */
export type FilterMode = 'server' | 'client';

/** One resource's capabilities as `gateway.capabilities` reports them: every operation and every filter spelled out. */
export interface ResourceCapabilities<Operation extends string, Filter extends string> {
  readonly operations: Readonly<Record<Operation, boolean>>;
  readonly filters: Readonly<Record<Filter, FilterMode>>;
  /** The provider's note on this resource, when it has one. */
  readonly note?: string | undefined;
}

export interface ProviderCapabilities {
  readonly tickets: ResourceCapabilities<TicketOperation, TicketFilter>;
  readonly devices: ResourceCapabilities<DeviceOperation, DeviceFilter>;
  readonly alerts: ResourceCapabilities<AlertOperation, AlertFilter>;
  readonly customers: ResourceCapabilities<CustomerOperation, CustomerFilter>;
}

function resolve<Operation extends string, Filter extends string>(
  operations: readonly Operation[],
  filters: readonly Filter[],
  support: ResourceSupport<Operation, Filter> | undefined,
): ResourceCapabilities<Operation, Filter> {
  const declared = new Set<string>(support?.operations ?? []);
  const server = new Set<string>(support?.serverFilters ?? []);
  return Object.freeze({
    operations: Object.freeze(Object.fromEntries(operations.map((operation) => [operation, declared.has(operation)])) as Record<Operation, boolean>),
    filters: Object.freeze(Object.fromEntries(filters.map((filter) => [filter, server.has(filter) ? 'server' : 'client'])) as Record<Filter, FilterMode>),
    ...(support?.note === undefined ? {} : { note: support.note }),
  });
}

/** Spells out a provider's declaration: every operation true or false, every filter `server` or `client`. */
export function resolveCapabilities(support: ProviderSupport): ProviderCapabilities {
  return Object.freeze({
    tickets: resolve(ticketOperations, ticketFilters, support.tickets),
    devices: resolve(deviceOperations, deviceFilters, support.devices),
    alerts: resolve(alertOperations, alertFilters, support.alerts),
    customers: resolve(customerOperations, customerFilters, support.customers),
  });
}
