import { definePsaProvider } from '@psagate/core';
import { haloClientOver } from '../client/halo-client';
import { HaloAuth } from '../auth/halo-auth';
import { HALO_DEFAULT_RATE_LIMIT, haloConfigSchema } from '../config';
import { createHaloAdapters } from './halo-adapters';

/**
 * The HaloPSA provider: `createGateway({ provider: 'halopsa', baseUrl, clientId, clientSecret }, { providers: [haloProvider] })`.
 * Alerts are the tickets of `alertTicketTypeId` (Halo has no alerts resource): without that
 * setting every alert operation throws UnsupportedOperationError naming it.
 */
export const haloProvider = definePsaProvider({
  name: 'halopsa',
  displayName: 'HaloPSA',
  configSchema: haloConfigSchema,
  env: {
    baseUrl: 'HALOPSA_BASE_URL',
    clientId: 'HALOPSA_CLIENT_ID',
    clientSecret: 'HALOPSA_CLIENT_SECRET',
    tenant: 'HALOPSA_TENANT',
    tenantIn: 'HALOPSA_TENANT_IN',
    scope: 'HALOPSA_SCOPE',
    authUrl: 'HALOPSA_AUTH_URL',
    alertTicketTypeId: { name: 'HALOPSA_ALERT_TICKET_TYPE_ID', type: 'number' },
    'rateLimit.requestsPerWindow': { name: 'HALOPSA_REQUESTS_PER_WINDOW', type: 'number' },
    'rateLimit.windowMs': { name: 'HALOPSA_RATE_WINDOW_MS', type: 'number' },
  },
  capabilities: {
    tickets: { operations: ['list', 'get', 'create', 'update', 'listComments', 'addComment'], serverFilters: ['customerId', 'deviceId', 'createdSince', 'updatedSince'] },
    devices: { operations: ['list', 'get'], serverFilters: ['customerId'] },
    // Alerts are tickets of the configured alert ticket type (see alertTicketTypeId).
    alerts: { operations: ['list', 'get', 'resolve'], serverFilters: ['customerId', 'deviceId', 'createdSince'] },
    customers: { operations: ['list', 'get'] },
  },
  create(config, context) {
    const auth = new HaloAuth({
      instanceUrl: config.baseUrl,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      scope: config.scope,
      tenant: config.tenant,
      tenantIn: config.tenantIn,
      authUrl: config.authUrl,
      timeoutMs: config.timeoutMs,
      ...context.tokenAuthOptions(),
    });
    const transport = context.createTransport({ baseUrl: config.baseUrl, auth, ...context.transportDefaults(config, { rateLimit: HALO_DEFAULT_RATE_LIMIT }) });
    const client = haloClientOver(transport, { cache: context.cache });
    return { native: client, ...createHaloAdapters(client, config) };
  },
});
