import { definePsaProvider } from '@psagate/core/provider';
import { ateraConfigSchema } from '../config';
import { wireAtera } from '../wiring';
import { AteraAlertsAdapter } from './atera-alerts-adapter';
import { ateraCapabilities } from './atera-capabilities';
import { AteraCustomersAdapter } from './atera-customers-adapter';
import { AteraDevicesAdapter } from './atera-devices-adapter';
import { AteraTicketsAdapter } from './atera-tickets-adapter';
import { CustomerDirectory } from './customer-directory';

/**
 * The Atera provider: `createGateway({ provider: 'atera', apiKey }, { providers: [ateraProvider] })`.
 * `gateway.native` is the full Atera v3 client.
 */
export const ateraProvider = definePsaProvider({
  name: 'atera',
  displayName: 'Atera',
  configSchema: ateraConfigSchema,
  env: {
    apiKey: 'ATERA_API_KEY',
    baseUrl: 'ATERA_BASE_URL',
    authStyle: 'ATERA_AUTH_STYLE',
    requestsPerMinute: { name: 'ATERA_REQUESTS_PER_MINUTE', type: 'number' },
    validateCustomFieldNames: { name: 'ATERA_VALIDATE_CUSTOM_FIELD_NAMES', type: 'boolean' },
  },
  capabilities: ateraCapabilities,
  create(config, context) {
    const native = wireAtera(config, context);
    const directory = new CustomerDirectory(native, context.cache);
    return {
      native,
      tickets: new AteraTicketsAdapter(native, directory, context.cache, context.clock),
      devices: new AteraDevicesAdapter(native, directory),
      alerts: new AteraAlertsAdapter(native, directory),
      customers: new AteraCustomersAdapter(native),
    };
  },
});

export type AteraProvider = typeof ateraProvider;
