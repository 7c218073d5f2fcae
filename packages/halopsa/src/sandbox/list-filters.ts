import type { HaloAsset } from '../schemas/asset';
import type { HaloClient, HaloContract, HaloSite, HaloUser } from '../schemas/organisation';
import type { HaloAction, HaloTicket } from '../schemas/ticket';

type Filter<T> = (record: T, query: URLSearchParams) => boolean;

const intOf = (query: URLSearchParams, name: string): number | undefined => {
  const raw = query.get(name);
  return raw === null || raw === '' ? undefined : Number(raw);
};
const idsOf = (query: URLSearchParams, name: string): number[] | undefined => {
  const raw = query.get(name);
  return raw === null || raw === '' ? undefined : raw.split(',').map(Number);
};
const flag = (query: URLSearchParams, name: string): boolean => query.get(name)?.toLowerCase() === 'true';
const matches = (value: number | null | undefined, wanted: number | undefined): boolean => wanted === undefined || value === wanted;
const contains = (needle: string | null, ...fields: (string | null | undefined)[]): boolean =>
  needle === null || needle === '' || fields.some((field) => field?.toLowerCase().includes(needle.toLowerCase()) ?? false);
/** Halo dates carry no offset; they are UTC. */
const time = (value: string | null | undefined): number | undefined => (value ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`) : undefined);
const within = (value: string | null | undefined, from: string | null, to: string | null): boolean => {
  if (from === null && to === null) return true;
  const at = time(value);
  if (at === undefined) return false;
  return (from === null || at >= (time(from) ?? Number.NEGATIVE_INFINITY)) && (to === null || at <= (time(to) ?? Number.POSITIVE_INFINITY));
};
/** `datesearch` names the date field (Halo spells "dateoccured" with one r). */
const DATE_FIELDS: Readonly<Record<string, keyof HaloTicket>> = { dateoccured: 'dateoccurred', datecleared: 'dateclosed', lastactiondate: 'lastactiondate', fixbydate: 'fixbydate', deadlinedate: 'deadlinedate' };

export const ticketFilter: Filter<HaloTicket> = (ticket, query) => {
  const statuses = idsOf(query, 'status');
  const priorities = idsOf(query, 'priority');
  const dateField = DATE_FIELDS[query.get('datesearch') ?? ''];
  return (
    matches(ticket.client_id, intOf(query, 'client_id')) &&
    matches(ticket.site_id, intOf(query, 'site_id')) &&
    matches(ticket.user_id, intOf(query, 'user_id')) &&
    matches(ticket.agent_id, intOf(query, 'agent_id')) &&
    matches(ticket.status_id, intOf(query, 'status_id')) &&
    matches(ticket.tickettype_id, intOf(query, 'tickettype_id')) &&
    matches(ticket.tickettype_id, intOf(query, 'requesttype_id')) &&
    (idsOf(query, 'requesttype') === undefined || (idsOf(query, 'requesttype') ?? []).includes(ticket.tickettype_id ?? -1)) &&
    matches(ticket.contract_id, intOf(query, 'contract_id')) &&
    (statuses === undefined || statuses.includes(ticket.status_id ?? -1)) &&
    (priorities === undefined || priorities.includes(ticket.priority_id ?? -1)) &&
    (intOf(query, 'asset_id') === undefined || (ticket.assets ?? []).some((asset) => asset.id === intOf(query, 'asset_id'))) &&
    (!flag(query, 'open_only') || ticket.hasbeenclosed !== true) &&
    (!flag(query, 'closed_only') || ticket.hasbeenclosed === true) &&
    contains(query.get('search'), String(ticket.id), ticket.summary, ticket.details) &&
    contains(query.get('search_summary'), ticket.summary) &&
    (dateField === undefined || within(ticket[dateField] as string | null | undefined, query.get('startdate'), query.get('enddate'))) &&
    within(ticket.last_update, query.get('lastupdatefromdate'), query.get('lastupdatetodate'))
  );
};

export const actionFilter: Filter<HaloAction> = (action, query) =>
  matches(action.ticket_id, intOf(query, 'ticket_id')) &&
  (!flag(query, 'excludeprivate') || action.hiddenfromuser !== true) &&
  (!flag(query, 'importantonly') || action.important === true) &&
  within(action.datetime, query.get('startdate'), query.get('enddate'));

const active = (inactive: boolean | null | undefined, query: URLSearchParams): boolean => inactive !== true || flag(query, 'includeinactive');

export const clientFilter: Filter<HaloClient> = (client, query) =>
  active(client.inactive, query) && matches(client.toplevel_id, intOf(query, 'toplevel_id')) && contains(query.get('search'), client.name);

export const siteFilter: Filter<HaloSite> = (site, query) =>
  active(site.inactive, query) && matches(site.client_id, intOf(query, 'client_id')) && contains(query.get('search'), site.name, site.client_name);

export const userFilter: Filter<HaloUser> = (user, query) =>
  active(user.inactive, query) &&
  matches(user.client_id, intOf(query, 'client_id')) &&
  matches(user.site_id, intOf(query, 'site_id')) &&
  contains(query.get('search'), user.name, user.emailaddress);

export const assetFilter: Filter<HaloAsset> = (asset, query) =>
  active(asset.inactive, query) &&
  matches(asset.client_id, intOf(query, 'client_id')) &&
  matches(asset.site_id, intOf(query, 'site_id')) &&
  matches(asset.assettype_id, intOf(query, 'assettype_id')) &&
  (query.get('inventory_number') === null || asset.inventory_number === query.get('inventory_number')) &&
  contains(query.get('search'), asset.key_field, asset.inventory_number);

export const contractFilter: Filter<HaloContract> = (contract, query) =>
  matches(contract.client_id, intOf(query, 'client_id')) &&
  matches(contract.site_id, intOf(query, 'site_id')) &&
  (contract.active !== false || flag(query, 'includeinactive')) &&
  contains(query.get('search'), contract.ref, contract.client_name);

/** Sorts by `order` (a field name), descending with `orderdesc=true`; by id otherwise. */
export function ordered<T extends { id: number }>(records: readonly T[], query: URLSearchParams): T[] {
  const field = query.get('order') ?? 'id';
  const sign = flag(query, 'orderdesc') ? -1 : 1;
  const valueOf = (record: T): unknown => (record as Record<string, unknown>)[field];
  return [...records].sort((a, b) => (compare(valueOf(a), valueOf(b)) || a.id - b.id) * sign);
}

function compare(left: unknown, right: unknown): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return String(left ?? '').localeCompare(String(right ?? ''));
}
