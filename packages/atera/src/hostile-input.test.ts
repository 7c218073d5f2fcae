import { createGateway, isPsaError } from '@psagate/core';
import { hostileIds, refusedPathText, trickyPathText } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAteraClient } from './client/atera-client';
import { ateraRoutes } from './generated/routes';
import { ateraProvider } from './provider/atera-provider';
import type { AteraRoute } from './routes/atera-route';

/**
 * Hostile ids and path values through the neutral gateway and every native route: refused before
 * anything is sent, or sent encoded in their one path segment, never to a different path. Hostile
 * answers: malformed JSON, HTML, huge bodies, wrong shapes, with typed errors.
 */
const BASE = 'https://atera.test';
const GUID = '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01';
let sent: URL[] = [];
let answer: () => Response = () => HttpResponse.json({ Message: 'not found' }, { status: 404 });

const server = setupServer(
  http.all(`${BASE}/*`, ({ request }) => {
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

const config = { apiKey: 'legacy-key-0123456789abcdef', baseUrl: BASE, retry: { maxAttempts: 1 }, validateCustomFieldNames: false } as const;
const gateway = () => createGateway({ provider: 'atera', ...config }, { providers: [ateraProvider] });

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

describe('hostile ids through the Atera gateway', () => {
  const shared = gateway();
  const operations: Record<string, (id: unknown) => unknown> = {
    'tickets.get': (id) => shared.tickets.get(id as string),
    'tickets.update': (id) => shared.tickets.update(id as string, { title: 'x' }),
    'tickets.listComments': (id) => shared.tickets.listComments(id as string),
    'tickets.addComment': (id) => shared.tickets.addComment(id as string, { body: 'x', authorEmail: 'a@b.test' }),
    'tickets.list customerId': (id) => shared.tickets.list({ customerId: id as string }),
    'tickets.create customerId': (id) => shared.tickets.create({ title: 'x', customerId: id as string }),
    'tickets.create deviceId': (id) => shared.tickets.create({ title: 'x', customerId: '1', deviceId: id as string }),
    'devices.get': (id) => shared.devices.get(id as string),
    'devices.get snmp:': (id) => shared.devices.get(typeof id === 'string' ? `snmp:${id}` : (id as string)),
    'devices.list customerId': (id) => shared.devices.list({ customerId: id as string }),
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

  it('applies a filter Atera cannot serve itself to the records, never putting the id in a URL', async () => {
    answer = () => HttpResponse.json({ items: [], totalItemCount: 0 });
    for (const id of hostileIds.filter((value): value is string => typeof value === 'string' && value.trim() !== '')) {
      sent = [];
      const error = await settle(() => gateway().alerts.list({ deviceId: id }));
      if (error !== undefined) expect(isPsaError(error, 'validation'), String(error)).toBe(true);
      for (const url of sent) expect(url.pathname).toBe('/api/v3/alerts');
    }
  });

  it('sends a good id, given as digits with spaces or as a number, to its own path', async () => {
    await settle(() => gateway().tickets.get(' 42 '));
    await settle(() => gateway().tickets.get(42));
    await settle(() => gateway().devices.get('snmp:7'));
    expect(sent.map((url) => url.pathname)).toEqual(['/api/v3/tickets/42', '/api/v3/tickets/42', '/api/v3/devices/snmpdevice/7']);
  });
});

describe('hostile path values through every native Atera route', () => {
  const client = createAteraClient(config);
  const routes = ateraRoutes as readonly AteraRoute[];
  const validValue = { integer: 1, uuid: GUID, string: 'Name' } as const;
  const methodOf = (route: AteraRoute) => (client as unknown as Record<string, Record<string, (params: unknown) => unknown>>)[route.group]?.[route.method];
  const paramsWith = (route: AteraRoute, name: string, value: unknown) => ({
    ...Object.fromEntries(route.pathParams.map((param) => [param.name, validValue[param.kind]])),
    [name]: value,
  });

  const idParams = routes.flatMap((route) => route.pathParams.filter((param) => param.kind !== 'string').map((param) => [`${route.group}.${route.method}`, param.name, route] as const));
  it.each(idParams)('%s refuses every hostile %s before sending anything', async (_name, param, route) => {
    const method = methodOf(route);
    expect(method).toBeTypeOf('function');
    for (const value of [...hostileIds, ...(route.pathParams.find((p) => p.name === param)?.kind === 'uuid' ? [`${GUID}/..`, `${GUID}%2f..`, GUID.replace(/-/g, '')] : [])]) {
      sent = [];
      const error = await settle(() => method?.(paramsWith(route, param, value)));
      await expectRefusedBeforeSending(error, `${route.group}.${route.method}({ ${param}: ${JSON.stringify(value)} })`);
      expect((error as { issues?: { path: string }[] }).issues?.some((issue) => issue.path === param || issue.path.startsWith(`${param}.`))).toBe(true);
    }
  });

  const textRoutes = routes.filter((route) => route.httpMethod === 'GET' && route.pathParams.some((param) => param.kind === 'string'));
  it.each(textRoutes.map((route) => [`${route.group}.${route.method}`, route] as const))('%s sends tricky text as one encoded segment, and refuses dot segments', async (_name, route) => {
    const method = methodOf(route);
    const param = route.pathParams.find((p) => p.kind === 'string')?.name as string;
    const position = route.path.split('/').indexOf(`{${param}}`);
    for (const value of trickyPathText) {
      sent = [];
      await settle(() => method?.(paramsWith(route, param, value)));
      expect(sent, `${route.path} with ${JSON.stringify(value)}`).toHaveLength(1);
      const segments = (sent[0] as URL).pathname.split('/');
      expect(segments).toHaveLength(route.path.split('/').length);
      expect(decodeURIComponent(segments[position] as string)).toBe(value);
    }
    for (const value of refusedPathText) {
      sent = [];
      await expectRefusedBeforeSending(await settle(() => method?.(paramsWith(route, param, value))), `${route.path} with ${JSON.stringify(value)}`);
    }
  });
});

describe('hostile answers to the Atera client', () => {
  const get = () => createAteraClient({ ...config, maxResponseBytes: 4_096 }).tickets.get({ ticketId: 1 });
  const list = () => createAteraClient({ ...config, maxResponseBytes: 4_096 }).tickets.list({}).toArray();

  it.each<[string, () => Response, 'get' | 'list', string, string]>([
    ['malformed JSON', () => new HttpResponse('{"TicketID": 1,', { headers: { 'content-type': 'application/json' } }), 'get', 'response_shape', 'INVALID_JSON'],
    ['an HTML error page', () => new HttpResponse('<html><title>Service Unavailable</title></html>', { status: 503, headers: { 'content-type': 'text/html' } }), 'get', 'server', ''],
    ['an HTML page with 200', () => new HttpResponse('<html><body>Login</body></html>', { headers: { 'content-type': 'text/html' } }), 'get', 'response_shape', 'SCHEMA_MISMATCH'],
    ['a huge body', () => HttpResponse.json({ TicketID: 1, TicketTitle: 'x'.repeat(10_000) }), 'get', 'response_shape', 'RESPONSE_TOO_LARGE'],
    ['a record without its id', () => HttpResponse.json({ TicketTitle: 'x' }), 'get', '', ''],
    ['a wrong type', () => HttpResponse.json({ TicketID: 'one' }), 'get', 'response_shape', 'SCHEMA_MISMATCH'],
    ['an array for an object', () => HttpResponse.json([{ TicketID: 1 }]), 'get', 'response_shape', 'SCHEMA_MISMATCH'],
    ['a page without items', () => HttpResponse.json({ totalItemCount: 3 }), 'list', 'response_shape', 'UNEXPECTED_LIST_SHAPE'],
    ['items of the wrong type', () => HttpResponse.json({ items: [1, 2], totalItemCount: 2 }), 'list', 'response_shape', 'SCHEMA_MISMATCH'],
    ['a total of the wrong type', () => HttpResponse.json({ items: [], totalItemCount: 'many' }), 'list', '', ''],
  ])('turns %s into a typed error', async (_label, respond, call, kind, code) => {
    answer = respond;
    const error = await settle(call === 'get' ? get : list);
    if (kind === '') {
      // Tolerated: the client may accept it (an empty page, a record it keeps as sent); it must not throw untyped.
      if (error !== undefined) expect(isPsaError(error), String(error)).toBe(true);
      return;
    }
    expect(isPsaError(error, kind as never), String(error)).toBe(true);
    if (code) expect((error as { code?: string }).code).toBe(code);
  });

  it('fails a neutral read of a record without its id with a ResponseShapeError, instead of inventing one', async () => {
    answer = () => HttpResponse.json({ TicketTitle: 'no id' });
    expect(await settle(() => gateway().tickets.get('1'))).toMatchObject({ kind: 'response_shape', code: 'MISSING_ID' });
    answer = () => HttpResponse.json({ items: [{ CustomerName: 'no id' }], totalItemCount: 1 });
    expect(await settle(() => gateway().customers.list())).toMatchObject({ kind: 'response_shape', code: 'MISSING_ID' });
  });

  it('keeps fields it does not know and ignores none of those it does', async () => {
    answer = () => HttpResponse.json({ TicketID: 5, TicketTitle: 'x', SomethingNew: { nested: true } });
    const ticket = await createAteraClient(config).tickets.get({ ticketId: 5 });
    expect(ticket).toMatchObject({ TicketID: 5, SomethingNew: { nested: true } });
  });

  it('refuses a next page or redirect to another origin, without sending the key there', async () => {
    const elsewhere: string[] = [];
    server.use(http.all('https://elsewhere.test/*', ({ request }) => (elsewhere.push(request.url), HttpResponse.json({}))));
    answer = () => new HttpResponse(null, { status: 302, headers: { location: 'https://elsewhere.test/api/v3/tickets/1' } });
    const error = await settle(get);
    expect(error).toMatchObject({ kind: 'response_shape', code: 'CROSS_ORIGIN_REDIRECT' });
    expect(elsewhere).toEqual([]);
  });

  it('refuses plain HTTP to a host that is not loopback, and accepts it on loopback', () => {
    expect(() => createAteraClient({ ...config, baseUrl: 'http://app.atera.com' })).toThrow(expect.objectContaining({ kind: 'config' }));
    expect(() => createAteraClient({ ...config, baseUrl: 'http://10.0.0.1' })).toThrow(expect.objectContaining({ kind: 'config' }));
    expect(() => createAteraClient({ ...config, baseUrl: 'http://127.0.0.1:8080' })).not.toThrow();
  });
});
