import type { z } from 'zod';
import { configErrorFromIssues } from './config-error';

/** Parses a provider's config with its schema, or throws one ConfigError listing every problem. */
export function parseConfig<Schema extends z.ZodType>(provider: string, schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw configErrorFromIssues(provider, parsed.error.issues);
  return parsed.data;
}
