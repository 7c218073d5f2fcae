import { createGateway } from '@psagate/core';
import { describeHostileInputSuite, hostileIds } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { createHaloClient } from './client/halo-client';
import { haloProvider } from './provider/halo-provider';
import type { HaloRoute } from './routes/halo-route';
import { haloRoutes } from './routes/halo-routes';

/**
 * Hostile ids through the HaloPSA gateway and every native route (path ids, ids in query
 * parameters and in the records POSTed), and hostile answers: see describeHostileInputSuite.
 */
const BASE = 'https://halo.test';
const config = { baseUrl: BASE, authUrl: `${BASE}/auth`, clientId: 'psagate', clientSecret: 'secret-0123456789', retry: { maxAttempts: 1 }, alertTicketTypeId: 9 } as const;
const gateway = () => createGateway({ provider: 'halopsa', ...config }, { providers: [haloProvider] });
const limited = () => createHaloClient({ ...config, maxResponseBytes: 4_096 });

const routes = haloRoutes as readonly HaloRoute[];
const client = createHaloClient(config) as unknown as Record<string, Record<string, (params: unknown) => unknown>>;
const callRoute = (route: HaloRoute, params: Record<string, unknown>) => {
  const method = client[route.group]?.[route.method];
  if (typeof method !== 'function') throw new TypeError(`the native client has no ${route.group}.${route.method}`);
  return method(params);
};
const required = (route: HaloRoute) => Object.fromEntries(route.requiredQuery.map((name) => [name, 1]));

const pathIdCases = routes.flatMap((route) =>
  route.pathParams.map((param) => ({
    name: `${route.group}.${route.method} ${param.name} in the path`,
    call: (value: unknown) => callRoute(route, { ...required(route), [param.name]: value }),
  })),
);
const queryIdCases = routes.flatMap((route) =>
  Object.entries(route.query)
    .filter(([, kind]) => kind === 'id' || kind === 'ids')
    .map(([param, kind]) => ({
      name: `${route.group}.${route.method} ${param} in the query`,
      call: (value: unknown) => callRoute(route, { ...required(route), ...(route.pathParams.length > 0 ? { id: 1 } : {}), [param]: value }),
      // A list of ids is a fine value for an `ids` parameter.
      values: hostileIds.filter((id) => id !== undefined && !(Array.isArray(id) && kind === 'ids')),
    })),
);
/** An update whose record id is hostile must be refused, so no other record is written. */
const recordIdCases = routes
  .filter((route) => route.method === 'update')
  .map((route) => ({
    name: `${route.group}.update record id`,
    call: (value: unknown) => callRoute(route, { id: value, ...(route.response.record === 'action' ? { ticket_id: 1 } : {}) }),
  }));

describeHostileInputSuite({
  name: 'HaloPSA',
  apiUrl: `${BASE}/api/*`,
  handlers: [http.post(`${BASE}/auth/token`, () => HttpResponse.json({ access_token: 'token-0123456789', token_type: 'Bearer', expires_in: 3600 }))],
  notFound: () => HttpResponse.json({ message: 'not found' }, { status: 404 }),
  gateway,
  gatewayIdOperations: {
    'tickets.get': (g, id) => g.tickets.get(id as string),
    'tickets.update': (g, id) => g.tickets.update(id as string, { title: 'x' }),
    'tickets.listComments': (g, id) => g.tickets.listComments(id as string),
    'tickets.addComment': (g, id) => g.tickets.addComment(id as string, { body: 'x' }),
    'tickets.create customerId': (g, id) => g.tickets.create({ title: 'x', customerId: id as string }),
    'tickets.list customerId': (g, id) => g.tickets.list({ customerId: id as string }),
    'tickets.list deviceId': (g, id) => g.tickets.list({ deviceId: id as string }),
    'devices.get': (g, id) => g.devices.get(id as string),
    'alerts.get': (g, id) => g.alerts.get(id as string),
    'alerts.resolve': (g, id) => g.alerts.resolve(id as string),
    'customers.get': (g, id) => g.customers.get(id as string),
  },
  goodIds: { calls: [(g) => g.devices.get(' 42 '), (g) => g.customers.get(42)], paths: ['/api/Asset/42', '/api/Client/42'] },
  nativeIdCases: [...pathIdCases, ...queryIdCases, ...recordIdCases],
  readOne: () => limited().tickets.get({ id: 1 }),
  brokenAnswers: [
    { label: 'a record without its id', respond: () => HttpResponse.json({ summary: 'x' }), call: () => limited().tickets.get({ id: 1 }), kind: 'response_shape', code: 'SCHEMA_MISMATCH' },
    { label: 'a wrong type', respond: () => HttpResponse.json({ id: 'one' }), call: () => limited().tickets.get({ id: 1 }), kind: 'response_shape', code: 'SCHEMA_MISMATCH' },
    { label: 'a page without its records', respond: () => HttpResponse.json({ record_count: 3 }), call: () => limited().tickets.list(), kind: 'response_shape', code: 'UNEXPECTED_LIST_SHAPE' },
    { label: 'records of the wrong type', respond: () => HttpResponse.json({ tickets: [1, 2], record_count: 2 }), call: () => limited().tickets.list(), kind: 'response_shape', code: 'SCHEMA_MISMATCH' },
  ],
  // Even in lenient mode, which keeps records that do not match the schema.
  recordsWithoutId: [
    { respond: () => HttpResponse.json({ name: 'no id' }), read: () => lenientGateway().customers.get('1') },
    { respond: () => HttpResponse.json({ name: 'no id' }), read: () => lenientGateway().devices.get('1') },
  ],
  crossOriginRedirect: { status: 307, location: 'https://elsewhere.test/api/Tickets/1', call: () => limited().tickets.get({ id: 1 }) },
  // For the instance and the auth server alike.
  plainHttp: {
    refused: [() => createHaloClient({ ...config, baseUrl: 'http://acme.halopsa.com' }), () => createHaloClient({ ...config, authUrl: 'http://acme.halopsa.com/auth' })],
    accepted: [() => createHaloClient({ ...config, baseUrl: 'http://localhost:8080', authUrl: 'http://localhost:8080/auth' })],
  },
});

function lenientGateway() {
  return createGateway({ provider: 'halopsa', ...config, responseValidation: 'lenient' }, { providers: [haloProvider] });
}
