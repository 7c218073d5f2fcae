import { definePsaProvider } from '@psagate/core/provider';
import { helpdeskConfigSchema } from '../config';
import { wireHelpdesk } from '../wiring';
import { helpdeskAlertsAdapter, helpdeskCustomersAdapter, helpdeskDevicesAdapter, helpdeskTicketsAdapter } from './helpdesk-adapters';
import { helpdeskCapabilities } from './helpdesk-capabilities';

/**
 * The Helpdesk provider: `createGateway({ provider: 'helpdesk', apiKey }, { providers: [helpdeskProvider] })`.
 * `gateway.native` is the native Helpdesk client.
 */
export const helpdeskProvider = definePsaProvider({
  name: 'helpdesk',
  displayName: 'Helpdesk',
  configSchema: helpdeskConfigSchema,
  // Environment variables for createGatewayFromEnv.
  env: { apiKey: 'HELPDESK_API_KEY', baseUrl: 'HELPDESK_BASE_URL' },
  capabilities: helpdeskCapabilities,
  create(config, context) {
    const native = wireHelpdesk(config, context);
    return {
      native,
      customers: helpdeskCustomersAdapter(native),
      tickets: helpdeskTicketsAdapter(native),
      devices: helpdeskDevicesAdapter(native),
      alerts: helpdeskAlertsAdapter(native),
    };
  },
});

