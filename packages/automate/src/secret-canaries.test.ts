import { createGateway, isPsaError } from '@psagate/core';
import { describeSecretCanarySuite, failureOf } from '@psagate/core/testing';
import { HttpResponse, http } from 'msw';
import { expect, it } from 'vitest';
import type { AutomateClient } from './client/automate-client';
import { createAutomateClient } from './client/create-automate-client';
import { field } from './condition/condition';
import { automateProvider } from './provider/automate-provider';

/**
 * A canary password, two-factor passcode and access token against servers (the API and the login
 * endpoint) that echo every request back: see describeSecretCanarySuite.
 */
const BASE = 'https://automate.test';
const API = `${BASE}/cwa/api`;
const CANARIES = {
  password: 'canary-AUTOMATE-password-3c9e1a7b',
  passcode: 'canary-AUTOMATE-2fa-8d2f6e04',
  accessToken: 'canary-AUTOMATE-token-b5a1d9c3e7f2',
};

describeSecretCanarySuite<AutomateClient>({
  name: 'Automate credentials',
  provider: automateProvider,
  canaries: CANARIES,
  config: {
    baseUrl: BASE,
    username: 'psagate-tests',
    password: CANARIES.password,
    twoFactorPasscode: CANARIES.passcode,
    clientId: '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01',
    retry: { maxAttempts: 2 },
  },
  apiUrl: `${API}/*`,
  login: {
    issuesToken: http.post(`${API}/v1/APIToken`, () =>
      HttpResponse.json({ AccessToken: CANARIES.accessToken, TokenType: 'Bearer', ExpirationDate: '2026-01-01T01:00:00', AbsoluteExpirationDate: '2026-01-01T08:00:00' }),
    ),
    url: `${API}/v1/APIToken*`,
  },
  calls: (gateway, native) => ({
    'tickets.list': () => gateway.tickets.list({ customerId: '7' }).toArray({ limit: 5 }),
    'devices.list': () => gateway.devices.list({ search: 'dc' }).toArray({ limit: 5 }),
    'customers.get': () => gateway.customers.get('3'),
    'native clients.create': () => native.clients.create({ body: { Name: 'Acme' } }),
    'native computers.list': () => native.computers.list({ condition: field('ComputerName').eq('dc01') }).toArray({ limit: 5 }),
  }),
  configMistakes: [
    () => createGateway({ provider: 'automate', baseUrl: 'http://automate.example.com', username: '', password: CANARIES.password, clientId: 'x' } as never, { providers: [automateProvider] }),
    () => createAutomateClient({ baseUrl: `https://automate.test/?p=${CANARIES.password}`, username: 'a', password: CANARIES.password, clientId: 'x' }),
    () => createAutomateClient({ baseUrl: `https://a:${CANARIES.password}@automate.test`, username: 'a', password: CANARIES.password, twoFactorPasscode: CANARIES.passcode, clientId: '' }),
  ],
  validClient: () => createAutomateClient({ baseUrl: BASE, username: 'a', password: CANARIES.password, twoFactorPasscode: CANARIES.passcode, clientId: 'x' }),
  extraTests: ({ use, watchedGateway }) => {
    it('never show after the server asks for a two-factor passcode and then refuses it', async () => {
      let logins = 0;
      use(
        http.post(`${API}/v1/APIToken`, async ({ request }) => {
          logins += 1;
          const body = await request.text();
          return logins === 1
            ? HttpResponse.json({ AccessToken: null, IsTwoFactorRequired: true, IsInternalTwoFactorRequired: false })
            : HttpResponse.json({ Message: `Invalid passcode in ${body}` }, { status: 401 });
        }),
      );
      const { watch, clock, gateway } = watchedGateway();
      const error = await failureOf(() => gateway.tickets.get('1'), clock);
      expect(isPsaError(error, 'authentication')).toBe(true);
      watch.recordError(error, 'tickets.get');
      watch.assertNoLeaks();
    });
  },
});
