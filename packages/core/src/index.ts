/**
 * `@psagate/core`: what an application needs to use psagate. The gateway, the neutral records and
 * their schemas, the ports, `Paginated`, errors, events, capabilities, and the services of the
 * container an application may rebind (logger, clock, cache, token store, state store).
 *
 * Writing an adapter? The transport, auth and paging strategies, the route caller and the other
 * building blocks are in `@psagate/core/provider`; an adapter imports from both entries.
 */

// Gateway
export { createGateway } from './gateway/create-gateway';
export type { Gateway, CreateGatewayOptions, ConfigSources } from './gateway/create-gateway';
export { createGatewayFromEnv } from './gateway/create-gateway-from-env';
export { configFromEnv, envSourcesOf } from './config/env-config';
export type { Environment } from './config/env-config';
export type { GatewaySettingsInput, StateStoreConfigInput } from './config/state-store-config';
export { stateStoreFromEnv, stateStoreEnvVariables } from './config/state-store-env';

// Providers, as a user picks them
export type { PsaProvider, AnyPsaProvider, ConfigFor, NativeOf, ProviderNamed, EnvVariable } from './provider/provider-definition';
export { ProviderRegistry } from './provider/provider-registry';
export type { CallOptions } from './client/route-operation';

// Capabilities
export {
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
  ResourceCapabilities,
  FilterMode,
  TicketOperation,
  DeviceOperation,
  AlertOperation,
  CustomerOperation,
} from './provider/capabilities';

// Errors
export { PsaError, isPsaError } from './errors/psa-error';
export type { PsaErrorKind, PsaErrorByKind, PsaIssue, PsaErrorContext, PsaErrorOptions, PsaErrorJson } from './errors/psa-error';
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

// Neutral models
export {
  recordIdSchema,
  isoDateTimeSchema,
  rawValueSchema,
  ticketStatuses,
  ticketStatusSchema,
  ticketPriorities,
  ticketPrioritySchema,
  alertSeverities,
  alertSeveritySchema,
  alertStatuses,
  alertStatusSchema,
} from './models/common';
export type { RecordId, IsoDateTime, RawValue, TicketStatus, TicketPriority, AlertSeverity, AlertStatus } from './models/common';
export { ticketSchema, ticketContactSchema } from './models/ticket';
export type { Ticket, TicketContact } from './models/ticket';
export { ticketCommentSchema } from './models/ticket-comment';
export type { TicketComment } from './models/ticket-comment';
export { deviceSchema, deviceKinds, deviceKindSchema } from './models/device';
export type { Device, DeviceKind } from './models/device';
export { alertSchema } from './models/alert';
export type { Alert } from './models/alert';
export { customerSchema } from './models/customer';
export type { Customer } from './models/customer';
export { ticketCreateInputSchema, ticketUpdateInputSchema, commentCreateInputSchema } from './models/inputs';
export type { TicketCreateInput, TicketCreate, TicketUpdateInput, TicketUpdate, CommentCreateInput, CommentCreate } from './models/inputs';
export { ticketListQuerySchema, deviceListQuerySchema, alertListQuerySchema, customerListQuerySchema } from './models/queries';
export type {
  TicketListQueryInput,
  TicketListQuery,
  DeviceListQueryInput,
  DeviceListQuery,
  AlertListQueryInput,
  AlertListQuery,
  CustomerListQueryInput,
  CustomerListQuery,
  TicketFilter,
  DeviceFilter,
  AlertFilter,
  CustomerFilter,
} from './models/queries';

// Ports
export type { TicketsPort } from './ports/tickets-port';
export type { DevicesPort } from './ports/devices-port';
export type { AlertsPort } from './ports/alerts-port';
export type { CustomersPort } from './ports/customers-port';
export { operationOptionsSchema } from './ports/operation-options';
export type { OperationOptions } from './ports/operation-options';

// Pagination
export { Paginated } from './pagination/paginated';
export type { PagingLimits } from './pagination/paginated';
export type { Page, PageOptions } from './pagination/page';

// Events and logging
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
export { silentLogger, createConsoleLogger } from './observability/logger';
export type { PsaLogger, LogLevel, LogFields } from './observability/logger';

// Secrets and time
export { Secret } from './security/secret';
export { systemClock } from './time/clock';
export type { Clock } from './time/clock';

// Container and the services an application may rebind
export { createPsaContainer } from './container/psa-container';
export type { PsaContainerOptions } from './container/psa-container';
export { PsaTokens } from './container/tokens';
export { LruReferenceCache } from './cache/reference-cache';
export type { ReferenceCache, ReferenceCacheOptions, ReferenceCacheStats, CacheEntryOptions, CacheLoader, LoadOptions, ScopeOptions } from './cache/reference-cache';
export { InMemoryTokenStore } from './auth/token-store';
export type { TokenStore } from './auth/token-store';
export type { TokenSet } from './auth/token-set';
export type { StateStore, StateStorePlugin, StateStoreSettings, StateStoreContext } from './container/state-store';
