import { createGateway } from '@psagate/core';
import { describeSecretCanarySuite } from '@psagate/core/testing';
import { type AteraClient, createAteraClient } from './client/atera-client';
import { ateraProvider } from './provider/atera-provider';

/**
 * Canary API keys (a legacy X-API-KEY key and a JWT sent as a bearer token) against servers that
 * echo every request back: see describeSecretCanarySuite.
 */
const BASE = 'https://atera.test';
const KEYS = {
  legacy: 'canary-ATERA-legacy-7d1e9c0b5a3f',
  jwt: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from('{"sub":"canary-ATERA-jwt-4b8e2a61"}').toString('base64url')}.Y2FuYXJ5LXNpZ25hdHVyZS1ub3QtcmVhbC0wMDAx`,
};

for (const [style, apiKey] of Object.entries(KEYS)) {
  describeSecretCanarySuite<AteraClient>({
    name: `an Atera ${style} key`,
    provider: ateraProvider,
    canaries: { apiKey },
    config: { apiKey, baseUrl: BASE, retry: { maxAttempts: 2 }, validateCustomFieldNames: false },
    apiUrl: `${BASE}/*`,
    calls: (gateway, native) => ({
      'tickets.list': () => gateway.tickets.list().toArray({ limit: 5 }),
      'tickets.update': () => gateway.tickets.update('1', { title: 'x' }),
      'devices.get': () => gateway.devices.get('snmp:7'),
      'customers.list': () => gateway.customers.list().toArray({ limit: 5 }),
      'native agents.list': () => native.agents.list({}).toArray({ limit: 5 }),
      'native customValues.setTicketField': () => native.customValues.setTicketField({ ticketId: 1, fieldName: 'Colour', body: { Value: 'red' } } as never),
    }),
    inspected: (gateway, native) => ({ gateway, transport: native.transport }),
    configMistakes: [
      () => createGateway({ provider: 'atera', apiKey, baseUrl: 'http://atera.example.com', requestsPerMinute: -1 } as never, { providers: [ateraProvider] }),
      () => createAteraClient({ apiKey, baseUrl: `https://user:${apiKey}@atera.test` }),
      () => createAteraClient({ apiKey, baseUrl: `https://atera.test/?key=${apiKey}` }),
      () => createAteraClient({ apiKey, authStyle: 'basic' as never }),
    ],
    validClient: () => createAteraClient({ apiKey, baseUrl: BASE }),
  });
}
