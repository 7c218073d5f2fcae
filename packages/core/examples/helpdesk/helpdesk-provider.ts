import {
  type Alert,
  ApiKeyAuth,
  type Customer,
  type Device,
  type HttpTransport,
  PageNumberWithTotals,
  type Ticket,
  type TicketComment,
  type TicketPriority,
  type TicketStatus,
  ValidationError,
  commonConfigShape,
  definePsaProvider,
  secretSchema,
  serviceUrlSchema,
} from '@psagate/core';
import { z } from 'zod';
import {
  type HelpdeskAlert,
  type HelpdeskCustomer,
  type HelpdeskDevice,
  type HelpdeskNote,
  type HelpdeskTicket,
  helpdeskAlertSchema,
  helpdeskCustomerSchema,
  helpdeskDeviceSchema,
  helpdeskNoteSchema,
  helpdeskTicketSchema,
} from './helpdesk-records';

/**
 * The example adapter: a complete psagate provider for "Helpdesk", a small fictional PSA. It shows
 * every piece a real adapter has: a config schema, an auth strategy, a pagination strategy, a
 * native client on the core transport, and mapping in both directions.
 */

// 1. Config: what users pass besides `provider`. Secrets become `Secret`s at once.
const configSchema = z.strictObject({
  apiKey: secretSchema,
  baseUrl: serviceUrlSchema.default('https://helpdesk.example.test'),
  ...commonConfigShape,
});

// 2. Pagination: `?page=&per_page=` with `{ data, total }` bodies, at most 100 per page.
const pages = new PageNumberWithTotals({
  pageParam: 'page',
  pageSizeParam: 'per_page',
  itemsField: 'data',
  totalItemsField: 'total',
  maxPageSize: 100,
});

// 3. The native client: one method per route, each going through the core transport.
export class HelpdeskClient {
  constructor(private readonly transport: HttpTransport) {}

  listCustomers() {
    return this.transport.paginate({ strategy: pages, request: { operation: 'customers.list', method: 'GET', path: '/v1/customers' }, itemSchema: helpdeskCustomerSchema });
  }

  async getCustomer(id: string): Promise<HelpdeskCustomer> {
    return this.#get('customers.get', '/v1/customers/{id}', id, helpdeskCustomerSchema);
  }

  listTickets(state?: string) {
    return this.transport.paginate({
      strategy: pages,
      request: { operation: 'tickets.list', method: 'GET', path: '/v1/tickets', query: { state } },
      itemSchema: helpdeskTicketSchema,
    });
  }

  async getTicket(id: string): Promise<HelpdeskTicket> {
    return this.#get('tickets.get', '/v1/tickets/{id}', id, helpdeskTicketSchema);
  }

  async createTicket(body: Partial<HelpdeskTicket>): Promise<HelpdeskTicket> {
    const response = await this.transport.request({ operation: 'tickets.create', method: 'POST', path: '/v1/tickets', body, schema: helpdeskTicketSchema });
    return response.data;
  }

  async updateTicket(id: string, body: Partial<HelpdeskTicket>): Promise<HelpdeskTicket> {
    const response = await this.transport.request({
      operation: 'tickets.update',
      method: 'PATCH',
      path: '/v1/tickets/{id}',
      pathParams: { id },
      pathParamKinds: { id: 'integer' },
      body,
      schema: helpdeskTicketSchema,
    });
    return response.data;
  }

  listNotes(ticketId: string) {
    return this.transport.paginate({
      strategy: pages,
      request: { operation: 'tickets.listComments', method: 'GET', path: '/v1/tickets/{id}/notes', pathParams: { id: ticketId }, pathParamKinds: { id: 'integer' } },
      itemSchema: helpdeskNoteSchema,
    });
  }

  async addNote(ticketId: string, body: Partial<HelpdeskNote>): Promise<HelpdeskNote> {
    const response = await this.transport.request({
      operation: 'tickets.addComment',
      method: 'POST',
      path: '/v1/tickets/{id}/notes',
      pathParams: { id: ticketId },
      pathParamKinds: { id: 'integer' },
      body,
      schema: helpdeskNoteSchema,
    });
    return response.data;
  }

  listDevices() {
    return this.transport.paginate({ strategy: pages, request: { operation: 'devices.list', method: 'GET', path: '/v1/devices' }, itemSchema: helpdeskDeviceSchema });
  }

  async getDevice(id: string): Promise<HelpdeskDevice> {
    return this.#get('devices.get', '/v1/devices/{id}', id, helpdeskDeviceSchema);
  }

  listAlerts() {
    return this.transport.paginate({ strategy: pages, request: { operation: 'alerts.list', method: 'GET', path: '/v1/alerts' }, itemSchema: helpdeskAlertSchema });
  }

  async getAlert(id: string): Promise<HelpdeskAlert> {
    return this.#get('alerts.get', '/v1/alerts/{id}', id, helpdeskAlertSchema);
  }

  async clearAlert(id: string): Promise<HelpdeskAlert> {
    const response = await this.transport.request({
      operation: 'alerts.resolve',
      method: 'POST',
      path: '/v1/alerts/{id}/clear',
      pathParams: { id },
      pathParamKinds: { id: 'integer' },
      // Clearing twice leaves the alert cleared: safe to retry.
      idempotent: true,
      schema: helpdeskAlertSchema,
    });
    return response.data;
  }

  async #get<T>(operation: string, path: string, id: string, schema: z.ZodType<T>): Promise<T> {
    const response = await this.transport.request({ operation, method: 'GET', path, pathParams: { id }, pathParamKinds: { id: 'integer' }, schema });
    return response.data;
  }
}

// 4. Mapping between Helpdesk records and the neutral models, both directions.
const STATUS_FROM_STATE: Record<string, TicketStatus> = { new: 'open', waiting: 'pending', working: 'in_progress', done: 'resolved', archived: 'closed' };
const STATE_FROM_STATUS: Partial<Record<TicketStatus, string>> = { open: 'new', pending: 'waiting', in_progress: 'working', resolved: 'done', closed: 'archived' };
const PRIORITY_FROM_URGENCY: Record<number, TicketPriority> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'critical' };
const URGENCY_FROM_PRIORITY: Partial<Record<TicketPriority, number>> = { low: 1, medium: 2, high: 3, critical: 4 };

const id = (value: number | null): string | null => (value === null ? null : String(value));

/** Helpdesk ids are integers; anything else is refused before it is sent. */
function numericId(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new ValidationError(`helpdesk tickets: ${field} must be a Helpdesk id (digits only), got ${JSON.stringify(value)}.`, { provider: 'helpdesk' });
  return Number(value);
}

function toState(status: TicketStatus | undefined): string | undefined {
  if (status === undefined) return undefined;
  const state = STATE_FROM_STATUS[status];
  if (!state) throw new ValidationError(`helpdesk tickets: Helpdesk has no state for status "${status}"; use open, pending, in_progress, resolved or closed.`, { provider: 'helpdesk' });
  return state;
}

function toUrgency(priority: TicketPriority | undefined): number | undefined {
  if (priority === undefined) return undefined;
  const urgency = URGENCY_FROM_PRIORITY[priority];
  if (!urgency) throw new ValidationError(`helpdesk tickets: Helpdesk has no urgency for priority "${priority}".`, { provider: 'helpdesk' });
  return urgency;
}

const toCustomer = (raw: HelpdeskCustomer): Customer => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  name: raw.name,
  domain: raw.domain,
  phone: null,
  address: null,
  createdAt: raw.created_at,
  updatedAt: raw.updated_at,
});

const toTicket = (raw: HelpdeskTicket): Ticket => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  number: `HD-${raw.id}`,
  title: raw.subject,
  description: raw.body,
  status: STATUS_FROM_STATE[raw.state] ?? 'other',
  statusRaw: raw.state,
  priority: PRIORITY_FROM_URGENCY[raw.urgency] ?? 'other',
  priorityRaw: raw.urgency,
  customerId: id(raw.customer_id),
  customerName: null,
  deviceId: id(raw.device_id),
  contact: null,
  assigneeId: null,
  assigneeName: null,
  createdAt: raw.created_at,
  updatedAt: raw.updated_at,
  resolvedAt: null,
});

const toComment = (raw: HelpdeskNote): TicketComment => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  ticketId: String(raw.ticket_id),
  body: raw.text,
  bodyHtml: null,
  isInternal: raw.internal,
  authorName: null,
  authorEmail: raw.author,
  createdAt: raw.created_at,
});

const toDevice = (raw: HelpdeskDevice): Device => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  kind: 'agent',
  name: raw.hostname,
  hostname: raw.hostname,
  customerId: id(raw.customer_id),
  customerName: null,
  operatingSystem: raw.os,
  ipAddress: null,
  serialNumber: null,
  online: raw.online,
  lastSeenAt: raw.last_seen,
  createdAt: null,
  updatedAt: null,
});

const toAlert = (raw: HelpdeskAlert): Alert => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  title: raw.title,
  message: null,
  severity: raw.level === 'crit' ? 'critical' : raw.level === 'warn' ? 'warning' : 'info',
  severityRaw: raw.level,
  status: raw.open ? 'open' : 'resolved',
  customerId: id(raw.customer_id),
  customerName: null,
  deviceId: id(raw.device_id),
  deviceName: null,
  ticketId: null,
  createdAt: raw.raised_at,
  resolvedAt: raw.cleared_at,
});

// 5. The provider: capabilities, environment variables, and create() wiring it all together.
export const helpdeskProvider = definePsaProvider({
  name: 'helpdesk',
  displayName: 'Helpdesk',
  configSchema,
  env: { apiKey: 'HELPDESK_API_KEY', baseUrl: 'HELPDESK_BASE_URL' },
  capabilities: {
    tickets: { operations: ['list', 'get', 'create', 'update', 'listComments', 'addComment'], serverFilters: ['status'] },
    devices: { operations: ['list', 'get'] },
    alerts: { operations: ['list', 'get', 'resolve'] },
    customers: { operations: ['list', 'get'] },
  },
  create(config, context) {
    const transport = context.createTransport({
      baseUrl: config.baseUrl,
      auth: new ApiKeyAuth({ key: config.apiKey, header: 'Authorization', scheme: 'Bearer' }),
      ...context.transportDefaults(config, { rateLimit: { requestsPerWindow: 120, windowMs: 60_000, maxConcurrency: 4 } }),
    });
    const client = new HelpdeskClient(transport);
    return {
      native: client,
      customers: {
        list: () => client.listCustomers().map(toCustomer),
        get: async (customerId) => toCustomer(await client.getCustomer(customerId)),
      },
      tickets: {
        list: (query) => {
          // Helpdesk filters by one state; several statuses are filtered here instead.
          const single = query.status?.length === 1 ? toState(query.status[0]) : undefined;
          const tickets = client.listTickets(single).map(toTicket);
          return query.status && !single ? tickets.filter((ticket) => query.status?.includes(ticket.status) ?? true) : tickets;
        },
        get: async (ticketId) => toTicket(await client.getTicket(ticketId)),
        create: async (input) =>
          toTicket(
            await client.createTicket({
              subject: input.title,
              body: input.description ?? null,
              state: toState(input.status),
              urgency: toUrgency(input.priority),
              customer_id: numericId(input.customerId, 'customerId'),
              device_id: numericId(input.deviceId, 'deviceId'),
              ...input.native,
            } as Partial<HelpdeskTicket>),
          ),
        update: async (ticketId, input) =>
          toTicket(
            await client.updateTicket(ticketId, {
              subject: input.title,
              body: input.description,
              state: toState(input.status),
              urgency: toUrgency(input.priority),
              ...input.native,
            } as Partial<HelpdeskTicket>),
          ),
        listComments: (ticketId) => client.listNotes(ticketId).map(toComment),
        addComment: async (ticketId, input) =>
          toComment(await client.addNote(ticketId, { text: input.body, internal: input.isInternal, author: input.authorEmail ?? null })),
      },
      devices: {
        list: () => client.listDevices().map(toDevice),
        get: async (deviceId) => toDevice(await client.getDevice(deviceId)),
      },
      alerts: {
        list: () => client.listAlerts().map(toAlert),
        get: async (alertId) => toAlert(await client.getAlert(alertId)),
        resolve: async (alertId) => toAlert(await client.clearAlert(alertId)),
      },
    };
  },
});
