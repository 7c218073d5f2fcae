import type { HelpdeskOperationId } from '../routes/helpdesk-routes';
import type { HelpdeskNote, HelpdeskTicket } from '../schemas/helpdesk-records';
import { type HelpdeskSandboxState, stampOf } from './helpdesk-sandbox-state';

/** One request, routed: its path parameters (decoded), query and parsed JSON body. */
export interface HelpdeskOperationRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

/** What an operation answers; the HTTP layer turns it into a response (a page into Helpdesk's envelope). */
export type HelpdeskOperationResult =
  | { readonly kind: 'record'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'page'; readonly records: readonly unknown[] }
  | { readonly kind: 'error'; readonly status: number; readonly code: string; readonly message: string; readonly details?: readonly unknown[] };

type Handler = (request: HelpdeskOperationRequest, state: HelpdeskSandboxState) => HelpdeskOperationResult;

const ok = (body: unknown, status = 200): HelpdeskOperationResult => ({ kind: 'record', status, body });
const page = (records: readonly unknown[]): HelpdeskOperationResult => ({ kind: 'page', records });
const notFound = (kind: string, id: string | undefined): HelpdeskOperationResult => ({ kind: 'error', status: 404, code: 'not_found', message: `${kind} ${String(id)} not found` });

function found<T extends { id: number }>(records: readonly T[], id: string | undefined, kind: string): HelpdeskOperationResult {
  const record = records.find((candidate) => String(candidate.id) === id);
  return record ? ok(record) : notFound(kind, id);
}

const bodyOf = <T>(body: unknown): Partial<T> => (body !== null && typeof body === 'object' ? (body as Partial<T>) : {});

function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]])) as Partial<T>;
}

/** Helpdesk's operations over the sandbox's state, one per route. */
export const helpdeskOperationHandlers: Readonly<Record<HelpdeskOperationId, Handler>> = {
  'customers.list': (_request, state) => page(state.customers),
  'customers.get': ({ params }, state) => found(state.customers, params.id, 'Customer'),
  'tickets.list': ({ query }, state) => {
    const wanted = query.get('state');
    return page(wanted ? state.tickets.filter((ticket) => ticket.state === wanted) : state.tickets);
  },
  'tickets.get': ({ params }, state) => found(state.tickets, params.id, 'Ticket'),
  'tickets.create': ({ body }, state) => {
    const fields = bodyOf<HelpdeskTicket>(body);
    if (typeof fields.subject !== 'string' || fields.subject.trim() === '') {
      return { kind: 'error', status: 422, code: 'invalid', message: 'Validation failed', details: [{ field: 'subject', message: 'is required' }] };
    }
    const id = state.nextId++;
    const ticket: HelpdeskTicket = {
      id,
      subject: fields.subject,
      body: fields.body ?? null,
      state: fields.state ?? 'new',
      urgency: fields.urgency ?? 2,
      customer_id: fields.customer_id ?? null,
      device_id: fields.device_id ?? null,
      created_at: stampOf(state),
      updated_at: stampOf(state),
    };
    state.tickets.push(ticket);
    return ok(ticket, 201);
  },
  'tickets.update': ({ params, body }, state) => {
    const ticket = state.tickets.find((candidate) => String(candidate.id) === params.id);
    if (!ticket) return notFound('Ticket', params.id);
    Object.assign(ticket, pick(bodyOf<HelpdeskTicket>(body), ['subject', 'body', 'state', 'urgency']), { updated_at: stampOf(state) });
    return ok(ticket);
  },
  'tickets.listNotes': ({ params }, state) => {
    if (!state.tickets.some((ticket) => String(ticket.id) === params.id)) return notFound('Ticket', params.id);
    return page(state.notes.filter((note) => String(note.ticket_id) === params.id));
  },
  'tickets.addNote': ({ params, body }, state) => {
    const ticket = state.tickets.find((candidate) => String(candidate.id) === params.id);
    if (!ticket) return notFound('Ticket', params.id);
    const fields = bodyOf<HelpdeskNote>(body);
    const note: HelpdeskNote = {
      id: state.nextId++,
      ticket_id: ticket.id,
      text: String(fields.text ?? ''),
      internal: fields.internal === true,
      author: fields.author ?? null,
      created_at: stampOf(state),
    };
    state.notes.push(note);
    return ok(note, 201);
  },
  'devices.list': (_request, state) => page(state.devices),
  'devices.get': ({ params }, state) => found(state.devices, params.id, 'Device'),
  'alerts.list': (_request, state) => page(state.alerts),
  'alerts.get': ({ params }, state) => found(state.alerts, params.id, 'Alert'),
  'alerts.clear': ({ params }, state) => {
    const alert = state.alerts.find((candidate) => String(candidate.id) === params.id);
    if (!alert) return notFound('Alert', params.id);
    alert.open = false;
    alert.cleared_at ??= stampOf(state);
    return ok(alert);
  },
};
