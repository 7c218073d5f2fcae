import { z } from 'zod';
import { Secret } from '../security/secret';
import { serviceUrlProblem } from '../security/origin-policy';

/**
 * A credential in config: a string (or a Secret) that becomes a Secret at once, so the parsed
 * config can be logged or serialised without leaking it.
 */
export const secretSchema = z
  .union([z.string(), z.instanceof(Secret)])
  .transform((value) => Secret.from(typeof value === 'string' ? value.trim() : value))
  .refine((secret) => secret.length > 0, 'is required and must not be empty');

/** An API origin: HTTPS, or plain HTTP on loopback only; no credentials, query or fragment. */
export const serviceUrlSchema = z.string().transform((value, context) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    context.addIssue({ code: 'custom', message: 'must be an absolute URL such as https://api.example.com' });
    return z.NEVER;
  }
  const problem = serviceUrlProblem(url);
  if (problem) {
    context.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return url.href.replace(/\/+$/, '');
});

const positiveInt = z.number().int().positive();

/** Retry settings every provider accepts (`retry` in config). */
export const retryConfigSchema = z
  .strictObject({
    maxAttempts: positiveInt.max(10).optional(),
    maxElapsedMs: positiveInt.optional(),
    baseDelayMs: positiveInt.optional(),
    maxDelayMs: positiveInt.optional(),
    maxRetryAfterMs: z.number().int().nonnegative().optional(),
  })
  .default({});

/** Rate budget overrides (`rateLimit` in config): set these to your plan's tier. */
export const rateLimitConfigSchema = z
  .strictObject({
    requestsPerWindow: positiveInt.optional(),
    windowMs: positiveInt.optional(),
    maxConcurrency: positiveInt.max(256).optional(),
    /** Extra time each start stays counted past `windowMs` (default 1% of the window, 50 ms to 1 s). */
    windowMarginMs: z.number().nonnegative().max(60_000).optional(),
  })
  .default({});

/** Reference-data cache settings (`cache` in config). */
export const cacheConfigSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    ttlMs: positiveInt.default(300_000),
  })
  .default({ enabled: true, ttlMs: 300_000 });

/**
 * Settings every provider shares; spread them into a provider's config schema:
 * `z.strictObject({ apiKey: secretSchema, ...commonConfigShape })`.
 */
export const commonConfigShape = {
  /** Per-attempt timeout in milliseconds. */
  timeoutMs: positiveInt.max(600_000).default(30_000),
  retry: retryConfigSchema,
  rateLimit: rateLimitConfigSchema,
  cache: cacheConfigSchema,
  /** Pages fetched at once when a list's total is known. */
  pageConcurrency: positiveInt.max(32).default(4),
  /** Largest response body read, in bytes (default 64 MiB); a larger answer fails with RESPONSE_TOO_LARGE. */
  maxResponseBytes: positiveInt.max(1024 * 1024 * 1024).optional(),
  /** `strict`: drifted responses fail; `lenient`: they are kept with a warning event. */
  responseValidation: z.enum(['strict', 'lenient']).default('strict'),
};

export type CommonConfig = z.output<z.ZodObject<typeof commonConfigShape>>;
