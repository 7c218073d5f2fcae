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

/**
 * Parses `Retry-After`: delta seconds (`120`, `1.5`) or an HTTP date. Returns milliseconds from
 * `now` (never negative), or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Parses a reset value, which servers send as delta seconds (`30`), epoch seconds, epoch
 * milliseconds or an HTTP date. Returns epoch milliseconds.
 */
export function parseRateLimitReset(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const number = Number(text);
    if (number >= 1e12) return number;
    if (number >= 1e9) return number * 1000;
    return now + number * 1000;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : date;
}

/** Reads `X-RateLimit-Limit/Remaining/Reset` (and the IETF `RateLimit-*` names) and `Retry-After`. */
export function parseRateLimitHeaders(headers: Readonly<Record<string, string>>, now: number): RateLimitInfo {
  return {
    limit: count(first(headers, LIMIT_HEADERS)),
    remaining: count(first(headers, REMAINING_HEADERS)),
    resetAt: parseRateLimitReset(first(headers, RESET_HEADERS), now),
    retryAfterMs: parseRetryAfter(headers['retry-after'], now),
  };
}

function first(headers: Readonly<Record<string, string>>, names: readonly string[]): string | undefined {
  for (const name of names) if (headers[name] !== undefined) return headers[name];
  return undefined;
}

function count(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Some servers send a policy list ("100, 100;w=60"): the first number is the one that counts.
  const number = Number(value.split(/[,;]/)[0]?.trim());
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}
