import { createGateway, isPsaError } from '@psagate/core';
import { type BrokenAnswerCase, describeHostileInputSuite, hostileIds } from '@psagate/core/testing';
import { HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { createAteraClient } from './client/atera-client';
import { ateraRoutes } from './generated/operations';
import { ateraProvider } from './provider/atera-provider';
import type { AteraRoute } from './routes/atera-route';

/** Hostile ids, path text and answers through the Atera gateway and every native route: see describeHostileInputSuite. */
const BASE = 'https://atera.test';
const GUID = '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01';
const config = { apiKey: 'legacy-key-0123456789abcdef', baseUrl: BASE, retry: { maxAttempts: 1 }, validateCustomFieldNames: false } as const;
const gateway = () => createGateway({ provider: 'atera', ...config }, { providers: [ateraProvider] });
const limited = () => createAteraClient({ ...config, maxResponseBytes: 4_096 });

const client = createAteraClient(config) as unknown as Record<string, Record<string, (params: unknown) => unknown>>;
const routes = ateraRoutes as readonly AteraRoute[];
const validValue = { integer: 1, uuid: GUID, string: 'Name' } as const;
/** Calls the route's native method with valid path values, and `value` for `name`. */
const callWith = (route: AteraRoute, name: string, value: unknown) => {
  const method = client[route.group]?.[route.method];
  if (typeof method !== 'function') throw new TypeError(`the native client has no ${route.group}.${route.method}`);
  return method({ ...Object.fromEntries(route.pathParams.map((param) => [param.name, validValue[param.kind]])), [name]: value });
};
/** A broken answer to a ticket read or list; without a code it is tolerated (an empty page, a record kept as sent). */
const brokenAnswer = (label: string, respond: () => Response, call: 'get' | 'list', code?: string): BrokenAnswerCase => ({
  label,
  respond,
  call: call === 'get' ? () => limited().tickets.get({ ticketId: 1 }) : () => limited().tickets.list({}).toArray(),
  ...(code ? { kind: 'response_shape', code } : {}),
});
const guidTricks = [`${GUID}/..`, `${GUID}%2f..`, GUID.replace(/-/g, '')];

describeHostileInputSuite({
  name: 'Atera',
  apiUrl: `${BASE}/*`,
  notFound: () => HttpResponse.json({ Message: 'not found' }, { status: 404 }),
  gateway,
  gatewayIdOperations: {
    'tickets.get': (g, id) => g.tickets.get(id as string),
    'tickets.update': (g, id) => g.tickets.update(id as string, { title: 'x' }),
    'tickets.listComments': (g, id) => g.tickets.listComments(id as string),
    'tickets.addComment': (g, id) => g.tickets.addComment(id as string, { body: 'x', authorEmail: 'a@b.test' }),
    'tickets.list customerId': (g, id) => g.tickets.list({ customerId: id as string }),
    'tickets.create customerId': (g, id) => g.tickets.create({ title: 'x', customerId: id as string }),
    'tickets.create deviceId': (g, id) => g.tickets.create({ title: 'x', customerId: '1', deviceId: id as string }),
    'devices.get': (g, id) => g.devices.get(id as string),
    'devices.get snmp:': (g, id) => g.devices.get(typeof id === 'string' ? `snmp:${id}` : (id as string)),
    'devices.list customerId': (g, id) => g.devices.list({ customerId: id as string }),
    'alerts.get': (g, id) => g.alerts.get(id as string),
    'alerts.resolve': (g, id) => g.alerts.resolve(id as string),
    'customers.get': (g, id) => g.customers.get(id as string),
  },
  goodIds: {
    calls: [(g) => g.tickets.get(' 42 '), (g) => g.tickets.get(42), (g) => g.devices.get('snmp:7')],
    paths: ['/api/v3/tickets/42', '/api/v3/tickets/42', '/api/v3/devices/snmpdevice/7'],
  },
  nativeIdCases: routes.flatMap((route) =>
    route.pathParams
      .filter((param) => param.kind !== 'string')
      .map((param) => ({
        name: `${route.group}.${route.method} ${param.name}`,
        call: (value: unknown) => callWith(route, param.name, value),
        values: param.kind === 'uuid' ? [...hostileIds, ...guidTricks] : hostileIds,
        issuePath: param.name,
      })),
  ),
  nativePathTextCases: routes
    .filter((route) => route.httpMethod === 'GET' && route.pathParams.some((param) => param.kind === 'string'))
    .map((route) => {
      const param = route.pathParams.find((p) => p.kind === 'string')?.name as string;
      return { name: `${route.group}.${route.method}`, path: route.path, param, call: (text: string) => callWith(route, param, text) };
    }),
  readOne: () => limited().tickets.get({ ticketId: 1 }),
  htmlWith200Code: 'SCHEMA_MISMATCH',
  brokenAnswers: [
    brokenAnswer('a record without its id', () => HttpResponse.json({ TicketTitle: 'x' }), 'get'),
    brokenAnswer('a wrong type', () => HttpResponse.json({ TicketID: 'one' }), 'get', 'SCHEMA_MISMATCH'),
    brokenAnswer('an array for an object', () => HttpResponse.json([{ TicketID: 1 }]), 'get', 'SCHEMA_MISMATCH'),
    brokenAnswer('a page without items', () => HttpResponse.json({ totalItemCount: 3 }), 'list', 'UNEXPECTED_LIST_SHAPE'),
    brokenAnswer('items of the wrong type', () => HttpResponse.json({ items: [1, 2], totalItemCount: 2 }), 'list', 'SCHEMA_MISMATCH'),
    brokenAnswer('a total of the wrong type', () => HttpResponse.json({ items: [], totalItemCount: 'many' }), 'list'),
  ],
  recordsWithoutId: [
    { respond: () => HttpResponse.json({ TicketTitle: 'no id' }), read: () => gateway().tickets.get('1') },
    { respond: () => HttpResponse.json({ items: [{ CustomerName: 'no id' }], totalItemCount: 1 }), read: () => gateway().customers.list() },
  ],
  crossOriginRedirect: { status: 302, location: 'https://elsewhere.test/api/v3/tickets/1', call: () => limited().tickets.get({ ticketId: 1 }) },
  plainHttp: {
    refused: [() => createAteraClient({ ...config, baseUrl: 'http://app.atera.com' }), () => createAteraClient({ ...config, baseUrl: 'http://10.0.0.1' })],
    accepted: [() => createAteraClient({ ...config, baseUrl: 'http://127.0.0.1:8080' })],
  },
  extraTests: ({ answerWith, forget, sent, settle }) => {
    it('applies a filter Atera cannot serve itself to the records, never putting the id in a URL', async () => {
      answerWith(() => HttpResponse.json({ items: [], totalItemCount: 0 }));
      for (const id of hostileIds.filter((value): value is string => typeof value === 'string' && value.trim() !== '')) {
        forget();
        const error = await settle(() => gateway().alerts.list({ deviceId: id }));
        if (error !== undefined) expect(isPsaError(error, 'validation'), String(error)).toBe(true);
        for (const url of sent()) expect(url.pathname).toBe('/api/v3/alerts');
      }
    });

    it('keeps fields it does not know and ignores none of those it does', async () => {
      answerWith(() => HttpResponse.json({ TicketID: 5, TicketTitle: 'x', SomethingNew: { nested: true } }));
      const ticket = await createAteraClient(config).tickets.get({ ticketId: 5 });
      expect(ticket).toMatchObject({ TicketID: 5, SomethingNew: { nested: true } });
    });
  },
});
