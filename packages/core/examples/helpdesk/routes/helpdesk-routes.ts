import { type OperationIdOf, type Route, routeLookup } from '@psagate/core/provider';

const byId = [{ name: 'id', kind: 'integer' }] as const;
const paged = ['page', 'per_page'] as const;

/**
 * Every route of the Helpdesk API, as data in core's `Route` shape: the client's route caller builds
 * requests from it, and the sandbox routes requests with it. `client.<group>.<method>()` calls the
 * route of that group and method; its operation id is `<group>.<method>`.
 */
export const helpdeskRoutes = [
  { group: 'customers', method: 'list', httpMethod: 'GET', path: '/v1/customers', pathParams: [], queryParams: paged, body: null, idempotent: true },
  { group: 'customers', method: 'get', httpMethod: 'GET', path: '/v1/customers/{id}', pathParams: byId, queryParams: [], body: null, idempotent: true },
  { group: 'tickets', method: 'list', httpMethod: 'GET', path: '/v1/tickets', pathParams: [], queryParams: ['state', ...paged], body: null, idempotent: true },
  { group: 'tickets', method: 'get', httpMethod: 'GET', path: '/v1/tickets/{id}', pathParams: byId, queryParams: [], body: null, idempotent: true },
  { group: 'tickets', method: 'create', httpMethod: 'POST', path: '/v1/tickets', pathParams: [], queryParams: [], body: 'NewTicket', idempotent: false },
  { group: 'tickets', method: 'update', httpMethod: 'PATCH', path: '/v1/tickets/{id}', pathParams: byId, queryParams: [], body: 'TicketChanges', idempotent: false },
  { group: 'tickets', method: 'listNotes', httpMethod: 'GET', path: '/v1/tickets/{id}/notes', pathParams: byId, queryParams: paged, body: null, idempotent: true },
  { group: 'tickets', method: 'addNote', httpMethod: 'POST', path: '/v1/tickets/{id}/notes', pathParams: byId, queryParams: [], body: 'NewNote', idempotent: false },
  { group: 'devices', method: 'list', httpMethod: 'GET', path: '/v1/devices', pathParams: [], queryParams: paged, body: null, idempotent: true },
  { group: 'devices', method: 'get', httpMethod: 'GET', path: '/v1/devices/{id}', pathParams: byId, queryParams: [], body: null, idempotent: true },
  { group: 'alerts', method: 'list', httpMethod: 'GET', path: '/v1/alerts', pathParams: [], queryParams: paged, body: null, idempotent: true },
  { group: 'alerts', method: 'get', httpMethod: 'GET', path: '/v1/alerts/{id}', pathParams: byId, queryParams: [], body: null, idempotent: true },
  // Clearing twice leaves the alert cleared: safe to retry.
  { group: 'alerts', method: 'clear', httpMethod: 'POST', path: '/v1/alerts/{id}/clear', pathParams: byId, queryParams: [], body: null, idempotent: true },
] as const satisfies readonly Route[];

/** A Helpdesk route. */
export type HelpdeskRoute = (typeof helpdeskRoutes)[number];
/** `tickets.update`, `alerts.clear`, ...: one per route. */
export type HelpdeskOperationId = OperationIdOf<HelpdeskRoute>;

/** The route of an operation id; an unknown id is a programming error. */
export const helpdeskRoute: (id: HelpdeskOperationId) => HelpdeskRoute = routeLookup('Helpdesk', helpdeskRoutes);
