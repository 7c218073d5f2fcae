import { createHash } from 'node:crypto';
import { z } from 'zod';
import { HttpProblem } from './problem';

/**
 * Where a list walk stands: the next page to fetch, at which size, for which resource and filters.
 * Callers see it as an opaque base64url token; the filter hash makes a cursor useless with other
 * filters, so a walk cannot silently change its query halfway.
 */
export interface ListCursor {
  readonly resource: string;
  readonly page: number;
  readonly pageSize: number;
  readonly filterHash: string;
}

/**
 * Resource names of up to 64 printable ASCII characters travel in the cursor as they are (so a
 * misplaced cursor can say which list it belongs to); any other, such as the comments of a ticket
 * with a 200-character id, travels as `#` and a hash, which keeps every cursor under MAX_CURSOR_LENGTH.
 */
const PLAIN_RESOURCE_LENGTH = 64;
/** Printable ASCII, not starting with `#`: JSON escapes none of it past two bytes. */
const PLAIN_RESOURCE = /^[\x20-\x22\x24-\x7e][\x20-\x7e]*$/;

const cursorSchema = z.strictObject({
  v: z.literal(1),
  r: z.string().min(1).max(PLAIN_RESOURCE_LENGTH),
  p: z.number().int().min(1).max(10_000_000),
  s: z.number().int().min(1).max(100_000),
  f: z.string().regex(/^[0-9a-f]{32}$/),
});

const MAX_CURSOR_LENGTH = 512;

export function encodeCursor(cursor: ListCursor): string {
  const payload = { v: 1, r: resourceKey(cursor.resource), p: cursor.page, s: cursor.pageSize, f: cursor.filterHash };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Reads a cursor for `resource` and `filterHash`; any mismatch or damage is a 400 problem. */
export function decodeCursor(token: string, expected: { readonly resource: string; readonly filterHash: string }): ListCursor {
  const invalid = (why: string): HttpProblem =>
    new HttpProblem('bad-request', `The cursor ${why}. Start the list again without a cursor, or pass nextCursor exactly as the previous page returned it.`, {
      code: 'INVALID_CURSOR',
      errors: [{ parameter: 'cursor', message: why }],
    });
  if (token.length === 0 || token.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) throw invalid('is not a cursor this gateway issued');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid('is not a cursor this gateway issued');
  }
  const parsed = cursorSchema.safeParse(payload);
  if (!parsed.success) throw invalid('is not a cursor this gateway issued');
  const { r, p, s, f } = parsed.data;
  if (r !== resourceKey(expected.resource)) throw invalid(r.startsWith('#') ? `belongs to another list than /v1/${expected.resource}` : `belongs to /v1/${r}, not /v1/${expected.resource}`);
  if (f !== expected.filterHash) {
    throw new HttpProblem('bad-request', 'The cursor was issued for other filters. Keep the filters of the first request while you follow nextCursor, or start again without a cursor.', {
      code: 'CURSOR_FILTER_MISMATCH',
      errors: [{ parameter: 'cursor', message: 'was issued for other filters' }],
    });
  }
  return { resource: expected.resource, page: p, pageSize: s, filterHash: f };
}

/** What the cursor carries to name its resource: the name itself, or `#` and a hash when the name is long. */
function resourceKey(resource: string): string {
  if (resource.length <= PLAIN_RESOURCE_LENGTH && PLAIN_RESOURCE.test(resource)) return resource;
  return `#${createHash('sha256').update(resource).digest('hex').slice(0, 32)}`;
}

/** A stable hash of the parsed filters: the same filters hash the same, whatever their order in the URL. */
export function filterHashOf(resource: string, filters: object): string {
  return createHash('sha256').update(`${resource}\n${canonicalJson(filters)}`).digest('hex').slice(0, 32);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
