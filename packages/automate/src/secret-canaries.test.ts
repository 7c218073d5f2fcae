import { createGateway, createPsaContainer, isPsaError } from '@psagate/core';
import { FakeClock, type HostileAnswer, createLeakWatch, echoingAnswers, failureOf, outcomeOf } from '@psagate/core/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AutomateClient, createAutomateClient } from './client/automate-client';
import { field } from './condition/condition';
import { automateProvider } from './provider/automate-provider';

/**
 * A canary password, two-factor passcode and access token against servers (the API and the
 * login endpoint) that echo every request back: no error, log line, event or inspection may show
 * any of them, in any form.
 */
const BASE = 'https://automate.test';
const API = `${BASE}/cwa/api`;
const CANARIES = {
  password: 'canary-AUTOMATE-password-3c9e1a7b',
  passcode: 'canary-AUTOMATE-2fa-8d2f6e04',
  accessToken: 'canary-AUTOMATE-token-b5a1d9c3e7f2',
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const issueToken = http.post(`${API}/v1/APIToken`, () =>
  HttpResponse.json({
    AccessToken: CANARIES.accessToken,
    TokenType: 'Bearer',
    ExpirationDate: '2026-01-01T01:00:00',
    AbsoluteExpirationDate: '2026-01-01T08:00:00',
  }),
);

function gatewayWatched() {
  const watch = createLeakWatch(CANARIES);
  const clock = new FakeClock();
  const gateway = createGateway(
    {
      provider: 'automate',
      baseUrl: BASE,
      username: 'psagate-tests',
      password: CANARIES.password,
      twoFactorPasscode: CANARIES.passcode,
      clientId: '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01',
      retry: { maxAttempts: 2 },
    },
    { providers: [automateProvider], container: createPsaContainer({ logger: watch.logger, clock }) },
  );
  watch.watchEvents(gateway.events);
  return { watch, clock, gateway, native: gateway.native as AutomateClient };
}

async function runCalls(answer: HostileAnswer, setup: ReturnType<typeof gatewayWatched>, firstKind: HostileAnswer['kind'] | undefined): Promise<void> {
  const { watch, clock, gateway, native } = setup;
  const first = await failureOf(() => gateway.tickets.get('1'), clock);
  if (firstKind) expect(isPsaError(first, firstKind), `tickets.get failed with ${String(first)}`).toBe(true);
  else expect(isPsaError(first), `tickets.get failed with ${String(first)}`).toBe(true);
  watch.recordError(first, 'tickets.get');
  const calls: Record<string, () => Promise<unknown>> = {
    'tickets.list': () => gateway.tickets.list({ customerId: '7' }).toArray({ limit: 5 }),
    'devices.list': () => gateway.devices.list({ search: 'dc' }).toArray({ limit: 5 }),
    'customers.get': () => gateway.customers.get('3'),
    'native clients.create': () => native.clients.create({ body: { Name: 'Acme' } }),
    'native computers.list': () => native.computers.list({ condition: field('ComputerName').eq('dc01') }).toArray({ limit: 5 }),
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

describe('Automate credentials', () => {
  it.each(echoingAnswers().map((answer) => [answer.name, answer] as const))('never show after the API answers with %s', async (_name, answer) => {
    server.use(issueToken, http.all(`${API}/*`, ({ request }) => answer.respond(request)));
    await runCalls(answer, gatewayWatched(), answer.kind);
  });

  it.each(echoingAnswers().map((answer) => [answer.name, answer] as const))('never show after the login endpoint answers with %s', async (_name, answer) => {
    server.use(http.post(`${API}/v1/APIToken*`, ({ request }) => answer.respond(request)), http.all(`${API}/*`, () => HttpResponse.json({}, { status: 500 })));
    await runCalls(answer, gatewayWatched(), undefined);
  });

  it('never show after the server asks for a two-factor passcode and then refuses it', async () => {
    let logins = 0;
    server.use(
      http.post(`${API}/v1/APIToken`, async ({ request }) => {
        logins += 1;
        const body = await request.text();
        return logins === 1
          ? HttpResponse.json({ AccessToken: null, IsTwoFactorRequired: true, IsInternalTwoFactorRequired: false })
          : HttpResponse.json({ Message: `Invalid passcode in ${body}` }, { status: 401 });
      }),
    );
    const setup = gatewayWatched();
    const error = await failureOf(() => setup.gateway.tickets.get('1'), setup.clock);
    expect(isPsaError(error, 'authentication')).toBe(true);
    setup.watch.recordError(error, 'tickets.get');
    setup.watch.assertNoLeaks();
  });

  it('never show in a ConfigError, even next to other mistakes', () => {
    const watch = createLeakWatch(CANARIES);
    const attempts = [
      () => createGateway({ provider: 'automate', baseUrl: 'http://automate.example.com', username: '', password: CANARIES.password, clientId: 'x' } as never, { providers: [automateProvider] }),
      () => createAutomateClient({ baseUrl: `https://automate.test/?p=${CANARIES.password}`, username: 'a', password: CANARIES.password, clientId: 'x' }),
      () => createAutomateClient({ baseUrl: `https://a:${CANARIES.password}@automate.test`, username: 'a', password: CANARIES.password, twoFactorPasscode: CANARIES.passcode, clientId: '' }),
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
    watch.recordValue(createAutomateClient({ baseUrl: BASE, username: 'a', password: CANARIES.password, twoFactorPasscode: CANARIES.passcode, clientId: 'x' }), 'native client');
    watch.assertNoLeaks();
  });
});
