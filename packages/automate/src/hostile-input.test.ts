import { createGateway, isPsaError } from '@psagate/core';
import { hostileIds } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAutomateClient } from './client/automate-client';
import { automateProvider } from './provider/automate-provider';
import type { AutomateRoute } from './routes/automate-route';
import { automateRoutes } from './routes/automate-routes';
import { parseCondition } from './sandbox/condition-parser';

/**
 * Hostile ids through the neutral gateway and every native Automate route: path ids are refused
 * before anything is sent; ids used as filters become one literal value of the condition, never
 * condition syntax. Hostile answers: malformed JSON, HTML, huge bodies, wrong shapes, typed errors.
 */
const BASE = 'https://automate.test';
const API = `${BASE}/cwa/api`;
let sent: URL[] = [];
let answer: () => Response = () => HttpResponse.json({ Message: 'not found' }, { status: 404 });

const server = setupServer(
  http.post(`${API}/v1/APIToken`, () =>
    HttpResponse.json({ AccessToken: 'token-0123456789', TokenType: 'Bearer', ExpirationDate: '2099-01-01T00:00:00', AbsoluteExpirationDate: '2099-01-01T00:00:00' }),
  ),
  http.all(`${API}/*`, ({ request }) => {
    sent.push(new URL(request.url));
    return answer();
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  sent = [];
  answer = () => HttpResponse.json({ Message: 'not found' }, { status: 404 });
});
afterAll(() => server.close());

const config = { baseUrl: BASE, username: 'psagate', password: 'password-0123456789', clientId: '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01', retry: { maxAttempts: 1 }, requestsPerMinute: 100_000 } as const;
const gateway = () => createGateway({ provider: 'automate', ...config }, { providers: [automateProvider] });

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

describe('hostile ids through the Automate gateway', () => {
  const shared = gateway();
  const operations: Record<string, (id: unknown) => unknown> = {
    'tickets.get': (id) => shared.tickets.get(id as string),
    'tickets.listComments': (id) => shared.tickets.listComments(id as string),
    'devices.get': (id) => shared.devices.get(id as string),
    'alerts.get': (id) => shared.alerts.get(id as string),
    'customers.get': (id) => shared.customers.get(id as string),
  };

  it.each(Object.keys(operations))('%s refuses every hostile id before sending anything', async (name) => {
    for (const id of hostileIds) {
      sent = [];
      await expectRefusedBeforeSending(await settle(() => operations[name]?.(id)), `${name}(${JSON.stringify(id)})`);
    }
  });

  it('keeps an id used as a filter one literal value of the condition, or refuses it before sending', async () => {
    answer = () => HttpResponse.json([]);
    for (const id of hostileIds) {
      sent = [];
      const error = await settle(() => shared.devices.list({ customerId: id as string }));
      if (error !== undefined) {
        await expectRefusedBeforeSending(error, `devices.list({ customerId: ${JSON.stringify(id)} })`);
        continue;
      }
      expect(sent).toHaveLength(1);
      const condition = (sent[0] as URL).searchParams.get('condition') as string;
      const matches = parseCondition(condition);
      const value = typeof id === 'string' ? id.trim() : String(id);
      expect(matches({ Client: { Id: /^\d+$/.test(value) ? Number(value) : value } }), `${JSON.stringify(id)} as ${condition}`).toBe(true);
      expect(matches({ Client: { Id: `${value}0` } })).toBe(false);
    }
  });

  it('sends a good id, given as digits with spaces or as a number, to its own path', async () => {
    await settle(() => gateway().devices.get(' 42 '));
    await settle(() => gateway().customers.get(42));
    expect(sent.map((url) => url.pathname)).toEqual(['/cwa/api/v1/Computers/42', '/cwa/api/v1/Clients/42']);
  });
});

describe('hostile ids through every native Automate route', () => {
  const client = createAutomateClient(config) as unknown as Record<string, Record<string, (params: unknown) => unknown>>;
  const routes = automateRoutes as readonly AutomateRoute[];
  const pathIds = routes.flatMap((route) => route.pathParams.map((param) => [`${route.group}.${route.method}`, param, route] as const));

  it.each(pathIds)('%s refuses every hostile %s before sending anything', async (_name, param, route) => {
    const method = client[route.group]?.[route.method];
    expect(method).toBeTypeOf('function');
    for (const value of hostileIds) {
      sent = [];
      const params = { ...Object.fromEntries(route.pathParams.map((name) => [name, 1])), [param]: value };
      const error = await settle(() => method?.(params));
      await expectRefusedBeforeSending(error, `${route.group}.${route.method}({ ${param}: ${JSON.stringify(value)} })`);
      expect((error as { issues?: { path: string }[] }).issues?.some((issue) => issue.path === param || issue.path.startsWith(`${param}.`))).toBe(true);
    }
  });
});

describe('hostile answers to the Automate client', () => {
  const client = () => createAutomateClient({ ...config, maxResponseBytes: 4_096 });

  it.each<[string, () => Response, 'get' | 'list', string, string]>([
    ['malformed JSON', () => new HttpResponse('{"Id": 1,', { headers: { 'content-type': 'application/json' } }), 'get', 'response_shape', 'INVALID_JSON'],
    ['an HTML error page', () => new HttpResponse('<html><title>Service Unavailable</title></html>', { status: 503, headers: { 'content-type': 'text/html' } }), 'get', 'server', ''],
    ['an HTML page with 200', () => new HttpResponse('<html><body>Login</body></html>', { headers: { 'content-type': 'text/html' } }), 'get', 'response_shape', 'SCHEMA_MISMATCH'],
    ['a huge body', () => HttpResponse.json({ Id: 1, ComputerName: 'x'.repeat(10_000) }), 'get', 'response_shape', 'RESPONSE_TOO_LARGE'],
    ['a wrong type', () => HttpResponse.json({ Id: { nested: true } }), 'get', 'response_shape', 'SCHEMA_MISMATCH'],
    ['an envelope where a bare array belongs', () => HttpResponse.json({ items: [] }), 'list', 'response_shape', 'UNEXPECTED_LIST_SHAPE'],
    ['records of the wrong type', () => HttpResponse.json([1, 2]), 'list', 'response_shape', 'SCHEMA_MISMATCH'],
  ])('turns %s into a typed error', async (_label, respond, call, kind, code) => {
    answer = respond;
    const error = await settle(call === 'get' ? () => client().computers.get({ computerId: 1 }) : () => client().computers.list());
    expect(isPsaError(error, kind as never), String(error)).toBe(true);
    if (code) expect((error as { code?: string }).code).toBe(code);
  });

  it('fails a neutral read of a record without its id with a ResponseShapeError, instead of inventing the id "undefined"', async () => {
    answer = () => HttpResponse.json({ ComputerName: 'dc01' });
    const error = await settle(() => gateway().devices.get('1'));
    expect(error).toMatchObject({ kind: 'response_shape', code: 'MISSING_ID' });
    answer = () => HttpResponse.json([{ Subject: 'no id' }]);
    expect(await settle(() => gateway().tickets.list())).toMatchObject({ kind: 'response_shape', code: 'MISSING_ID' });
  });

  it('refuses a redirect to another origin, without sending the token there', async () => {
    const elsewhere: string[] = [];
    server.use(http.all('https://elsewhere.test/*', ({ request }) => (elsewhere.push(request.url), HttpResponse.json({}))));
    answer = () => new HttpResponse(null, { status: 301, headers: { location: 'https://elsewhere.test/cwa/api/v1/Computers/1' } });
    const error = await settle(() => client().computers.get({ computerId: 1 }));
    expect(error).toMatchObject({ kind: 'response_shape', code: 'CROSS_ORIGIN_REDIRECT' });
    expect(elsewhere).toEqual([]);
  });

  it('refuses plain HTTP to a host that is not loopback', () => {
    expect(() => createAutomateClient({ ...config, baseUrl: 'http://automate.example.com' })).toThrow(expect.objectContaining({ kind: 'config' }));
    expect(() => createAutomateClient({ ...config, baseUrl: 'http://[::1]:8443' })).not.toThrow();
  });
});
