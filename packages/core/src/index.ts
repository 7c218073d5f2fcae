// Errors
export { PsaError, isPsaError, describeRequest } from './errors/psa-error';
export type { PsaErrorKind, PsaIssue, PsaErrorContext, PsaErrorOptions, PsaErrorJson } from './errors/psa-error';
export {
  ConfigError,
  ValidationError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  ServerError,
  NetworkError,
  ResponseShapeError,
  UnsupportedOperationError,
} from './errors/error-types';
export type { RateLimitErrorOptions } from './errors/error-types';
export { abortedError, isAbortFailure } from './errors/aborted-error';
export { parseErrorBody } from './errors/error-body';
export type { ParsedErrorBody, ErrorBodyParser } from './errors/error-body';

// Security
export { Secret, isSecret } from './security/secret';
export { Redactor } from './security/redactor';
export { isLoopbackHost, parseServiceUrl, sameOrigin } from './security/origin-policy';

// Time and observability
export { systemClock } from './time/clock';
export type { Clock } from './time/clock';
export { PsaEvents } from './observability/events';
export type {
  PsaEventMap,
  PsaEventName,
  PsaEventListener,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
  RateLimitWaitEvent,
  TokenEvent,
  CacheEvent,
  WarningEvent,
  ErrorEvent,
} from './observability/events';
export { silentLogger, createConsoleLogger, redactingLogger } from './observability/logger';
export type { PsaLogger, LogLevel, LogFields } from './observability/logger';

// Neutral models
export * from './models/common';
export { parseIsoDateTime, toIsoDateTime } from './models/date-time';
export * from './models/customer';
export * from './models/ticket';
export * from './models/ticket-comment';
export * from './models/device';
export * from './models/alert';
export * from './models/inputs';
export * from './models/queries';

// Ports
export { operationOptionsSchema } from './ports/operation-options';
export type { OperationOptions } from './ports/operation-options';
export type { TicketsPort, TicketsAdapter } from './ports/tickets-port';
export type { DevicesPort, DevicesAdapter } from './ports/devices-port';
export type { AlertsPort, AlertsAdapter } from './ports/alerts-port';
export type { CustomersPort, CustomersAdapter } from './ports/customers-port';

// Auth
export type { AuthStrategy, AuthRequest, AuthStamp } from './auth/auth-strategy';
export { ApiKeyAuth } from './auth/api-key-auth';
export type { ApiKeyAuthOptions } from './auth/api-key-auth';
export { BearerTokenAuth } from './auth/bearer-token-auth';
export type { BearerTokenAuthOptions, TokenCall } from './auth/bearer-token-auth';
export { OAuth2ClientCredentialsAuth } from './auth/oauth2-client-credentials-auth';
export type { OAuth2ClientCredentialsOptions } from './auth/oauth2-client-credentials-auth';
export { LoginTokenAuth } from './auth/login-token-auth';
export type { LoginTokenAuthOptions, CurrentTokens } from './auth/login-token-auth';
export { readTokenResponse, DEFAULT_TOKEN_LIFETIME_MS } from './auth/token-set';
export type { TokenSet } from './auth/token-set';
export { InMemoryTokenStore } from './auth/token-store';
export type { TokenStore } from './auth/token-store';
export { TokenLifecycle } from './auth/token-lifecycle';
export type { TokenRefreshReason, TokenOutcome } from './auth/token-lifecycle';
export { credentialIdOf } from './auth/credential-id';

// Pagination
export { Paginated } from './pagination/paginated';
export type { PageSource, PagingLimits, FromStrategyOptions } from './pagination/paginated';
export type { Page, PageOptions, ResolvedPageOptions } from './pagination/page';
export type { PageFetcher, PageRequest, PageResponse } from './pagination/page-fetcher';
export type { PaginationStrategy, WalkContext } from './pagination/pagination-strategy';
export { PageNumberWithTotals } from './pagination/page-number-with-totals';
export type { PageNumberWithTotalsOptions } from './pagination/page-number-with-totals';
export { PageNumberWithoutTotals } from './pagination/page-number-without-totals';
export type { PageNumberWithoutTotalsOptions } from './pagination/page-number-without-totals';
export { NextLink } from './pagination/next-link';
export type { NextLinkOptions } from './pagination/next-link';
export type { FieldNames } from './pagination/response-fields';

// HTTP
export { HttpTransport, defaultRateLimitPolicy } from './http/http-transport';
export type { HttpTransportOptions, RequestSpec, TransportResponse, HttpMethod, QueryValue } from './http/http-transport';
export { httpStepNames } from './http/steps/step-names';
export type { HttpStepName } from './http/steps/step-names';
export type { HttpStep, HttpStepPlacement, SendNext } from './http/steps/http-step';
export type { HttpCall, CallContext } from './http/steps/http-call';
export type { CallResponse } from './http/steps/call-response';
export { BareHttpClient } from './http/bare-http-client';
export type { BareRequest, BareResponse, BareHttpClientOptions } from './http/bare-http-client';
export { SlidingWindowRateLimiter, defaultWindowMarginMs } from './http/rate-limiter';
export type { RateLimiter, RateLimitPolicy, RateLimitPermit, RateLimitWaitReason, AcquireOptions } from './http/rate-limiter';
export { RateLimiterRegistry } from './http/rate-limiter-registry';
export type { RateLimiterFactory } from './http/rate-limiter-registry';
export { parseRetryAfter, parseRateLimitReset, parseRateLimitHeaders } from './http/rate-limit-headers';
export type { RateLimitInfo } from './http/rate-limit-headers';
export { decideRetry, defaultRetryOptions, isIdempotent } from './http/retry-policy';
export type { RetryOptions, RetryDecision, RetryQuestion, AttemptFailure } from './http/retry-policy';
export { expandPath, pathParamNames } from './http/path-template';
export type { PathParamKind, PathParamValue } from './http/path-template';
export { httpError } from './http/http-error';
export type { ErrorClassifier, HttpFailure, ClassifiableFailure } from './http/http-error';
export { validateResponse } from './http/response-validation';
export type { ResponseValidationMode } from './http/response-validation';

// Native clients built from route data
export { routeLookup } from './client/route-lookup';
export type { OperationIdOf } from './client/route-lookup';
export type { CallOptions, RouteOperation } from './client/route-operation';
export type { Route, RoutePathParam } from './client/route';
export { RouteCaller } from './client/route-caller';
export type { AnyRouteOperation, ParsedParams, RouteCallerHooks, RouteCallerOptions, RoutePaging, RouteRequestOptions } from './client/route-caller';

// Cache
export { LruReferenceCache } from './cache/reference-cache';
export type { ReferenceCache, ReferenceCacheOptions, ReferenceCacheStats, CacheEntryOptions, CacheLoader, LoadOptions, ScopeOptions } from './cache/reference-cache';
export { ObservedReferenceCache, cacheNamespaceOf } from './cache/observed-reference-cache';
export type { CacheLookupListener } from './cache/observed-reference-cache';

// Config
export { secretSchema, serviceUrlSchema, commonConfigShape, retryConfigSchema, rateLimitConfigSchema, cacheConfigSchema } from './config/config-schemas';
export type { CommonConfig } from './config/config-schemas';
export { configErrorFromIssues } from './config/config-error';
export { parseConfig } from './config/parse-config';
export { transportSettings } from './config/transport-settings';
export type { TransportSettings } from './config/transport-settings';
export { stateStoreConfigSchema, knownStateStorePackages } from './config/state-store-config';
export type { StateStoreConfigInput, GatewaySettingsInput } from './config/state-store-config';
export { stateStoreFromEnv, stateStoreEnvVariables } from './config/state-store-env';

// Providers
export { definePsaProvider } from './provider/provider-definition';
export type { PsaProvider, AnyPsaProvider, ProviderInstance, EnvVariable, ConfigFor, NativeOf } from './provider/provider-definition';
export type { ProviderContext, ProviderTransportOptions } from './provider/provider-context';
export { standaloneProviderContext } from './gateway/provider-context-factory';
export { integerIdOf, neutralIdOf, recordIdOf } from './provider/record-ids';
export type { IdSite, RecordIdSite } from './provider/record-ids';
export type { StandaloneContextOptions } from './gateway/provider-context-factory';
export { ProviderRegistry } from './provider/provider-registry';
export {
  resolveCapabilities,
  ticketOperations,
  deviceOperations,
  alertOperations,
  customerOperations,
  ticketFilters,
  deviceFilters,
  alertFilters,
  customerFilters,
} from './provider/capabilities';
export type {
  ProviderCapabilities,
  ProviderSupport,
  ResourceCapabilities,
  ResourceSupport,
  FilterMode,
  TicketOperation,
  DeviceOperation,
  AlertOperation,
  CustomerOperation,
} from './provider/capabilities';

// Container
export { createPsaContainer, psaCoreModule } from './container/psa-container';
export type { PsaContainerOptions } from './container/psa-container';
export { PsaTokens } from './container/tokens';
export { containerStateStore } from './container/container-state-store';
export type { StateStore, StateStorePlugin, StateStoreSettings, StateStoreContext } from './container/state-store';

// Gateway
export { createGateway } from './gateway/create-gateway';
export { parseInput } from './gateway/parse-input';
export type { InputContext } from './gateway/parse-input';
export type { Gateway, CreateGatewayOptions, ConfigSources } from './gateway/create-gateway';
export { createGatewayFromEnv } from './gateway/create-gateway-from-env';
export { configFromEnv, commonEnvVariables, envSourcesOf } from './config/env-config';
export type { Environment } from './config/env-config';
