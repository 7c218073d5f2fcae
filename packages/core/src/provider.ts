/**
 * `@psagate/core/provider`: the kit for writing a provider. Defining it, its neutral adapters, ids
 * and dates, its config schema, its routes and the route caller, the transport and its steps, auth
 * and paging strategies, error classification, rate limiting.
 *
 * The names an application uses as well (models, errors, `Paginated`, events, the container's
 * services) are in `@psagate/core`, and only there: an adapter imports from both entries.
 */

// Defining a provider
export { definePsaProvider } from './provider/provider-definition';
export type { ProviderInstance } from './provider/provider-definition';
export type { ProviderSupport, ResourceSupport } from './provider/capabilities';
export type { ProviderContext, ProviderTransportOptions } from './provider/provider-context';
export { standaloneProviderContext } from './gateway/provider-context-factory';
export type { StandaloneContextOptions } from './gateway/provider-context-factory';

// The neutral adapters: the provider's side of the ports
export type { TicketsAdapter } from './ports/tickets-port';
export type { DevicesAdapter } from './ports/devices-port';
export type { AlertsAdapter } from './ports/alerts-port';
export type { CustomersAdapter } from './ports/customers-port';
export { parseInput } from './gateway/parse-input';
export type { InputContext } from './gateway/parse-input';

// Ids and dates, between native and neutral records
export { integerIdOf, neutralIdOf, recordIdOf } from './provider/record-ids';
export type { IdSite, RecordIdSite } from './provider/record-ids';
export { toIsoDateTime } from './models/date-time';
export { dateInputSchema } from './models/common';

// Config
export { secretSchema, serviceUrlSchema, commonConfigShape } from './config/config-schemas';
export type { CommonConfig } from './config/config-schemas';
export { parseConfig } from './config/parse-config';
export { configErrorFromIssues } from './config/config-error';
export { transportSettings } from './config/transport-settings';
export type { TransportSettings } from './config/transport-settings';

// Routes and the route caller
export type { Route, RoutePathParam } from './client/route';
export type { RouteOperation } from './client/route-operation';
export { routeLookup } from './client/route-lookup';
export type { OperationIdOf } from './client/route-lookup';
export { RouteCaller } from './client/route-caller';
export type { AnyRouteOperation, ParsedParams, RouteCallerHooks, RouteCallerOptions, RoutePaging, RouteRequestOptions } from './client/route-caller';
export type { PathParamKind, PathParamValue } from './http/path-template';

// The transport and its steps
export { HttpTransport } from './http/http-transport';
export type { HttpTransportOptions, RequestSpec, TransportResponse, HttpMethod, QueryValue } from './http/http-transport';
export type { ResponseValidationMode } from './http/response-validation';
export type { RetryOptions, RetryDecision } from './http/retry-policy';
export { httpStepNames } from './http/steps/step-names';
export type { HttpStepName } from './http/steps/step-names';
export type { HttpStep, HttpStepPlacement, SendNext } from './http/steps/http-step';
export type { HttpCall, CallContext } from './http/steps/http-call';
export type { CallResponse } from './http/steps/call-response';
export { BareHttpClient } from './http/bare-http-client';
export type { BareRequest, BareResponse, BareHttpClientOptions } from './http/bare-http-client';

// Errors from responses
export { httpError } from './http/http-error';
export type { ErrorClassifier, HttpFailure, ClassifiableFailure } from './http/http-error';
export type { ParsedErrorBody, ErrorBodyParser } from './errors/error-body';
export { describeRequest } from './errors/psa-error';
export { abortedError, isAbortFailure } from './errors/aborted-error';

// Auth strategies
export type { AuthStrategy, AuthRequest, AuthStamp } from './auth/auth-strategy';
export { ApiKeyAuth } from './auth/api-key-auth';
export type { ApiKeyAuthOptions } from './auth/api-key-auth';
export { BearerTokenAuth } from './auth/bearer-token-auth';
export type { BearerTokenAuthOptions, TokenCall } from './auth/bearer-token-auth';
export { OAuth2ClientCredentialsAuth } from './auth/oauth2-client-credentials-auth';
export type { OAuth2ClientCredentialsOptions } from './auth/oauth2-client-credentials-auth';
export { LoginTokenAuth } from './auth/login-token-auth';
export type { LoginTokenAuthOptions, CurrentTokens } from './auth/login-token-auth';
export type { TokenRefreshReason, TokenOutcome } from './auth/token-lifecycle';
export { readTokenResponse } from './auth/token-set';
export { credentialIdOf } from './auth/credential-id';

// Pagination strategies
export type { PaginationStrategy, WalkContext } from './pagination/pagination-strategy';
export type { PageFetcher, PageRequest, PageResponse } from './pagination/page-fetcher';
export type { ResolvedPageOptions } from './pagination/page';
export type { PageSource, FromStrategyOptions } from './pagination/paginated';
export { PageNumberWithTotals } from './pagination/page-number-with-totals';
export type { PageNumberWithTotalsOptions } from './pagination/page-number-with-totals';
export { PageNumberWithoutTotals } from './pagination/page-number-without-totals';
export type { PageNumberWithoutTotalsOptions } from './pagination/page-number-without-totals';
export { NextLink } from './pagination/next-link';
export type { NextLinkOptions } from './pagination/next-link';
export type { FieldNames } from './pagination/response-fields';

// Rate limiting
export { SlidingWindowRateLimiter, defaultWindowMarginMs } from './http/rate-limiter';
export type { RateLimiter, RateLimitPolicy, RateLimitPermit, RateLimitWaitReason, AcquireOptions } from './http/rate-limiter';
export { RateLimiterRegistry } from './http/rate-limiter-registry';
export type { RateLimiterFactory } from './http/rate-limiter-registry';
export type { RateLimitInfo } from './http/rate-limit-headers';

// Secrets and origins
export { Redactor } from './security/redactor';
export { isLoopbackHost, parseServiceUrl, sameOrigin } from './security/origin-policy';
