import { createGateway } from '@psagate/core';
import { describeHostileInputSuite, hostileIds } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { createAutomateClient } from './client/create-automate-client';
import { automateProvider } from './provider/automate-provider';
import type { AutomateRoute } from './routes/automate-route';
import { automateRoutes } from './routes/automate-routes';
import { parseCondition } from './sandbox/condition-parser';

/**
 * Hostile ids through the Automate gateway and every native route, and hostile answers: see
 * describeHostileInputSuite. Ids used as filters become one literal value of the condition, never
 * condition syntax.
 */
const BASE = 'https://automate.test';
const API = `${BASE}/cwa/api`;
const config = { baseUrl: BASE, username: 'psagate', password: 'password-0123456789', clientId: '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01', retry: { maxAttempts: 1 }, requestsPerMinute: 100_000 } as const;
const gateway = () => createGateway({ provider: 'automate', ...config }, { providers: [automateProvider] });
const limited = () => createAutomateClient({ ...config, maxResponseBytes: 4_096 });

const client = createAutomateClient(config) as unknown as Record<string, Record<string, (params: unknown) => unknown>>;
const routes = automateRoutes as readonly AutomateRoute[];
const callWith = (route: AutomateRoute, name: string, value: unknown) => {
  const method = client[route.group]?.[route.method];
  if (typeof method !== 'function') throw new TypeError(`the native client has no ${route.group}.${route.method}`);
  return method({ ...Object.fromEntries(route.pathParams.map((param) => [param.name, 1])), [name]: value });
};

describeHostileInputSuite({
  name: 'Automate',
  apiUrl: `${API}/*`,
  handlers: [
    http.post(`${API}/v1/APIToken`, () =>
      HttpResponse.json({ AccessToken: 'token-0123456789', TokenType: 'Bearer', ExpirationDate: '2099-01-01T00:00:00', AbsoluteExpirationDate: '2099-01-01T00:00:00' }),
    ),
  ],
  notFound: () => HttpResponse.json({ Message: 'not found' }, { status: 404 }),
  gateway,
  gatewayIdOperations: {
    'tickets.get': (g, id) => g.tickets.get(id as string),
    'tickets.listComments': (g, id) => g.tickets.listComments(id as string),
    'devices.get': (g, id) => g.devices.get(id as string),
    'alerts.get': (g, id) => g.alerts.get(id as string),
    'customers.get': (g, id) => g.customers.get(id as string),
  },
  goodIds: { calls: [(g) => g.devices.get(' 42 '), (g) => g.customers.get(42)], paths: ['/cwa/api/v1/Computers/42', '/cwa/api/v1/Clients/42'] },
  nativeIdCases: routes.flatMap((route) =>
    route.pathParams.map(({ name }) => ({ name: `${route.group}.${route.method} ${name}`, call: (value: unknown) => callWith(route, name, value), issuePath: name })),
  ),
  readOne: () => limited().computers.get({ computerId: 1 }),
  htmlWith200Code: 'SCHEMA_MISMATCH',
  brokenAnswers: [
    { label: 'a wrong type', respond: () => HttpResponse.json({ Id: { nested: true } }), call: () => limited().computers.get({ computerId: 1 }), kind: 'response_shape', code: 'SCHEMA_MISMATCH' },
    { label: 'an envelope where a bare array belongs', respond: () => HttpResponse.json({ items: [] }), call: () => limited().computers.list(), kind: 'response_shape', code: 'UNEXPECTED_LIST_SHAPE' },
    { label: 'records of the wrong type', respond: () => HttpResponse.json([1, 2]), call: () => limited().computers.list(), kind: 'response_shape', code: 'SCHEMA_MISMATCH' },
  ],
  recordsWithoutId: [
    { respond: () => HttpResponse.json({ ComputerName: 'dc01' }), read: () => gateway().devices.get('1') },
    { respond: () => HttpResponse.json([{ Subject: 'no id' }]), read: () => gateway().tickets.list() },
  ],
  crossOriginRedirect: { status: 301, location: 'https://elsewhere.test/cwa/api/v1/Computers/1', call: () => limited().computers.get({ computerId: 1 }) },
  plainHttp: {
    refused: [() => createAutomateClient({ ...config, baseUrl: 'http://automate.example.com' })],
    accepted: [() => createAutomateClient({ ...config, baseUrl: 'http://[::1]:8443' })],
  },
  extraTests: ({ answerWith, expectRefusedBeforeSending, forget, sent, settle }) => {
    it('keeps an id used as a filter one literal value of the condition, or refuses it before sending', async () => {
      const shared = gateway();
      answerWith(() => HttpResponse.json([]));
      for (const id of hostileIds) {
        forget();
        const error = await settle(() => shared.devices.list({ customerId: id as string }));
        if (error !== undefined) {
          await expectRefusedBeforeSending(error, `devices.list({ customerId: ${JSON.stringify(id)} })`);
          continue;
        }
        expect(sent()).toHaveLength(1);
        const condition = (sent()[0] as URL).searchParams.get('condition') as string;
        const matches = parseCondition(condition);
        const value = typeof id === 'string' ? id.trim() : String(id);
        expect(matches({ Client: { Id: /^\d+$/.test(value) ? Number(value) : value } }), `${JSON.stringify(id)} as ${condition}`).toBe(true);
        expect(matches({ Client: { Id: `${value}0` } })).toBe(false);
      }
    });
  },
});
