import { type ProviderContext, RouteCaller } from '@psagate/core/provider';
import { HaloAuth } from './auth/halo-auth';
import type { HaloClient } from './client/halo-client';
import { bindHaloOperations } from './client/halo-operations';
import { haloPaging } from './client/halo-pages';
import { HaloRouteCaller } from './client/route-caller';
import type { HaloOperation } from './client/route-operations';
import { HALO_DEFAULT_RATE_LIMIT, type HaloConfig } from './config';

/**
 * The native HaloPSA client for a parsed config, over a provider context: the auth strategy
 * (OAuth2 client credentials, with the context's clock, token store and token events), the
 * transport (the context's rate lane, Halo's default rate budget under the user's), core's route
 * caller with Halo's paging, and reference lists cached in the context's cache. Both
 * `createHaloClient` (over a standalone context) and the provider's `create()` (over the
 * gateway's) build their client here, and nowhere else.
 */
export function wireHalo(config: HaloConfig, context: ProviderContext): HaloClient {
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
  const routes = new RouteCaller<HaloOperation>({ transport, paging: (operation) => haloPaging(operation.route) });
  const caller = new HaloRouteCaller(routes, { cache: context.cache });
  return { ...bindHaloOperations(caller), transport, forgetReferenceData: () => caller.forgetReferenceData() };
}
