import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Atera's maximum `itemsInPage`. */
export const MAX_PAGE_SIZE = 50;

/**
 * A string enum that also accepts values Atera adds later: typed as the known values, checked as a
 * string, so a new severity does not break every list.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(_values: T): z.ZodType<T[number] | (string & {})> {
  return z.string() as unknown as z.ZodType<T[number] | (string & {})>;
}

/** A date-time for a request: an ISO 8601 string or a `Date`, sent as ISO 8601. */
export const dateTimeInput = z.union([
  z.date().transform((date) => date.toISOString()),
  z.string().refine((value) => !Number.isNaN(Date.parse(value)), { message: 'must be an ISO 8601 date-time, such as 2026-01-31T09:00:00Z' }),
]);

/** A GUID such as an agent's DeviceGuid. */
export const guidInput = z.string().regex(GUID, { message: 'must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301' });

/** An integer id in a path (AgentID, TicketID...): a number or a string of digits. */
export const idParam = z.union([
  z.int().nonnegative({ message: 'must be a non-negative integer id' }),
  z.string().regex(/^\d{1,19}$/, { message: 'must be an integer id (digits only)' }),
]);

/** A free-text path segment (machine name, custom field name); it is URL-encoded when sent. */
export const pathText = z.string().trim().min(1, { message: 'must not be empty' });

/** `page`: 1-based page to start a list from. */
export const pageNumber = z.int().min(1, { message: 'page is 1-based: use 1 or more' });

/** `itemsInPage`: Atera sends at most 50 records per page. */
export const pageSize = z
  .int()
  .min(1, { message: 'itemsInPage must be at least 1' })
  .max(MAX_PAGE_SIZE, { message: `itemsInPage can be at most ${MAX_PAGE_SIZE} (Atera's maximum); lists walk every page for you` });
