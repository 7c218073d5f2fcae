import { ticketPrioritySchema, ticketStatusSchema } from '@psagate/core';
import { commonConfigShape, secretSchema, serviceUrlSchema } from '@psagate/core/provider';
import { z } from 'zod';

/**
 * Halo publishes no rate limit. Public clients assume about 500 requests per rolling 3 minutes
 * per tenant; psagate stays under that unless `rateLimit` says otherwise.
 */
export const HALO_DEFAULT_RATE_LIMIT = { requestsPerWindow: 500, windowMs: 180_000, maxConcurrency: 4 } as const;

/** Names tenants commonly give the asset-type fields holding these values; the first present wins. */
export const HALO_DEFAULT_ASSET_FIELDS = {
  operatingSystem: ['Operating System', 'OS', 'Operating system'],
  serialNumber: ['Serial Number', 'Serial No', 'Serial'],
  ipAddress: ['IP Address', 'IP', 'IPv4 Address'],
} as const;

const fieldNames = (defaults: readonly string[]) => z.array(z.string().trim().min(1)).min(1).default([...defaults]);

/** Everything a HaloPSA client or provider is configured with (besides `provider: 'halopsa'`). */
export const haloConfigSchema = z.strictObject({
  /** The instance, e.g. `https://acme.halopsa.com` (not the `/api` path under it). */
  baseUrl: serviceUrlSchema,
  /** Id of the HaloPSA API application (authentication method "Client ID and Secret"). */
  clientId: z.string().trim().min(1, 'is required: the client id of your HaloPSA API application'),
  clientSecret: secretSchema,
  /** Tenant name of a hosted instance (`?tenant=` on the token request). */
  tenant: z.string().trim().min(1).optional(),
  /** Where the tenant is sent: the token URL's query (default) or the form body. */
  tenantIn: z.enum(['query', 'body']).default('query'),
  /** OAuth2 scopes, space-separated. */
  scope: z.string().trim().min(1).default('all'),
  /** The auth server (`https://acme.halopsa.com/auth`); looked up through `/api/authinfo` when absent. */
  authUrl: serviceUrlSchema.optional(),
  /**
   * Halo has no alerts: alerts are the tickets of this ticket type (your RMM integration's "Alert"
   * type). Without it, alert operations throw UnsupportedOperationError.
   */
  alertTicketTypeId: z.int().positive().optional(),
  /** Names of the asset-type fields holding the operating system, serial number and IP address. */
  assetFields: z
    .strictObject({
      operatingSystem: fieldNames(HALO_DEFAULT_ASSET_FIELDS.operatingSystem),
      serialNumber: fieldNames(HALO_DEFAULT_ASSET_FIELDS.serialNumber),
      ipAddress: fieldNames(HALO_DEFAULT_ASSET_FIELDS.ipAddress),
    })
    .default({
      operatingSystem: [...HALO_DEFAULT_ASSET_FIELDS.operatingSystem],
      serialNumber: [...HALO_DEFAULT_ASSET_FIELDS.serialNumber],
      ipAddress: [...HALO_DEFAULT_ASSET_FIELDS.ipAddress],
    }),
  /**
   * Neutral status of each of your Halo status names, where the name alone does not say it
   * (`{ "With Supplier": "pending" }`). Names are checked against the instance's list.
   */
  statusMap: z.record(z.string().trim().min(1), ticketStatusSchema).default({}),
  /** Neutral priority of each of your Halo priority names (`{ "P1 - Outage": "critical" }`). */
  priorityMap: z.record(z.string().trim().min(1), ticketPrioritySchema).default({}),
  ...commonConfigShape,
});

export type HaloConfig = z.output<typeof haloConfigSchema>;
export type HaloConfigInput = z.input<typeof haloConfigSchema>;
