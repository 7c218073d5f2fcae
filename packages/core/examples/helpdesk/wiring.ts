import { ApiKeyAuth, type ProviderContext, RouteCaller } from '@psagate/core/provider';
import { type HelpdeskClient, helpdeskClientOver } from './client/helpdesk-client';
import { helpdeskPaging } from './client/helpdesk-paging';
import { type HelpdeskConfig, helpdeskRatePolicy } from './config';

/**
 * Builds the native Helpdesk client over a provider context: the API key as a bearer token, a
 * transport from the context (its rate-limit lane, events and clock) with the config's settings over
 * Helpdesk's defaults, and a route caller paging the way Helpdesk does. The only place auth and
 * transport are built: `createHelpdeskClient` and the provider's `create()` both call it.
 */
export function wireHelpdesk(config: HelpdeskConfig, context: ProviderContext): HelpdeskClient {
  const transport = context.createTransport({
    baseUrl: config.baseUrl,
    auth: new ApiKeyAuth({ key: config.apiKey, header: 'Authorization', scheme: 'Bearer' }),
    ...context.transportDefaults(config, { rateLimit: helpdeskRatePolicy }),
  });
  return helpdeskClientOver(new RouteCaller({ transport, paging: helpdeskPaging }));
}
