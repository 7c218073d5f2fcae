import { definePsaProvider } from '@psagate/core/provider';
import { automateConfigSchema } from '../config';
import { AUTOMATE } from '../mapping/mapping-values';
import { wireAutomate } from '../wiring';
import { AutomateAlerts } from './automate-alerts';
import { AutomateCustomers } from './automate-customers';
import { AutomateDevices } from './automate-devices';
import { AutomateTickets } from './automate-tickets';

/**
 * ConnectWise Automate behind the neutral API. Customers are Automate clients, devices are
 * computers; tickets and alerts are read-only in Automate's API, so creating or updating tickets,
 * adding comments and resolving alerts are unsupported (and say so in `capabilities`).
 */
export const automateProvider = definePsaProvider({
  name: AUTOMATE.provider,
  displayName: AUTOMATE.displayName,
  configSchema: automateConfigSchema,
  env: {
    baseUrl: 'AUTOMATE_BASE_URL',
    username: 'AUTOMATE_USERNAME',
    password: 'AUTOMATE_PASSWORD',
    clientId: 'AUTOMATE_CLIENT_ID',
    twoFactorPasscode: 'AUTOMATE_TWO_FACTOR_PASSCODE',
    requestsPerMinute: { name: 'AUTOMATE_REQUESTS_PER_MINUTE', type: 'number' },
    maxConcurrency: { name: 'AUTOMATE_MAX_CONCURRENCY', type: 'number' },
  },
  capabilities: {
    tickets: {
      operations: ['list', 'get', 'listComments'],
      serverFilters: ['status', 'customerId', 'deviceId', 'updatedSince', 'createdSince'],
      note: "Automate's REST API reads tickets (comments embedded) but cannot create, update or comment on them",
    },
    devices: { operations: ['list', 'get'], serverFilters: ['customerId', 'search', 'createdSince'] },
    alerts: {
      operations: ['list', 'get'],
      serverFilters: ['status', 'customerId', 'deviceId', 'search', 'createdSince'],
      note: "Automate's REST API reads alerts but has no route to resolve them, so every alert reads as open",
    },
    customers: { operations: ['list', 'get'], serverFilters: ['search'] },
  },
  create(config, context) {
    const client = wireAutomate(config, context);
    return {
      native: client,
      customers: new AutomateCustomers(client),
      devices: new AutomateDevices(client),
      alerts: new AutomateAlerts(client),
      tickets: new AutomateTickets(client),
    };
  },
});
