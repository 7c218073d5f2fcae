import { jsonResponse } from '@psagate/core/sandbox-kit';
import type { HaloAction, HaloTicket } from '../schemas/ticket';
import { type ErrorStyleRotation, type FieldProblem, haloError } from './error-bodies';
import { actionFilter, assetFilter, clientFilter, contractFilter, ordered, siteFilter, ticketFilter, userFilter } from './list-filters';
import { HALO_NO_DATE, type HaloSandboxState, SANDBOX_CLOSED_STATUSES } from './sandbox-records';
import { haloDate } from './seed-state';

type AnyRecord = { id: number } & Record<string, unknown>;

/** One collection of the API: where its records live and how its lists and writes behave. */
interface Collection {
  /** Route group, as the client names it (`tickets`). */
  readonly group: string;
  /** Records key of list envelopes. */
  readonly key: string;
  /** For messages: `Ticket 5 not found`. */
  readonly label: string;
  readonly records: () => AnyRecord[];
  /** `paged`: honours `pageinate`; `lookup`: reference data, a bare array unless wrapped. */
  readonly list: 'paged' | 'lookup';
  readonly filter: (record: never, query: URLSearchParams) => boolean;
  readonly writable: boolean;
  readonly required: readonly string[];
}

export interface HaloApiOptions {
  readonly state: HaloSandboxState;
  readonly now: () => number;
  readonly errors: ErrorStyleRotation;
  /** Reference lists as `{ record_count, <key>: [...] }` instead of bare arrays. */
  readonly lookupsWrapped: boolean;
  /** Serve pages of this size whatever `page_size` asks (Halo does this on some lists). */
  readonly servedPageSize: number | undefined;
  /** Called once per applied write. */
  readonly onWrite: () => void;
}

const MAX_PAGE_SIZE = 100;
const accept = (): boolean => true;

/** A Halo route the sandbox matched: its name (as the client's operation ids) and what answers it. */
export interface MatchedRoute {
  readonly name: string;
  answer(): Promise<Response>;
}

/**
 * The Halo REST API over the sandbox state: lists with Halo's `pageinate` paging and filters,
 * get, create and update by POSTing arrays, delete, and actions numbered per ticket.
 */
export class HaloApi {
  readonly #collections: ReadonlyMap<string, Collection>;
  #nextId = 90_000;

  constructor(private readonly options: HaloApiOptions) {
    const { state } = options;
    const collection = (path: string, spec: Collection): [string, Collection] => [path, spec];
    this.#collections = new Map([
      collection('tickets', { group: 'tickets', key: 'tickets', label: 'Ticket', records: () => state.tickets as AnyRecord[], list: 'paged', filter: ticketFilter, writable: true, required: ['summary'] }),
      collection('client', { group: 'clients', key: 'clients', label: 'Client', records: () => state.clients as AnyRecord[], list: 'paged', filter: clientFilter, writable: true, required: ['name'] }),
      collection('site', { group: 'sites', key: 'sites', label: 'Site', records: () => state.sites as AnyRecord[], list: 'paged', filter: siteFilter, writable: true, required: ['name', 'client_id'] }),
      collection('asset', { group: 'assets', key: 'assets', label: 'Asset', records: () => state.assets as AnyRecord[], list: 'paged', filter: assetFilter, writable: true, required: ['client_id'] }),
      collection('users', { group: 'users', key: 'users', label: 'User', records: () => state.users as AnyRecord[], list: 'paged', filter: userFilter, writable: true, required: ['name'] }),
      collection('clientcontract', { group: 'contracts', key: 'contracts', label: 'Contract', records: () => state.contracts as AnyRecord[], list: 'paged', filter: contractFilter, writable: true, required: ['client_id'] }),
      collection('agent', { group: 'agents', key: 'agents', label: 'Agent', records: () => state.agents as AnyRecord[], list: 'lookup', filter: accept, writable: false, required: [] }),
      collection('status', { group: 'statuses', key: 'statuses', label: 'Status', records: () => state.statuses as AnyRecord[], list: 'lookup', filter: accept, writable: false, required: [] }),
      collection('priority', { group: 'priorities', key: 'priorities', label: 'Priority', records: () => state.priorities as unknown as AnyRecord[], list: 'lookup', filter: accept, writable: false, required: [] }),
      collection('tickettype', { group: 'ticketTypes', key: 'ticket_types', label: 'Ticket type', records: () => state.ticketTypes as AnyRecord[], list: 'lookup', filter: accept, writable: false, required: [] }),
    ]);
  }

  /** The route for `method` and a path under `/api` (`/Tickets/5`), or undefined when Halo has none. */
  match(method: string, apiPath: string, query: URLSearchParams, request: Request): MatchedRoute | undefined {
    const [resource = '', id, extra] = apiPath.replace(/^\/+|\/+$/g, '').split('/');
    if (extra !== undefined) return undefined;
    const name = resource.toLowerCase();
    if (name === 'actions') return this.#actionRoute(method, id, query, request);
    const collection = this.#collections.get(name);
    if (!collection) return undefined;
    const { group } = collection;
    if (method === 'GET' && id === undefined) return { name: `${group}.list`, answer: async () => this.#list(collection, query) };
    if (method === 'GET' && id !== undefined) return { name: `${group}.get`, answer: async () => this.#get(collection, id) };
    if (method === 'POST' && id === undefined && collection.writable) {
      return { name: `${group}.save`, answer: async () => this.#save(collection, await readJson(request)) };
    }
    if (method === 'DELETE' && id !== undefined && collection.writable) return { name: `${group}.delete`, answer: async () => this.#delete(collection, id) };
    return undefined;
  }

  error(status: number, message: string, problems?: readonly FieldProblem[]): Response {
    return haloError(status, message, problems ? 'errors' : this.options.errors.next(), problems ? { problems } : {});
  }

  #list(collection: Collection, query: URLSearchParams): Response {
    const records = ordered(
      collection.records().filter((record) => (collection.filter as (record: AnyRecord, query: URLSearchParams) => boolean)(record, query)),
      query,
    ).map((record) => this.#shown(collection, record, query));
    if (collection.list === 'lookup') {
      return jsonResponse(this.options.lookupsWrapped ? { record_count: records.length, [collection.key]: records } : records);
    }
    return this.#page(collection.key, records, query);
  }

  /** Halo's paging: only with `pageinate=true`; otherwise the whole list (capped by `count`). */
  #page(key: string, records: readonly unknown[], query: URLSearchParams): Response {
    if (query.get('pageinate')?.toLowerCase() !== 'true') {
      const count = Number(query.get('count') ?? records.length);
      return jsonResponse({ record_count: records.length, [key]: records.slice(0, Number.isFinite(count) ? count : records.length) });
    }
    const pageNo = Number(query.get('page_no') ?? '1');
    const asked = Number(query.get('page_size') ?? '50');
    if (!Number.isInteger(pageNo) || pageNo < 1) return this.error(400, 'page_no must be a whole number of 1 or more.', [{ field: 'page_no', message: 'must be 1 or more' }]);
    if (!Number.isInteger(asked) || asked < 1) return this.error(400, 'page_size must be a whole number of 1 or more.', [{ field: 'page_size', message: 'must be 1 or more' }]);
    const pageSize = this.options.servedPageSize ?? Math.min(asked, MAX_PAGE_SIZE);
    return jsonResponse({ page_no: pageNo, page_size: pageSize, record_count: records.length, [key]: records.slice((pageNo - 1) * pageSize, pageNo * pageSize) });
  }

  #get(collection: Collection, rawId: string): Response {
    const record = this.#find(collection.records(), rawId);
    if (!record) return this.error(404, `${collection.label} ${rawId} not found.`);
    return jsonResponse(this.#shown(collection, record, new URLSearchParams({ includeassetfields: 'true' })));
  }

  /** Asset lists carry the type-specific `fields` only when asked (`includeassetfields=true`). */
  #shown(collection: Collection, record: AnyRecord, query: URLSearchParams): AnyRecord {
    if (collection.group !== 'assets' || query.get('includeassetfields') === 'true') return record;
    const { fields: _fields, ...rest } = record;
    return rest as AnyRecord;
  }

  #save(collection: Collection, body: unknown): Response {
    if (!Array.isArray(body) || body.length === 0) return this.error(400, `POST /api/${collection.key} takes a JSON array of records.`);
    const problems: FieldProblem[] = [];
    for (const [index, item] of body.entries()) {
      if (!isRecord(item)) {
        problems.push({ field: `[${index}]`, message: 'must be an object' });
        continue;
      }
      if (item.id !== undefined && item.id !== null && Number(item.id) > 0) {
        if (!this.#find(collection.records(), String(item.id))) return this.error(404, `${collection.label} ${String(item.id)} not found.`);
        continue;
      }
      for (const field of collection.required) {
        const value = item[field];
        if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) problems.push({ field, message: `${field} is required` });
      }
      if (collection.group === 'tickets' && item.status_id !== undefined && !this.options.state.statuses.some((status) => status.id === item.status_id)) {
        problems.push({ field: 'status_id', message: `status ${String(item.status_id)} does not exist` });
      }
    }
    if (problems.length > 0) return this.error(400, 'The request is invalid.', problems);
    const saved = (body as Record<string, unknown>[]).map((item) => this.#apply(collection, item));
    this.options.onWrite();
    return jsonResponse(saved.length === 1 ? saved[0] : saved);
  }

  #apply(collection: Collection, item: Record<string, unknown>): AnyRecord {
    const now = haloDate(this.options.now());
    const existing = item.id !== undefined && item.id !== null && Number(item.id) > 0 ? this.#find(collection.records(), String(item.id)) : undefined;
    const record = existing ?? ({ id: this.#nextId++ } as AnyRecord);
    const { id: _id, ...changes } = item;
    if (!existing && collection.group === 'tickets') {
      Object.assign(record, { status_id: 1, priority_id: 3, tickettype_id: 1, agent_id: 0, agent_name: '', datecreated: null, hasbeenclosed: false, dateclosed: HALO_NO_DATE, targetdate: HALO_NO_DATE, dateoccurred: now, assets: [] });
    }
    Object.assign(record, changes);
    if (collection.group === 'tickets') this.#afterTicketChange(record as unknown as HaloTicket, now);
    if (!existing) collection.records().push(record);
    return record;
  }

  #afterTicketChange(ticket: HaloTicket, now: string): void {
    const client = this.options.state.clients.find((candidate) => candidate.id === ticket.client_id);
    ticket.client_name = client?.name ?? null;
    const closes = SANDBOX_CLOSED_STATUSES.includes(ticket.status_id ?? 0);
    if (closes && ticket.hasbeenclosed !== true) Object.assign(ticket, { hasbeenclosed: true, dateclosed: now });
    if (!closes && ticket.hasbeenclosed === true) Object.assign(ticket, { hasbeenclosed: false, dateclosed: HALO_NO_DATE });
    ticket.agent_name = '';
    ticket.last_update = now;
    ticket.lastactiondate = now;
  }

  #delete(collection: Collection, rawId: string): Response {
    const records = collection.records();
    const record = this.#find(records, rawId);
    if (!record) return this.error(404, `${collection.label} ${rawId} not found.`);
    records.splice(records.indexOf(record), 1);
    if (collection.group === 'tickets') this.#removeActions(record.id);
    this.options.onWrite();
    return new Response(null, { status: 200 });
  }

  #actionRoute(method: string, rawId: string | undefined, query: URLSearchParams, request: Request): MatchedRoute | undefined {
    const { state } = this.options;
    const ticketId = query.get('ticket_id');
    const needTicket = (): Response | undefined =>
      ticketId === null || !/^\d+$/.test(ticketId)
        ? this.error(400, 'ticket_id is required: action ids are numbered within their ticket.', [{ field: 'ticket_id', message: 'is required' }])
        : undefined;
    const find = (): HaloAction | undefined => state.actions.find((action) => String(action.id) === rawId && String(action.ticket_id) === ticketId);
    if (method === 'GET' && rawId === undefined) {
      return {
        name: 'actions.list',
        answer: async () => {
          const actions = state.actions.filter((action) => actionFilter(action, query));
          const count = Number(query.get('count') ?? actions.length);
          return jsonResponse({ record_count: actions.length, actions: actions.slice(0, Number.isFinite(count) ? count : actions.length) });
        },
      };
    }
    if (method === 'GET' && rawId !== undefined) {
      return { name: 'actions.get', answer: async () => needTicket() ?? this.#found(find(), `Action ${rawId} of ticket ${String(ticketId)} not found.`) };
    }
    if (method === 'DELETE' && rawId !== undefined) {
      return {
        name: 'actions.delete',
        answer: async () => {
          const missing = needTicket();
          if (missing) return missing;
          const action = find();
          if (!action) return this.error(404, `Action ${rawId} of ticket ${String(ticketId)} not found.`);
          state.actions.splice(state.actions.indexOf(action), 1);
          this.options.onWrite();
          return new Response(null, { status: 200 });
        },
      };
    }
    if (method === 'POST' && rawId === undefined) return { name: 'actions.save', answer: async () => this.#saveActions(await readJson(request)) };
    return undefined;
  }

  #saveActions(body: unknown): Response {
    const { state } = this.options;
    if (!Array.isArray(body) || body.length === 0) return this.error(400, 'POST /api/Actions takes a JSON array of actions.');
    const problems: FieldProblem[] = [];
    for (const item of body as unknown[]) {
      const ticketId = isRecord(item) ? Number(item.ticket_id) : Number.NaN;
      if (!state.tickets.some((ticket) => ticket.id === ticketId)) problems.push({ field: 'ticket_id', message: 'must name an existing ticket' });
      else if (isRecord(item) && item.id !== undefined && !state.actions.some((action) => action.ticket_id === ticketId && action.id === Number(item.id))) {
        return this.error(404, `Action ${String(item.id)} of ticket ${ticketId} not found.`);
      }
    }
    if (problems.length > 0) return this.error(400, 'The request is invalid.', problems);
    const now = haloDate(this.options.now());
    const saved = (body as Record<string, unknown>[]).map((item) => {
      const ticketId = Number(item.ticket_id);
      const existing = state.actions.find((action) => action.ticket_id === ticketId && action.id === Number(item.id));
      const action: HaloAction =
        existing ??
        ({
          id: 1 + Math.max(0, ...state.actions.filter((candidate) => candidate.ticket_id === ticketId).map((candidate) => candidate.id)),
          ticket_id: ticketId,
          outcome: 'Note',
          who: 'API',
          datetime: now,
          actiondatecreated: now,
          hiddenfromuser: false,
        } as HaloAction);
      Object.assign(action, item, { id: action.id, ticket_id: ticketId, last_updated: now });
      if (!existing) state.actions.push(action);
      const ticket = state.tickets.find((candidate) => candidate.id === ticketId) as HaloTicket;
      if (typeof item.new_status === 'number') ticket.status_id = item.new_status;
      this.#afterTicketChange(ticket, now);
      return action;
    });
    this.options.onWrite();
    return jsonResponse(saved.length === 1 ? saved[0] : saved);
  }

  #removeActions(ticketId: number): void {
    const { actions } = this.options.state;
    for (let index = actions.length - 1; index >= 0; index--) if (actions[index]?.ticket_id === ticketId) actions.splice(index, 1);
  }

  #found(record: object | undefined, message: string): Response {
    return record ? jsonResponse(record) : this.error(404, message);
  }

  #find(records: readonly AnyRecord[], rawId: string): AnyRecord | undefined {
    return /^\d+$/.test(rawId) ? records.find((record) => record.id === Number(rawId)) : undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    return undefined;
  }
}
