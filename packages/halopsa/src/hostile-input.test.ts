import { createGateway, isPsaError } from '@psagate/core';
import { hostileIds } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type HaloClient, createHaloClient } from './client/halo-client';
import { haloProvider } from './provider/halo-provider';
import type { HaloRoute } from './routes/halo-route';
import { haloRoutes } from './routes/halo-routes';

/**
 * Hostile ids through the neutral gateway and every native HaloPSA route (path ids, ids in query
 * parameters and in the records POSTed): refused before anything is sent, never a different path
 * or record. Hostile answers: malformed JSON, HTML, huge bodies, wrong shapes, with typed errors.
 */
const BASE = 'https://halo.test';
let sent: URL[] = [];
let answer: () => Response = () => HttpResponse.json({ message: 'not found' }, { status: 404 });

const server = setupServer(
  http.post(`${BASE}/auth/token`, () => HttpResponse.json({ access_token: 'token-0123456789', token_type: 'Bearer', expires_in: 3600 })),
  http.all(`${BASE}/api/*`, ({ request }) => {
    sent.push(new URL(request.url));
    return answer();
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  sent = [];
  answer = () => HttpResponse.json({ message: 'not found' }, { status: 404 });
});
afterAll(() => server.close());

const config = { baseUrl: BASE, authUrl: `${BASE}/auth`, clientId: 'psagate', clientSecret: 'secret-0123456789', retry: { maxAttempts: 1 }, alertTicketTypeId: 9 } as const;
const gateway = () => createGateway({ provider: 'halopsa', ...config }, { providers: [haloProvider] });

async function settle(call: () => unknown): Promise<unknown> {
  try {
    const result = await call();
    if (result && typeof (result as { toArray?: unknown }).toArray === 'function') await (result as { toArray(): Promise<unknown> }).toArray();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Refused with a ValidationError, and nothing sent, not even in the background a moment later. */
async function expectRefusedBeforeSending(error: unknown, what: string): Promise<void> {
  expect(isPsaError(error, 'validation'), `${what}: ${String(error)}`).toBe(true);
  for (let turn = 0; turn < 5; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  expect(sent.map(String), what).toEqual([]);
}

describe('hostile ids through the HaloPSA gateway', () => {
  const shared = gateway();
  const operations: Record<string, (id: unknown) => unknown> = {
    'tickets.get': (id) => shared.tickets.get(id as string),
    'tickets.update': (id) => shared.tickets.update(id as string, { title: 'x' }),
    'tickets.listComments': (id) => shared.tickets.listComments(id as string),
    'tickets.addComment': (id) => shared.tickets.addComment(id as string, { body: 'x' }),
    'tickets.create customerId': (id) => shared.tickets.create({ title: 'x', customerId: id as string }),
    'tickets.list customerId': (id) => shared.tickets.list({ customerId: id as string }),
    'tickets.list deviceId': (id) => shared.tickets.list({ deviceId: id as string }),
    'devices.get': (id) => shared.devices.get(id as string),
    'alerts.get': (id) => shared.alerts.get(id as string),
    'alerts.resolve': (id) => shared.alerts.resolve(id as string),
    'customers.get': (id) => shared.customers.get(id as string),
  };

  it.each(Object.keys(operations))('%s refuses every hostile id before sending anything', async (name) => {
    for (const id of hostileIds) {
      sent = [];
      await expectRefusedBeforeSending(await settle(() => operations[name]?.(id)), `${name}(${JSON.stringify(id)})`);
    }
  });

  it('sends a good id, given as digits with spaces or as a number, to its own path', async () => {
    await settle(() => gateway().devices.get(' 42 '));
    await settle(() => gateway().customers.get(42));
    expect(sent.map((url) => url.pathname)).toEqual(['/api/Asset/42', '/api/Client/42']);
  });
});

describe('hostile ids through every native HaloPSA route', () => {
  const routes = haloRoutes as readonly HaloRoute[];
  const client = createHaloClient(config) as unknown as Record<string, Record<string, (params: unknown) => unknown>>;
  const methodOf = (route: HaloRoute) => client[route.group]?.[route.method];
  const required = (route: HaloRoute) => Object.fromEntries(route.requiredQuery.map((name) => [name, 1]));

  const pathIds = routes.flatMap((route) => route.pathParams.map((param) => [`${route.group}.${route.method}`, param, route] as const));
  it.each(pathIds)('%s refuses every hostile %s in the path before sending anything', async (_name, param, route) => {
    for (const value of hostileIds) {
      sent = [];
      const error = await settle(() => methodOf(route)?.({ ...required(route), [param]: value }));
      await expectRefusedBeforeSending(error, `${route.group}.${route.method}({ ${param}: ${JSON.stringify(value)} })`);
    }
  });

  const queryIds = routes.flatMap((route) =>
    Object.entries(route.query)
      .filter(([, kind]) => kind === 'id' || kind === 'ids')
      .map(([param]) => [`${route.group}.${route.method}`, param, route] as const),
  );
  it.each(queryIds)('%s refuses every hostile %s in the query before sending anything', async (_name, param, route) => {
    for (const value of hostileIds.filter((id) => id !== undefined)) {
      if (Array.isArray(value) && route.query[param] === 'ids') continue;
      sent = [];
      const error = await settle(() => methodOf(route)?.({ ...required(route), ...(route.pathParams.length > 0 ? { id: 1 } : {}), [param]: value }));
      await expectRefusedBeforeSending(error, `${route.group}.${route.method}({ ${param}: ${JSON.stringify(value)} })`);
    }
  });

  const updates = routes.filter((route) => route.method === 'update');
  it.each(updates.map((route) => [`${route.group}.update`, route] as const))('%s refuses a record whose id is hostile, so no other record is written', async (_name, route) => {
    for (const value of hostileIds) {
      sent = [];
      const record = { id: value, ...(route.response.record === 'action' ? { ticket_id: 1 } : {}) };
      await expectRefusedBeforeSending(await settle(() => methodOf(route)?.(record)), `${route.group}.update(${JSON.stringify(record)})`);
    }
  });
});

describe('hostile answers to the HaloPSA client', () => {
  const client = (): HaloClient => createHaloClient({ ...config, maxResponseBytes: 4_096 });

  it.each<[string, () => Response, 'get' | 'list', string, string]>([
    ['malformed JSON', () => new HttpResponse('{"id": 1,', { headers: { 'content-type': 'application/json' } }), 'get', 'response_shape', 'INVALID_JSON'],
    ['an HTML error page', () => new HttpResponse('<html><title>Service Unavailable</title></html>', { status: 503, headers: { 'content-type': 'text/html' } }), 'get', 'server', ''],
    ['an HTML page with 200', () => new HttpResponse('<html><body>Login</body></html>', { headers: { 'content-type': 'text/html' } }), 'get', 'response_shape', ''],
    ['a huge body', () => HttpResponse.json({ id: 1, summary: 'x'.repeat(10_000) }), 'get', 'response_shape', 'RESPONSE_TOO_LARGE'],
    ['a record without its id', () => HttpResponse.json({ summary: 'x' }), 'get', 'response_shape', 'SCHEMA_MISMATCH'],
    ['a wrong type', () => HttpResponse.json({ id: 'one' }), 'get', 'response_shape', 'SCHEMA_MISMATCH'],
    ['a page without its records', () => HttpResponse.json({ record_count: 3 }), 'list', 'response_shape', 'UNEXPECTED_LIST_SHAPE'],
    ['records of the wrong type', () => HttpResponse.json({ tickets: [1, 2], record_count: 2 }), 'list', 'response_shape', 'SCHEMA_MISMATCH'],
  ])('turns %s into a typed error', async (_label, respond, call, kind, code) => {
    answer = respond;
    const error = await settle(call === 'get' ? () => client().tickets.get({ id: 1 }) : () => client().tickets.list());
    expect(isPsaError(error, kind as never), String(error)).toBe(true);
    if (code) expect((error as { code?: string }).code).toBe(code);
  });

  it('fails a neutral read of a record without its id with a ResponseShapeError, even in lenient mode', async () => {
    const lenient = createGateway({ provider: 'halopsa', ...config, responseValidation: 'lenient' }, { providers: [haloProvider] });
    answer = () => HttpResponse.json({ name: 'no id' });
    expect(await settle(() => lenient.customers.get('1'))).toMatchObject({ kind: 'response_shape', code: 'MISSING_ID' });
    expect(await settle(() => lenient.devices.get('1'))).toMatchObject({ kind: 'response_shape', code: 'MISSING_ID' });
  });

  it('refuses a redirect to another origin, without sending the token there', async () => {
    const elsewhere: string[] = [];
    server.use(http.all('https://elsewhere.test/*', ({ request }) => (elsewhere.push(request.url), HttpResponse.json({}))));
    answer = () => new HttpResponse(null, { status: 307, headers: { location: 'https://elsewhere.test/api/Tickets/1' } });
    const error = await settle(() => client().tickets.get({ id: 1 }));
    expect(error).toMatchObject({ kind: 'response_shape', code: 'CROSS_ORIGIN_REDIRECT' });
    expect(elsewhere).toEqual([]);
  });

  it('refuses plain HTTP to a host that is not loopback, for the instance and the auth server', () => {
    expect(() => createHaloClient({ ...config, baseUrl: 'http://acme.halopsa.com' })).toThrow(expect.objectContaining({ kind: 'config' }));
    expect(() => createHaloClient({ ...config, authUrl: 'http://acme.halopsa.com/auth' })).toThrow(expect.objectContaining({ kind: 'config' }));
    expect(() => createHaloClient({ ...config, baseUrl: 'http://localhost:8080', authUrl: 'http://localhost:8080/auth' })).not.toThrow();
  });
});
