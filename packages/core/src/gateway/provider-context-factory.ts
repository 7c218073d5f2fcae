import type { Container } from 'inversify';
import type { ReferenceCache } from '../cache/reference-cache';
import { transportSettings } from '../config/transport-settings';
import type { StateStore } from '../container/state-store';
import { PsaTokens } from '../container/tokens';
import { HttpTransport, defaultRateLimitPolicy } from '../http/http-transport';
import { RateLimiterRegistry } from '../http/rate-limiter-registry';
import type { PsaEvents } from '../observability/events';
import type { PsaLogger } from '../observability/logger';
import type { ProviderContext, ProviderTransportOptions } from '../provider/provider-context';
import { parseServiceUrl } from '../security/origin-policy';
import { withDefaults } from '../util/with-defaults';

/** Builds what a provider's `create()` receives, from the container's services. */
export function createProviderContext(options: {
  readonly provider: string;
  readonly container: Container;
  readonly events: PsaEvents;
  readonly logger: PsaLogger;
  readonly cache: ReferenceCache;
  /** Where rate budgets and tokens live: the container's memory, or a store shared across processes. */
  readonly stateStore: StateStore;
}): ProviderContext {
  const { provider, container, events, logger, cache, stateStore } = options;
  const clock = container.get(PsaTokens.clock);
  // One limiter per lane for this gateway, even when the provider builds several transports.
  const lanes = new RateLimiterRegistry({ clock, factory: (policy, laneKey) => stateStore.createRateLimiter(policy, laneKey) });
  const { tokenStore } = stateStore;
  return {
    provider,
    events,
    logger,
    clock,
    cache,
    tokenStore,
    tokenAuthOptions() {
      return {
        provider,
        clock,
        tokenStore,
        onRefresh: (reason, outcome) => events.emit('token', { provider, reason, outcome }),
        onStoreError: (operation, error) =>
          logger.warn(`${provider}: the token store failed to ${operation} a token; carrying on with the token in memory`, {
            error: error instanceof Error ? error.message : String(error),
          }),
      };
    },
    createTransport(transport: ProviderTransportOptions): HttpTransport {
      const baseUrl = parseServiceUrl(String(transport.baseUrl), `The ${provider} base URL`);
      const policy = withDefaults(defaultRateLimitPolicy, transport.rateLimit);
      const limiter = lanes.lane(`${provider}|${baseUrl.origin}|${transport.auth.credentialId}`, policy);
      return new HttpTransport({ ...transport, baseUrl, provider, events, logger, clock, limiter });
    },
    transportDefaults: transportSettings,
  };
}
