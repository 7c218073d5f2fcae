import { createGateway, createPsaContainer, isPsaError } from '@psagate/core';
import { FakeClock, type HostileAnswer, createLeakWatch, echoingAnswers, failureOf, outcomeOf } from '@psagate/core/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type HaloClient, createHaloClient } from './client/halo-client';
import { haloProvider } from './provider/halo-provider';

/**
 * A canary client secret and a canary access token against servers (the API and the token
 * endpoint) that echo every request back: no error, log line, event or inspection may show
 * either, in any form.
 */
const BASE = 'https://halo.test';
const AUTH = `${BASE}/auth`;
const CANARIES = { clientSecret: 'canary-HALO-secret-5e2a9f13c7d4', accessToken: 'canary-HALO-token-0a6b4c8e1d3f' };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const issueToken = http.post(`${AUTH}/token`, () => HttpResponse.json({ access_token: CANARIES.accessToken, token_type: 'Bearer', expires_in: 3600 }));

function gatewayWatched() {
  const watch = createLeakWatch(CANARIES);
  const clock = new FakeClock();
  const gateway = createGateway(
    { provider: 'halopsa', baseUrl: BASE, authUrl: AUTH, clientId: 'psagate-tests', clientSecret: CANARIES.clientSecret, retry: { maxAttempts: 2 }, alertTicketTypeId: 9 },
    { providers: [haloProvider], container: createPsaContainer({ logger: watch.logger, clock }) },
  );
  watch.watchEvents(gateway.events);
  return { watch, clock, gateway, native: gateway.native as HaloClient };
}

async function runCalls(answer: HostileAnswer, setup: ReturnType<typeof gatewayWatched>, firstKind: HostileAnswer['kind'] | undefined): Promise<void> {
  const { watch, clock, gateway, native } = setup;
  const first = await failureOf(() => gateway.tickets.get('1'), clock);
  if (firstKind) expect(isPsaError(first, firstKind), `tickets.get failed with ${String(first)}`).toBe(true);
  else expect(isPsaError(first), `tickets.get failed with ${String(first)}`).toBe(true);
  watch.recordError(first, 'tickets.get');
  const calls: Record<string, () => Promise<unknown>> = {
    'tickets.list': () => gateway.tickets.list().toArray({ limit: 5 }),
    'tickets.create': () => gateway.tickets.create({ title: 'x', customerId: '3' }),
    'alerts.list': () => gateway.alerts.list().toArray({ limit: 5 }),
    'customers.get': () => gateway.customers.get('3'),
    'native actions.list': () => native.actions.list({ ticket_id: 1 }).toArray(),
    'native statuses': () => native.statuses.list(),
  };
  for (const [label, call] of Object.entries(calls)) {
    const outcome = await outcomeOf(call, clock);
    if (outcome.ok) continue;
    expect(isPsaError(outcome.error), `${label} failed with ${String(outcome.error)} (${answer.name})`).toBe(true);
    watch.recordError(outcome.error, label);
  }
  watch.recordValue(gateway, 'gateway');
  watch.recordValue(native, 'native client');
  watch.assertNoLeaks();
}

describe('HaloPSA credentials', () => {
  it.each(echoingAnswers().map((answer) => [answer.name, answer] as const))('never show after the API answers with %s', async (_name, answer) => {
    server.use(issueToken, http.all(`${BASE}/api/*`, ({ request }) => answer.respond(request)));
    const setup = gatewayWatched();
    // A 401 makes the client fetch a fresh token and replay once; the token endpoint keeps working.
    await runCalls(answer, setup, answer.kind);
  });

  it.each(echoingAnswers().map((answer) => [answer.name, answer] as const))('never show after the token endpoint answers with %s', async (_name, answer) => {
    server.use(http.all(`${AUTH}/*`, ({ request }) => answer.respond(request)), http.all(`${BASE}/api/*`, () => HttpResponse.json({}, { status: 500 })));
    const setup = gatewayWatched();
    await runCalls(answer, setup, undefined);
  });

  it('never show in a ConfigError, even next to other mistakes', () => {
    const watch = createLeakWatch(CANARIES);
    const attempts = [
      () => createGateway({ provider: 'halopsa', baseUrl: 'http://halo.example.com', clientId: '', clientSecret: CANARIES.clientSecret } as never, { providers: [haloProvider] }),
      () => createHaloClient({ baseUrl: `https://halo.test/?secret=${CANARIES.clientSecret}`, clientId: 'a', clientSecret: CANARIES.clientSecret }),
      () => createHaloClient({ baseUrl: BASE, authUrl: `https://user:${CANARIES.clientSecret}@halo.test/auth`, clientId: 'a', clientSecret: CANARIES.clientSecret }),
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
    watch.recordValue(createHaloClient({ baseUrl: BASE, clientId: 'a', clientSecret: CANARIES.clientSecret }), 'native client');
    watch.assertNoLeaks();
  });
});
