import type { ServiceIdentifier } from 'inversify';
import type { TokenStore } from '../auth/token-store';
import type { ReferenceCache } from '../cache/reference-cache';
import type { RateLimiterRegistry } from '../http/rate-limiter-registry';
import type { PsaLogger } from '../observability/logger';
import type { ProviderRegistry } from '../provider/provider-registry';
import type { Clock } from '../time/clock';

/**
 * Service identifiers of the psagate container. Rebind one to replace a service for every gateway
 * built from the container: `container.rebind(PsaTokens.logger).toConstantValue(myLogger)`.
 */
export const PsaTokens = {
  logger: Symbol.for('@psagate/core/Logger') as ServiceIdentifier<PsaLogger>,
  clock: Symbol.for('@psagate/core/Clock') as ServiceIdentifier<Clock>,
  /** Reference-data cache; each gateway uses its own namespace in it. */
  cache: Symbol.for('@psagate/core/ReferenceCache') as ServiceIdentifier<ReferenceCache>,
  /** Rate-limit lanes per (provider, origin, credential). Rebind to share budgets another way. */
  rateLimiters: Symbol.for('@psagate/core/RateLimiterRegistry') as ServiceIdentifier<RateLimiterRegistry>,
  tokenStore: Symbol.for('@psagate/core/TokenStore') as ServiceIdentifier<TokenStore>,
  providers: Symbol.for('@psagate/core/ProviderRegistry') as ServiceIdentifier<ProviderRegistry>,
} as const;
