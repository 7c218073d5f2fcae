import { commonConfigShape, type RateLimitPolicy, secretSchema, serviceUrlSchema } from '@psagate/core/provider';
import { z } from 'zod';

/** Where Helpdesk serves its API unless the config says otherwise. */
export const HELPDESK_BASE_URL = 'https://helpdesk.example.test';

/** Helpdesk's budget per API key: 120 requests a minute, 4 at a time. A `rateLimit` in the config overrides it. */
export const helpdeskRatePolicy: RateLimitPolicy = { requestsPerWindow: 120, windowMs: 60_000, maxConcurrency: 4 };

/** What users pass besides `provider`. Secrets become `Secret` values as soon as it is parsed. */
export const helpdeskConfigSchema = z.strictObject({
  apiKey: secretSchema,
  baseUrl: serviceUrlSchema.default(HELPDESK_BASE_URL),
  ...commonConfigShape,
});

/** A parsed Helpdesk config. */
export type HelpdeskConfig = z.output<typeof helpdeskConfigSchema>;
/** A Helpdesk config as users write it. */
export type HelpdeskConfigInput = z.input<typeof helpdeskConfigSchema>;
