import { ValidationError } from '@psagate/core';

/** A value a condition compares a field with. */
export type ConditionValue = string | number | boolean | Date;

/** How dates are written: bare (`2024-01-31T00:00:00Z`, as Automate's own examples do) or quoted. */
export type DateStyle = 'bare' | 'quoted';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const invalid = (message: string): ValidationError => new ValidationError(`Automate condition value ${message}`, { provider: 'automate', code: 'INVALID_CONDITION_VALUE' });

/**
 * Writes a value as a literal of the condition language. Strings are quoted so that nothing inside
 * them can end the literal:
 *
 * - the quote character is one the value does not contain (`'` first, else `"`), so no quote ever
 *   needs escaping;
 * - backslashes are doubled, so a trailing backslash cannot escape the closing quote on a server
 *   that reads backslash escapes (on one that does not, the value would differ, but never escape);
 * - a value holding both quote characters is refused: Automate documents no escape for quotes, and
 *   guessing one wrong would let the rest of the value be read as condition.
 */
export function renderValue(value: unknown, dates: DateStyle = 'bare'): string {
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(`${String(value)} is not a finite number.`);
    // Exponent notation (1e+21) is not part of the language; such numbers have lost digits anyway.
    if (Math.abs(value) >= 1e21 || (value !== 0 && Math.abs(value) < 1e-6)) throw invalid(`${String(value)} cannot be written without an exponent; pass it as a string.`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalid('is an invalid Date.');
    const iso = value.toISOString().replace(/\.000Z$/, 'Z');
    return dates === 'quoted' ? `'${iso}'` : iso;
  }
  throw invalid(`must be a string, a finite number, a boolean or a Date, got ${value === null ? 'null' : typeof value}.`);
}

function quoteString(value: string): string {
  // NUL and other C0 controls (except tab) have no business in a filter and may truncate it server-side.
  if (hasControlCharacter(value)) throw invalid('contains a control character (line break, NUL...); remove it.');
  if (LONE_SURROGATE.test(value)) throw invalid('contains a lone surrogate, which is not valid Unicode text.');
  const escaped = value.replace(/\\/g, '\\\\');
  if (!value.includes("'")) return `'${escaped}'`;
  if (!value.includes('"')) return `"${escaped}"`;
  throw invalid(
    `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} contains both ' and ", and Automate documents no way to escape a quote. Match it with like and a % wildcard in place of one of the quotes instead.`,
  );
}

function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}
