import { ConfigError } from '@psagate/core';
import { commonConfigShape, secretSchema, serviceUrlSchema } from '@psagate/core/provider';
import { z } from 'zod';

/** Where the REST API sits on an Automate server. */
export const AUTOMATE_API_PATH = '/cwa/api';
/** Automate publishes no rate limit: a conservative client-side budget (about one request a second, four at a time). */
export const AUTOMATE_DEFAULT_REQUESTS_PER_MINUTE = 60;
export const AUTOMATE_DEFAULT_MAX_CONCURRENCY = 4;

const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** The server's origin, with or without the `/cwa/api` suffix users often copy along with it. */
const serverUrlSchema = serviceUrlSchema.transform((url) => url.replace(/\/cwa\/api(\/v\d+)?$/i, ''));

/** Everything an Automate client or provider is configured with (besides `provider: 'automate'`). */
export const automateConfigSchema = z.strictObject({
  /** The Automate server, e.g. `https://automate.example.com` (the API is under `/cwa/api`). */
  baseUrl: serverUrlSchema,
  /** The integrator (or user) name that logs in. */
  username: z
    .string({ error: 'is required: the Automate integrator or user name that logs in' })
    .trim()
    .min(1, 'is required: the Automate integrator or user name that logs in'),
  password: secretSchema,
  /**
   * The integrator application's ClientId (a GUID registered with ConnectWise). Automate refuses
   * requests without it since version 2020.11; it is sent as the `ClientId` header on every call.
   */
  clientId: z
    .string({ error: 'is required: Automate (2020.11 and later) refuses every request without the ClientId of your registered integration' })
    .trim()
    .min(1, 'is required: Automate (2020.11 and later) refuses every request without the ClientId of your registered integration')
    .regex(HEADER_SAFE, 'must be the ClientId GUID from your ConnectWise integration registration (no spaces or control characters)'),
  /** A two-factor passcode, sent only when the server answers that the account needs one. */
  twoFactorPasscode: secretSchema.optional(),
  /** Client-side budget, since Automate documents none. */
  requestsPerMinute: z.int().positive().max(100_000).default(AUTOMATE_DEFAULT_REQUESTS_PER_MINUTE),
  /** Requests in flight at once. */
  maxConcurrency: z.int().positive().max(64).default(AUTOMATE_DEFAULT_MAX_CONCURRENCY),
  /** Renew the token this long before its ExpirationDate. */
  refreshWindowMs: z.int().positive().max(3_600_000).default(120_000),
  ...commonConfigShape,
});

export type AutomateConfig = z.output<typeof automateConfigSchema>;
export type AutomateConfigInput = z.input<typeof automateConfigSchema>;

/** The API root for a server URL: `https://server/cwa/api`. */
export function automateApiUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${AUTOMATE_API_PATH}`;
}

/** The rate policy for a config: its budget and concurrency, overridden by an explicit `rateLimit`. */
export function automateRatePolicy(config: Pick<AutomateConfig, 'requestsPerMinute' | 'maxConcurrency'>) {
  return { requestsPerWindow: config.requestsPerMinute, windowMs: 60_000, maxConcurrency: config.maxConcurrency };
}

/** A ConfigError for a missing ClientId, for callers that build the auth strategy themselves. */
export function missingClientIdError(): ConfigError {
  return new ConfigError(
    'Automate clientId is required: since version 2020.11 the server refuses every request without the ClientId header of a registered integration. Register the integration with ConnectWise and set clientId (AUTOMATE_CLIENT_ID).',
    { provider: 'automate', code: 'MISSING_CLIENT_ID' },
  );
}
