import { type ProviderSupport, definePsaProvider } from '@psagate/core/provider';
import { haloConfigSchema } from '../config';
import { wireHalo } from '../wiring';
import { createHaloAdapters } from './halo-adapters';

const ALERTS_NOTE = 'HaloPSA has no alerts resource; psagate reads alerts as the tickets of one ticket type, set by alertTicketTypeId (HALOPSA_ALERT_TICKET_TYPE_ID)';

const haloCapabilities = {
  tickets: { operations: ['list', 'get', 'create', 'update', 'listComments', 'addComment'], serverFilters: ['customerId', 'deviceId', 'createdSince', 'updatedSince'] },
  devices: { operations: ['list', 'get'], serverFilters: ['customerId'] },
  alerts: { operations: ['list', 'get', 'resolve'], serverFilters: ['customerId', 'deviceId', 'createdSince'], note: ALERTS_NOTE },
  customers: { operations: ['list', 'get'] },
} as const satisfies ProviderSupport;

/** Without alertTicketTypeId there are no alerts to read: the gateway says so before any call. */
const haloCapabilitiesWithoutAlerts: ProviderSupport = {
  ...haloCapabilities,
  alerts: { operations: [], note: `${ALERTS_NOTE}; it is not set, so alert operations are unavailable until you set it to the ticket type your RMM alerts arrive as` },
};

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
  capabilities: haloCapabilities,
  create(config, context) {
    const client = wireHalo(config, context);
    const support = config.alertTicketTypeId === undefined ? haloCapabilitiesWithoutAlerts : haloCapabilities;
    return { native: client, support, ...createHaloAdapters(client, config) };
  },
});
