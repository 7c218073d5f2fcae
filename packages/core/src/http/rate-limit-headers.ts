/** What a response says about the rate budget. */
export interface RateLimitInfo {
  readonly limit?: number | undefined;
  readonly remaining?: number | undefined;
  /** Epoch milliseconds when the budget resets. */
  readonly resetAt?: number | undefined;
  /** How long the server asked us to wait (`Retry-After`). */
  readonly retryAfterMs?: number | undefined;
}

const LIMIT_HEADERS = ['x-ratelimit-limit', 'ratelimit-limit', 'x-rate-limit-limit'];
const REMAINING_HEADERS = ['x-ratelimit-remaining', 'ratelimit-remaining', 'x-rate-limit-remaining'];
const RESET_HEADERS = ['x-ratelimit-reset', 'ratelimit-reset', 'x-rate-limit-reset'];

const DELTA_SECONDS = /^\d+(\.\d+)?$/;
/** IMF-fixdate, RFC 850 and asctime all name the month and give a time of day. */
const HTTP_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b.*\b\d{1,2}:\d{2}:\d{2}\b/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses `Retry-After`: delta seconds (`120`, `1.5`) or an HTTP date. Returns milliseconds from
 * `now` (never negative), or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (DELTA_SECONDS.test(text)) return Math.round(Number(text) * 1000);
  const date = parseDate(text);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/**
 * Parses a reset value, which servers send as delta seconds (`30`), epoch seconds, epoch
 * milliseconds or an HTTP date. Returns epoch milliseconds.
 */
export function parseRateLimitReset(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (DELTA_SECONDS.test(text)) {
    const number = Number(text);
    if (number >= 1e12) return Math.round(number);
    if (number >= 1e9) return Math.round(number * 1000);
    return now + Math.round(number * 1000);
  }
  return parseDate(text);
}

/** Reads `X-RateLimit-Limit/Remaining/Reset` (and the IETF `RateLimit-*` names) and `Retry-After`. Header names may be in any case. */
export function parseRateLimitHeaders(headers: Readonly<Record<string, string>>, now: number): RateLimitInfo {
  const lower = lowerCaseKeys(headers);
  return {
    limit: count(first(lower, LIMIT_HEADERS)),
    remaining: count(first(lower, REMAINING_HEADERS)),
    resetAt: parseRateLimitReset(first(lower, RESET_HEADERS), now),
    retryAfterMs: parseRetryAfter(lower['retry-after'], now),
  };
}

/**
 * `Date.parse` reads almost anything (`"-5"` and `"abc 2"` are dates to V8), so only text shaped
 * like an HTTP date or an ISO date-time is handed to it.
 */
function parseDate(text: string): number | undefined {
  if (!HTTP_DATE.test(text) && !ISO_DATE_TIME.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : date;
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  if (Object.keys(headers).every((name) => name === name.toLowerCase())) return headers;
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] ??= value;
  return lower;
}

function first(headers: Readonly<Record<string, string>>, names: readonly string[]): string | undefined {
  for (const name of names) if (typeof headers[name] === 'string') return headers[name];
  return undefined;
}

function count(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Some servers send a policy list ("100, 100;w=60"): the first number is the one that counts.
  const text = value.split(/[,;]/)[0]?.trim() ?? '';
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
