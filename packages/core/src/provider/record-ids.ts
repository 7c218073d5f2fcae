import { ResponseShapeError, ValidationError } from '../errors/error-types';

/** Where a neutral id was given: for the error that refuses it. */
export interface IdSite {
  /** Provider name, e.g. `atera`. */
  readonly provider: string;
  /** Human name of the PSA for messages (`HaloPSA`); the provider name when absent. */
  readonly displayName?: string | undefined;
  /** The neutral operation, e.g. `tickets.get`. */
  readonly operation: string;
  /** The field that held the id, e.g. `id` or `customerId`. */
  readonly field: string;
  /** The largest id the PSA accepts (Automate's are int32); larger ones are refused before sending. */
  readonly maxValue?: number | undefined;
}

const INTEGER_ID = /^\d{1,16}$/;

/** `a HaloPSA id`, `an Atera id`. */
function anId(psa: string): string {
  return `${/^[aeiou]/i.test(psa) ? 'an' : 'a'} ${psa} id`;
}

/**
 * A neutral id (a string) as the integer id a PSA uses, or a ValidationError naming the field:
 * nothing is sent. Accepts digits only (surrounding white space is ignored), up to the largest
 * integer a JavaScript number holds exactly.
 */
export function integerIdOf(value: string, site: IdSite): number {
  const trimmed = typeof value === 'string' ? value.trim() : String(value);
  const psa = site.displayName ?? site.provider;
  if (INTEGER_ID.test(trimmed) && Number.isSafeInteger(Number(trimmed))) {
    const id = Number(trimmed);
    if (site.maxValue === undefined || id <= site.maxValue) return id;
    throw new ValidationError(`${site.provider} ${site.operation}: ${site.field} must be ${anId(psa)} of at most ${site.maxValue}, got ${JSON.stringify(value)}. Nothing was sent.`, {
      provider: site.provider,
      operation: site.operation,
      code: 'INVALID_ID',
      issues: [{ path: site.field, message: `must be at most ${site.maxValue}` }],
    });
  }
  throw new ValidationError(`${site.provider} ${site.operation}: ${site.field} must be ${anId(psa)} (digits only, such as "42"), got ${JSON.stringify(value)}. Nothing was sent.`, {
    provider: site.provider,
    operation: site.operation,
    code: 'INVALID_ID',
    issues: [{ path: site.field, message: `must be ${anId(psa)} (digits only)` }],
  });
}

/**
 * The neutral id of an id a PSA sent, or null when it sent none. With `zeroIsNone`, 0 and negative
 * numbers also mean "none" (Atera and HaloPSA use 0 for an empty link).
 */
export function neutralIdOf(value: unknown, options: { readonly zeroIsNone?: boolean } = {}): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return options.zeroIsNone && value <= 0 ? null : String(value);
  const text = String(value).trim();
  if (text === '') return null;
  return options.zeroIsNone && /^-?\d+$/.test(text) && Number(text) <= 0 ? null : text;
}

/** Where a record's own id was read: for the error when it has none. */
export interface RecordIdSite {
  readonly provider: string;
  readonly displayName?: string | undefined;
  /** What the record is, e.g. `ticket`. */
  readonly record: string;
  /** The native field that holds its id, e.g. `TicketID`. */
  readonly field: string;
}

/**
 * The neutral id of a record a PSA returned. A record without an id cannot be addressed, so it is
 * a ResponseShapeError (MISSING_ID) rather than a record with id "undefined".
 */
export function recordIdOf(value: unknown, site: RecordIdSite): string {
  const id = neutralIdOf(value);
  if (id !== null) return id;
  const psa = site.displayName ?? site.provider;
  throw new ResponseShapeError(`${psa} returned a ${site.record} without its id (${site.field}); the record cannot be addressed. Report this to ${psa} support if it persists.`, {
    provider: site.provider,
    code: 'MISSING_ID',
    issues: [{ path: `${site.record}.${site.field}`, message: 'has no id' }],
  });
}
