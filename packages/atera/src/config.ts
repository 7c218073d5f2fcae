import { commonConfigShape, secretSchema, serviceUrlSchema } from '@psagate/core/provider';
import { z } from 'zod';

export const ATERA_BASE_URL = 'https://app.atera.com';
/** Atera's default budget per API key; plans with other tiers (400, 2,000, 4,000 a minute) set `requestsPerMinute`. */
export const ATERA_DEFAULT_REQUESTS_PER_MINUTE = 700;

/** Everything an Atera client or provider is configured with (besides `provider: 'atera'`). */
export const ateraConfigSchema = z.strictObject({
  /** The API key from Atera's admin settings: a JWT (sent as a bearer token) or an older short key (sent as X-API-KEY). */
  apiKey: secretSchema,
  /** How the key is sent; `auto` decides from its shape. */
  authStyle: z.enum(['auto', 'bearer', 'x-api-key']).default('auto'),
  baseUrl: serviceUrlSchema.default(ATERA_BASE_URL),
  /** The account's rate budget; the client never sends more than this in any 60 s window. */
  requestsPerMinute: z.int().positive().max(100_000).default(ATERA_DEFAULT_REQUESTS_PER_MINUTE),
  /** Check custom field names against the account's definitions (cached) before custom value calls. */
  validateCustomFieldNames: z.boolean().default(true),
  ...commonConfigShape,
});

export type AteraConfig = z.output<typeof ateraConfigSchema>;
export type AteraConfigInput = z.input<typeof ateraConfigSchema>;

/** The rate policy for a config: its budget per minute, overridden by an explicit `rateLimit`. */
export function ateraRatePolicy(config: Pick<AteraConfig, 'requestsPerMinute'>) {
  return { requestsPerWindow: config.requestsPerMinute, windowMs: 60_000, maxConcurrency: 8 };
}
