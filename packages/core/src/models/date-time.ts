const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Parses an ISO-8601 date or date-time naming a real calendar day and time. `new Date()` alone reads
 * "1" as 2001 and rolls "2026-02-30" over to March. A date-time without an offset is read as UTC
 * (PSAs such as Atera send them that way), never as the machine's local time.
 */
export function parseIsoDateTime(text: string): Date | undefined {
  const trimmed = text.trim();
  const match = ISO_DATE.exec(trimmed);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', offset] = match;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > daysInMonth) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const withZone = offset || match[4] === undefined ? trimmed : `${trimmed}Z`;
  const date = new Date(withZone.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Years at or before this are placeholders (.NET's `0001-01-01`, Halo's `1900-01-01`), not real dates. */
const SENTINEL_YEAR = 1900;

/**
 * Turns a date as a PSA sends it (ISO string with or without offset, epoch milliseconds, Date) into
 * the neutral ISO-8601 UTC form, or null when it is missing, unreadable or a placeholder date.
 */
export function toIsoDateTime(value: unknown): string | null {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number' && Number.isFinite(value)) date = new Date(value);
  else if (typeof value === 'string' && value.trim() !== '') date = parseIsoDateTime(value);
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() <= SENTINEL_YEAR) return null;
  return date.toISOString();
}
