/**
 * The HaloPSA provider for psagate: a native client for the Halo routes an MSP integration needs
 * (tickets, actions, clients, sites, assets, users, agents, contracts and reference lists), the
 * mapping to psagate's neutral models, and the provider for `createGateway`.
 */
export { createHaloClient } from './client/halo-client';
export type { HaloClient, CreateHaloClientOptions } from './client/halo-client';
export type { CallOptions } from '@psagate/core';
export type { HaloOperations, HaloParams, HaloCreate, HaloUpdate } from './client/halo-operations';
export { haloPages } from './client/halo-pages';
export { HaloAuth } from './auth/halo-auth';
export type { HaloAuthOptions } from './auth/halo-auth';
export { haloConfigSchema, HALO_DEFAULT_RATE_LIMIT, HALO_DEFAULT_ASSET_FIELDS } from './config';
export type { HaloConfig, HaloConfigInput } from './config';
export { haloRoutes } from './routes/halo-routes';
export type { HaloRoute, HaloPathParam, HaloParamKind, HaloRecordName, HaloResponseKind } from './routes/halo-route';
export { HALO_MAX_PAGE_SIZE, haloDateSearchFields } from './routes/param-schemas';

export * from './schemas/ticket';
export * from './schemas/organisation';
export * from './schemas/asset';
export * from './schemas/lookups';
export { haloCustomFieldSchema } from './schemas/record-fields';
export type { HaloCustomField } from './schemas/record-fields';
export type { HaloRecordTypes } from './schemas/record-schemas';

export { haloProvider } from './provider/halo-provider';
export { createHaloAdapters } from './provider/halo-adapters';
export type { HaloAdapters } from './provider/halo-adapters';
/** Native → neutral (and back for assets and clients): `haloMapping.toTicket`, `haloMapping.toDevice`, `haloMapping.ReferenceData` … */
export * as haloMapping from './mapping/halo-mapping';
