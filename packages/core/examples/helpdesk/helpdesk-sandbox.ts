import { http, type HttpHandler, HttpResponse, type PathParams } from 'msw';
import {
  type HelpdeskAlert,
  type HelpdeskCustomer,
  type HelpdeskDevice,
  type HelpdeskNote,
  type HelpdeskTicket,
  helpdeskTicketStates,
} from './schemas/helpdesk-records';

export interface HelpdeskSandboxOptions {
  readonly baseUrl?: string;
  readonly apiKey?: string;
  /** Seeded record counts (defaults: 5 customers, 12 tickets, 8 devices, 6 alerts). */
  readonly customers?: number;
  readonly tickets?: number;
  readonly devices?: number;
  readonly alerts?: number;
}

export interface HelpdeskSandbox {
  readonly baseUrl: string;
  readonly apiKey: string;
  /** msw handlers serving the Helpdesk API from memory. */
  readonly handlers: HttpHandler[];
  /** Requests that reached the sandbox, authenticated or not. */
  requestCount(): number;
}

const MAX_PAGE_SIZE = 100;
const EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);
const at = (minutes: number): string => new Date(EPOCH + minutes * 60_000).toISOString();

/**
 * An in-memory Helpdesk server for tests and the adapter example: seeded, deterministic data,
 * bearer-token auth, page/per_page pagination with a `total`, and `{ error: { code, message } }`
 * error bodies. Writes change its state.
 */
export function createHelpdeskSandbox(options: HelpdeskSandboxOptions = {}): HelpdeskSandbox {
  const baseUrl = options.baseUrl ?? 'https://helpdesk.example.test';
  const apiKey = options.apiKey ?? 'hd_live_4f9a1c2e7b3d5a6c8e0f1a2b';
  const customers: HelpdeskCustomer[] = range(options.customers ?? 5, (i) => ({
    id: 100 + i,
    name: `Customer ${i + 1}`,
    domain: `customer${i + 1}.example`,
    created_at: at(i),
    updated_at: at(i + 60),
  }));
  const devices: HelpdeskDevice[] = range(options.devices ?? 8, (i) => ({
    id: 500 + i,
    hostname: `ws-${String(i + 1).padStart(3, '0')}`,
    customer_id: customers[i % customers.length]?.id ?? null,
    os: i % 3 === 0 ? 'Windows Server 2022' : 'Windows 11',
    online: i % 4 !== 0,
    last_seen: at(1_000 + i),
  }));
  const tickets: HelpdeskTicket[] = range(options.tickets ?? 12, (i) => ({
    id: 1_000 + i,
    subject: `Ticket ${i + 1}: ${i % 2 === 0 ? 'printer offline' : 'password reset'}`,
    body: `Details of ticket ${i + 1}`,
    state: helpdeskTicketStates[i % 3] as string,
    urgency: (i % 4) + 1,
    customer_id: customers[i % customers.length]?.id ?? null,
    device_id: devices[i % devices.length]?.id ?? null,
    created_at: at(100 + i),
    updated_at: at(200 + i),
  }));
  const notes: HelpdeskNote[] = tickets.slice(0, 3).map((ticket, i) => ({
    id: 9_000 + i,
    ticket_id: ticket.id,
    text: `First note on ticket ${ticket.id}`,
    internal: false,
    author: 'tech@msp.example',
    created_at: at(300 + i),
  }));
  const alerts: HelpdeskAlert[] = range(options.alerts ?? 6, (i) => ({
    id: 7_000 + i,
    title: `Disk space low on ${devices[i % devices.length]?.hostname ?? 'device'}`,
    level: (['info', 'warn', 'crit'] as const)[i % 3] as HelpdeskAlert['level'],
    open: i % 2 === 0,
    device_id: devices[i % devices.length]?.id ?? null,
    customer_id: devices[i % devices.length]?.customer_id ?? null,
    raised_at: at(400 + i),
    cleared_at: i % 2 === 0 ? null : at(500 + i),
  }));
  let requests = 0;
  let nextId = 20_000;
  const now = (): string => at(10_000 + nextId);

  const route = (path: string): string => `${baseUrl}/v1${path}`;
  const guarded =
    (handler: (args: { request: Request; params: PathParams }) => Response | Promise<Response>) =>
    ({ request, params }: { request: Request; params: PathParams }): Response | Promise<Response> => {
      requests++;
      if (request.headers.get('authorization') !== `Bearer ${apiKey}`) return failure(401, 'unauthorized', 'Invalid API token');
      return handler({ request, params });
    };

  return {
    baseUrl,
    apiKey,
    requestCount: () => requests,
    handlers: [
      http.get(route('/customers'), guarded(({ request }) => page(request, customers))),
      http.get(route('/customers/:id'), guarded(({ params }) => found(customers, params.id, 'Customer'))),
      http.get(
        route('/tickets'),
        guarded(({ request }) => {
          const state = new URL(request.url).searchParams.get('state');
          return page(request, state ? tickets.filter((ticket) => ticket.state === state) : tickets);
        }),
      ),
      http.post(
        route('/tickets'),
        guarded(async ({ request }) => {
          const body = (await request.json()) as Partial<HelpdeskTicket>;
          if (typeof body.subject !== 'string' || body.subject.trim() === '') {
            return failure(422, 'invalid', 'Validation failed', [{ field: 'subject', message: 'is required' }]);
          }
          const ticket: HelpdeskTicket = {
            id: nextId++,
            subject: body.subject,
            body: body.body ?? null,
            state: body.state ?? 'new',
            urgency: body.urgency ?? 2,
            customer_id: body.customer_id ?? null,
            device_id: body.device_id ?? null,
            created_at: now(),
            updated_at: now(),
          };
          tickets.push(ticket);
          return HttpResponse.json(ticket, { status: 201 });
        }),
      ),
      http.get(route('/tickets/:id'), guarded(({ params }) => found(tickets, params.id, 'Ticket'))),
      http.patch(
        route('/tickets/:id'),
        guarded(async ({ request, params }) => {
          const ticket = tickets.find((candidate) => String(candidate.id) === params.id);
          if (!ticket) return failure(404, 'not_found', `Ticket ${String(params.id)} not found`);
          const changes = (await request.json()) as Partial<HelpdeskTicket>;
          Object.assign(ticket, pick(changes, ['subject', 'body', 'state', 'urgency']), { updated_at: now() });
          return HttpResponse.json(ticket);
        }),
      ),
      http.get(
        route('/tickets/:id/notes'),
        guarded(({ request, params }) => {
          if (!tickets.some((ticket) => String(ticket.id) === params.id)) return failure(404, 'not_found', `Ticket ${String(params.id)} not found`);
          return page(request, notes.filter((note) => String(note.ticket_id) === params.id));
        }),
      ),
      http.post(
        route('/tickets/:id/notes'),
        guarded(async ({ request, params }) => {
          const ticket = tickets.find((candidate) => String(candidate.id) === params.id);
          if (!ticket) return failure(404, 'not_found', `Ticket ${String(params.id)} not found`);
          const body = (await request.json()) as Partial<HelpdeskNote>;
          const note: HelpdeskNote = {
            id: nextId++,
            ticket_id: ticket.id,
            text: String(body.text ?? ''),
            internal: body.internal === true,
            author: body.author ?? null,
            created_at: now(),
          };
          notes.push(note);
          return HttpResponse.json(note, { status: 201 });
        }),
      ),
      http.get(route('/devices'), guarded(({ request }) => page(request, devices))),
      http.get(route('/devices/:id'), guarded(({ params }) => found(devices, params.id, 'Device'))),
      http.get(route('/alerts'), guarded(({ request }) => page(request, alerts))),
      http.get(route('/alerts/:id'), guarded(({ params }) => found(alerts, params.id, 'Alert'))),
      http.post(
        route('/alerts/:id/clear'),
        guarded(({ params }) => {
          const alert = alerts.find((candidate) => String(candidate.id) === params.id);
          if (!alert) return failure(404, 'not_found', `Alert ${String(params.id)} not found`);
          alert.open = false;
          alert.cleared_at ??= now();
          return HttpResponse.json(alert);
        }),
      ),
    ],
  };
}

function page<T>(request: Request, records: readonly T[]): Response {
  const query = new URL(request.url).searchParams;
  const pageNumber = Number(query.get('page') ?? '1');
  const perPage = Number(query.get('per_page') ?? '25');
  if (!Number.isInteger(pageNumber) || pageNumber < 1) return failure(400, 'invalid', 'page must be a positive integer');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PAGE_SIZE) {
    return failure(400, 'invalid', `per_page must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return HttpResponse.json({ data: records.slice((pageNumber - 1) * perPage, pageNumber * perPage), total: records.length });
}

function found<T extends { id: number }>(records: readonly T[], id: PathParams[string], kind: string): Response {
  const record = records.find((candidate) => String(candidate.id) === id);
  return record ? HttpResponse.json(record) : failure(404, 'not_found', `${kind} ${String(id)} not found`);
}

function failure(status: number, code: string, message: string, details?: unknown[]): Response {
  return HttpResponse.json({ error: { code, message, ...(details ? { details } : {}) } }, { status });
}

function range<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]])) as Partial<T>;
}
