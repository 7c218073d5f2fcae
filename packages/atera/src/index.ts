/**
 * The Atera provider for psagate: a native client for every operation of Atera API v3, generated
 * from Atera's OpenAPI document, and the mapping to psagate's neutral models.
 */
export { createAteraClient } from './client/atera-client';
export type { AteraClient, CreateAteraClientOptions } from './client/atera-client';
export type { CallOptions } from '@psagate/core';
export { createAteraAuth, detectAteraKeyStyle } from './auth/atera-auth';
export type { AteraAuthStyle } from './auth/atera-auth';
export { ateraConfigSchema, ATERA_BASE_URL, ATERA_DEFAULT_REQUESTS_PER_MINUTE } from './config';
export type { AteraConfig, AteraConfigInput } from './config';
export { classifyAteraError } from './client/atera-errors';
export { ateraPages } from './client/atera-pages';
export { MAX_PAGE_SIZE as ATERA_MAX_PAGE_SIZE } from './schemas/schema-helpers';

export { ateraRoutes } from './generated/operations';
export type { AteraRoute, AteraParamKind } from './routes/atera-route';
export type { AteraGroup, AteraOperationId, AteraOperations } from './generated/operations';
export type * from './generated/operations';
export * as ateraSchemas from './generated/schemas';
export type * from './generated/schemas';

export { ateraProvider } from './provider/atera-provider';
export type { AteraProvider } from './provider/atera-provider';
export { ateraCapabilities } from './provider/atera-capabilities';
export { formatDeviceId, parseDeviceId, ateraDeviceKinds } from './mapping/device-ids';
export type { AteraDeviceKind, AteraDeviceRef } from './mapping/device-ids';
export { decodeHtmlEntities } from './mapping/html-text';
export * as ateraMapping from './mapping';
