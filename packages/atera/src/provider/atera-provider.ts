import { definePsaProvider } from '@psagate/core';
import { createAteraAuth } from '../auth/atera-auth';
import { ateraClientOver } from '../client/atera-client';
import { classifyAteraError } from '../client/atera-errors';
import { ateraConfigSchema, ateraRatePolicy } from '../config';
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
    const transport = context.createTransport({
      baseUrl: config.baseUrl,
      auth: createAteraAuth(config.apiKey, config.authStyle),
      classifyError: classifyAteraError,
      ...context.transportDefaults(config, { rateLimit: ateraRatePolicy(config) }),
    });
    const native = ateraClientOver(transport, { cache: context.cache, validateCustomFieldNames: config.validateCustomFieldNames });
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
