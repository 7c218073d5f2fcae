import { z } from 'zod';
import { parseIsoDateTime } from './date-time';

/** Record ids are strings everywhere, whatever the PSA uses natively (integers, GUIDs). */
export const recordIdSchema = z
  .string()
  .trim()
  .min(1, 'must be a non-empty id')
  .max(200, 'is too long to be an id');
export type RecordId = z.infer<typeof recordIdSchema>;

/** Accepts ids as strings or integers (as users often hold them) and normalises them to strings. */
export const recordIdInputSchema = z
  .union([
    z.string(),
    z
      .number()
      .int('must be an integer id')
      .nonnegative('must not be negative')
      // Beyond this a number has already lost digits (and String(1e21) is "1e+21"): pass such ids as strings.
      .max(Number.MAX_SAFE_INTEGER, 'is too large for a number id; pass it as a string'),
  ])
  .transform((value) => String(value))
  .pipe(recordIdSchema);

/** ISO-8601 date-time in UTC, e.g. `2026-01-31T09:30:00.000Z`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof isoDateTimeSchema>;

/** A date filter as users give it: a Date, or an ISO-8601 string (UTC when it has no offset). Normalised to an ISO string. */
export const dateInputSchema = z
  .union([z.date(), z.string()])
  .transform((value, context) => {
    const date = value instanceof Date ? value : parseIsoDateTime(value);
    if (date === undefined || Number.isNaN(date.getTime())) {
      context.addIssue({ code: 'custom', message: 'must be a Date or an ISO-8601 date-time' });
      return z.NEVER;
    }
    return date.toISOString();
  });

export const ticketStatuses = ['open', 'pending', 'in_progress', 'resolved', 'closed', 'other'] as const;
export const ticketStatusSchema = z.enum(ticketStatuses);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketPriorities = ['low', 'medium', 'high', 'critical', 'other'] as const;
export const ticketPrioritySchema = z.enum(ticketPriorities);
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;

export const alertSeverities = ['info', 'warning', 'critical'] as const;
export const alertSeveritySchema = z.enum(alertSeverities);
export type AlertSeverity = z.infer<typeof alertSeveritySchema>;

export const alertStatuses = ['open', 'resolved'] as const;
export const alertStatusSchema = z.enum(alertStatuses);
export type AlertStatus = z.infer<typeof alertStatusSchema>;

/**
 * The provider's own value behind a normalised enum (`"Pending Customer"` behind `pending`), kept so
 * nothing is lost in translation. Null when the provider sent none.
 */
export const rawValueSchema = z.union([z.string(), z.number()]).nullable();
export type RawValue = z.infer<typeof rawValueSchema>;

/** Fields every neutral record carries. */
export const recordBaseShape = {
  id: recordIdSchema,
  /** Name of the provider the record came from. */
  provider: z.string().min(1),
  /** The native record exactly as the provider returned it. */
  raw: z.unknown(),
};

/** Accepts one value or a list, and always yields a list. */
export function oneOrMany<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.array(schema).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);
}
