import { createGateway, createPsaContainer, isPsaError } from '@psagate/core';
import { FakeClock, createLeakWatch, echoingAnswers, failureOf, outcomeOf } from '@psagate/core/testing';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AteraClient, createAteraClient } from './client/atera-client';
import { ateraProvider } from './provider/atera-provider';

/**
 * Canary API keys (a legacy X-API-KEY key and a JWT sent as a bearer token) against servers that
 * echo every request back in every place they can: no error, log line, event or inspection may
 * show the key in any form.
 */
const BASE = 'https://atera.test';
const KEYS = {
  legacy: 'canary-ATERA-legacy-7d1e9c0b5a3f',
  jwt: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from('{"sub":"canary-ATERA-jwt-4b8e2a61"}').toString('base64url')}.Y2FuYXJ5LXNpZ25hdHVyZS1ub3QtcmVhbC0wMDAx`,
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.each(Object.entries(KEYS))('an Atera %s key', (_style, apiKey) => {
  it.each(echoingAnswers().map((answer) => [answer.name, answer] as const))('never shows after %s', async (_name, answer) => {
    server.use(http.all(`${BASE}/*`, ({ request }) => answer.respond(request)));
    const watch = createLeakWatch({ apiKey });
    const clock = new FakeClock();
    const gateway = createGateway(
      { provider: 'atera', apiKey, baseUrl: BASE, retry: { maxAttempts: 2 }, validateCustomFieldNames: false },
      { providers: [ateraProvider], container: createPsaContainer({ logger: watch.logger, clock }) },
    );
    watch.watchEvents(gateway.events);
    const native = gateway.native as AteraClient;

    const first = await failureOf(() => gateway.tickets.get('1'), clock);
    expect(isPsaError(first, answer.kind), `tickets.get failed with ${String(first)}`).toBe(true);
    watch.recordError(first, 'tickets.get');
    const calls: Record<string, () => Promise<unknown>> = {
      'tickets.list': () => gateway.tickets.list().toArray({ limit: 5 }),
      'tickets.update': () => gateway.tickets.update('1', { title: 'x' }),
      'devices.get': () => gateway.devices.get('snmp:7'),
      'customers.list': () => gateway.customers.list().toArray({ limit: 5 }),
      'native agents.list': () => native.agents.list({}).toArray({ limit: 5 }),
      'native customValues.setTicketField': () => native.customValues.setTicketField({ ticketId: 1, fieldName: 'Colour', body: { Value: 'red' } } as never),
    };
    for (const [label, call] of Object.entries(calls)) {
      // A tolerant read may accept an echoing 200: what it returns is the server's own data.
      const outcome = await outcomeOf(call, clock);
      if (outcome.ok) continue;
      expect(isPsaError(outcome.error), `${label} failed with ${String(outcome.error)}`).toBe(true);
      watch.recordError(outcome.error, label);
    }
    watch.recordValue(gateway, 'gateway');
    watch.recordValue(native.transport, 'transport');
    watch.assertNoLeaks();
  });

  it('never shows in a ConfigError, even next to other mistakes', () => {
    const watch = createLeakWatch({ apiKey });
    const attempts = [
      () => createGateway({ provider: 'atera', apiKey, baseUrl: 'http://atera.example.com', requestsPerMinute: -1 } as never, { providers: [ateraProvider] }),
      () => createAteraClient({ apiKey, baseUrl: `https://user:${apiKey}@atera.test` }),
      () => createAteraClient({ apiKey, baseUrl: `https://atera.test/?key=${apiKey}` }),
      () => createAteraClient({ apiKey, authStyle: 'basic' as never }),
    ];
    for (const attempt of attempts) {
      let error: unknown;
      try {
        attempt();
      } catch (caught) {
        error = caught;
      }
      expect(isPsaError(error, 'config')).toBe(true);
      watch.recordError(error, 'config error');
    }
    watch.recordValue(createAteraClient({ apiKey, baseUrl: BASE }), 'native client');
    watch.assertNoLeaks();
  });
});
