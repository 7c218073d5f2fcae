import type { Container } from 'inversify';
import type { TokenStore } from '../auth/token-store';
import type { ReferenceCache } from '../cache/reference-cache';
import { transportSettings } from '../config/transport-settings';
import { containerStateStore } from '../container/container-state-store';
import { createPsaContainer } from '../container/psa-container';
import type { StateStore } from '../container/state-store';
import { PsaTokens } from '../container/tokens';
import { HttpTransport, defaultRateLimitPolicy } from '../http/http-transport';
import { PsaEvents } from '../observability/events';
import type { PsaLogger } from '../observability/logger';
import type { Clock } from '../time/clock';
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
      // The store hands out one limiter per lane, so every transport using this key shares its budget.
      const limiter = stateStore.createRateLimiter(policy, `${provider}|${baseUrl.origin}|${transport.auth.credentialId}`);
      return new HttpTransport({ ...transport, baseUrl, provider, events, logger, clock, limiter });
    },
    transportDefaults: transportSettings,
  };
}

/** What a native client used without a gateway may share with the rest of your program. */
export interface StandaloneContextOptions {
  /** Receives warnings (schema drift in lenient mode), retries, token refreshes and rate-limit waits. */
  readonly events?: PsaEvents | undefined;
  readonly logger?: PsaLogger | undefined;
  /** Time for token expiry, backoff and rate-limit waits (tests pass a fake clock). */
  readonly clock?: Clock | undefined;
  /** Shares tokens between clients (and processes, with a store of yours). */
  readonly tokenStore?: TokenStore | undefined;
}

/**
 * The context a provider's wiring gets when its native client is built on its own
 * (`createAteraClient(...)`) rather than by a gateway: the same services, private to the client
 * (its own container, rate lanes, reference cache and, unless given, token store). Providers build
 * their client from one wiring function over a `ProviderContext`, whichever way it is made.
 */
export function standaloneProviderContext(provider: string, options: StandaloneContextOptions = {}): ProviderContext {
  const container = createPsaContainer({ clock: options.clock, logger: options.logger });
  if (options.tokenStore) container.rebind(PsaTokens.tokenStore).toConstantValue(options.tokenStore);
  return createProviderContext({
    provider,
    container,
    events: options.events ?? new PsaEvents(),
    logger: container.get(PsaTokens.logger),
    cache: container.get(PsaTokens.cache).scoped(provider),
    stateStore: containerStateStore(container),
  });
}
