import type { ReferenceCache } from '../cache/reference-cache';
import type { HttpTransport, HttpTransportOptions } from '../http/http-transport';
import type { RateLimitPolicy } from '../http/rate-limiter';
import type { PsaEvents } from '../observability/events';
import type { PsaLogger } from '../observability/logger';
import type { Clock } from '../time/clock';
import type { TokenStore } from '../auth/token-store';
import type { BearerTokenAuthOptions } from '../auth/bearer-token-auth';
import type { CommonConfig } from '../config/config-schemas';

/** Transport options a provider chooses; the context supplies events, logger, clock and the rate-limit lane. */
export type ProviderTransportOptions = Omit<HttpTransportOptions, 'events' | 'logger' | 'clock' | 'limiter' | 'provider'>;

/** What the gateway hands a provider's `create()`: shared services, already scoped to this gateway. */
export interface ProviderContext {
  readonly provider: string;
  readonly events: PsaEvents;
  readonly logger: PsaLogger;
  readonly clock: Clock;
  /** Reference-data cache, namespaced to this provider and credential. */
  readonly cache: ReferenceCache;
  readonly tokenStore: TokenStore;
  /**
   * Builds the HTTP transport for this provider. Its rate limiter is the container's lane for
   * (provider, origin, credential), so every client using the same key shares one budget.
   */
  createTransport(options: ProviderTransportOptions): HttpTransport;
  /**
   * Options for a token-based auth strategy (`OAuth2ClientCredentialsAuth`, `LoginTokenAuth`) wired
   * to this gateway: its clock and token store, `token` events, and a warning when the store fails.
   */
  tokenAuthOptions(): Pick<BearerTokenAuthOptions, 'provider' | 'clock' | 'tokenStore' | 'onRefresh' | 'onStoreError'>;
  /**
   * Transport options from the settings every provider shares (timeouts, retry, validation, page
   * concurrency), with the rate budget: the provider's default policy overridden by the user's config.
   */
  transportDefaults(
    config: CommonConfig,
    defaults?: { readonly rateLimit?: Partial<RateLimitPolicy> | undefined },
  ): Pick<HttpTransportOptions, 'timeoutMs' | 'retry' | 'rateLimit' | 'pageConcurrency' | 'responseValidation'>;
}
