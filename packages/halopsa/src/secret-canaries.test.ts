import { createGateway } from '@psagate/core';
import { describeSecretCanarySuite } from '@psagate/core/testing';
import { HttpResponse, http } from 'msw';
import { type HaloClient, createHaloClient } from './client/halo-client';
import { haloProvider } from './provider/halo-provider';

/**
 * A canary client secret and a canary access token against servers (the API and the token
 * endpoint) that echo every request back: see describeSecretCanarySuite.
 */
const BASE = 'https://halo.test';
const AUTH = `${BASE}/auth`;
const CANARIES = { clientSecret: 'canary-HALO-secret-5e2a9f13c7d4', accessToken: 'canary-HALO-token-0a6b4c8e1d3f' };

describeSecretCanarySuite<HaloClient>({
  name: 'HaloPSA credentials',
  provider: haloProvider,
  canaries: CANARIES,
  config: { baseUrl: BASE, authUrl: AUTH, clientId: 'psagate-tests', clientSecret: CANARIES.clientSecret, retry: { maxAttempts: 2 }, alertTicketTypeId: 9 },
  apiUrl: `${BASE}/api/*`,
  login: {
    issuesToken: http.post(`${AUTH}/token`, () => HttpResponse.json({ access_token: CANARIES.accessToken, token_type: 'Bearer', expires_in: 3600 })),
    url: `${AUTH}/*`,
  },
  calls: (gateway, native) => ({
    'tickets.list': () => gateway.tickets.list().toArray({ limit: 5 }),
    'tickets.create': () => gateway.tickets.create({ title: 'x', customerId: '3' }),
    'alerts.list': () => gateway.alerts.list().toArray({ limit: 5 }),
    'customers.get': () => gateway.customers.get('3'),
    'native actions.list': () => native.actions.list({ ticket_id: 1 }).toArray(),
    'native statuses': () => native.statuses.list(),
  }),
  configMistakes: [
    () => createGateway({ provider: 'halopsa', baseUrl: 'http://halo.example.com', clientId: '', clientSecret: CANARIES.clientSecret } as never, { providers: [haloProvider] }),
    () => createHaloClient({ baseUrl: `https://halo.test/?secret=${CANARIES.clientSecret}`, clientId: 'a', clientSecret: CANARIES.clientSecret }),
    () => createHaloClient({ baseUrl: BASE, authUrl: `https://user:${CANARIES.clientSecret}@halo.test/auth`, clientId: 'a', clientSecret: CANARIES.clientSecret }),
  ],
  validClient: () => createHaloClient({ baseUrl: BASE, clientId: 'a', clientSecret: CANARIES.clientSecret }),
});
