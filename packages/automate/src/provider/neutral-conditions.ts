import type { AlertListQuery, CustomerListQuery, DeviceListQuery, TicketListQuery, TicketStatus } from '@psagate/core';
import { type Condition, allOf, field, or } from '../condition/condition';
import { TICKET_STATUS_NAMES } from '../mapping/ticket-vocabulary';

/**
 * Neutral list filters compiled to Automate conditions. Only the filters the provider declares as
 * `serverFilters` are compiled here; the gateway applies the others to the mapped records.
 */

/** Automate ids are integers; a neutral id of digits is compared as a number, anything else as text. */
const idValue = (id: string): number | string => (/^\d{1,15}$/.test(id) ? Number(id) : id);
const since = (iso: string): Date => new Date(iso);

export function ticketCondition(query: TicketListQuery): Condition | undefined {
  return allOf(
    query.status ? ticketStatusCondition(query.status) : undefined,
    query.customerId ? field('Client.Id').eq(idValue(query.customerId)) : undefined,
    query.deviceId ? field('Computer.Id').eq(idValue(query.deviceId)) : undefined,
    query.updatedSince ? field('UpdateDate').gte(since(query.updatedSince)) : undefined,
    query.createdSince ? field('StartDate').gte(since(query.createdSince)) : undefined,
  );
}

/** `Status.Name in (...)`; `other` means any status outside the stock names. */
function ticketStatusCondition(statuses: readonly TicketStatus[]): Condition {
  const names = statuses.flatMap((status) => (status === 'other' ? [] : TICKET_STATUS_NAMES[status]));
  const known = names.length > 0 ? field('Status.Name').in(names) : undefined;
  const other = statuses.includes('other') ? field('Status.Name').notIn(Object.values(TICKET_STATUS_NAMES).flat()) : undefined;
  return known && other ? or(known, other) : ((known ?? other) as Condition);
}

export function computerCondition(query: DeviceListQuery): Condition | undefined {
  return allOf(
    query.customerId ? field('Client.Id').eq(idValue(query.customerId)) : undefined,
    query.search ? or(field('ComputerName').contains(query.search), field('FriendlyName').contains(query.search)) : undefined,
    query.createdSince ? field('DateAdded').gte(since(query.createdSince)) : undefined,
  );
}

export function alertCondition(query: AlertListQuery): Condition | undefined {
  return allOf(
    query.customerId ? field('Client.Id').eq(idValue(query.customerId)) : undefined,
    query.deviceId ? field('Computer.Id').eq(idValue(query.deviceId)) : undefined,
    query.search ? field('Message').contains(query.search) : undefined,
    query.createdSince ? field('AlertDate').gte(since(query.createdSince)) : undefined,
  );
}

export function clientCondition(query: CustomerListQuery): Condition | undefined {
  return query.search ? field('Name').contains(query.search) : undefined;
}

/** List params for a compiled condition: none when there is nothing to filter on. */
export function conditionParams(condition: Condition | undefined): { readonly condition?: Condition } {
  return condition === undefined ? {} : { condition };
}
