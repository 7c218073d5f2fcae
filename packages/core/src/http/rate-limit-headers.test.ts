import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders, parseRateLimitReset, parseRetryAfter } from './rate-limit-headers';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
  it.each<[string, string | undefined, number | undefined]>([
    ['absent', undefined, undefined],
    ['empty', '', undefined],
    ['blank', '   ', undefined],
    ['whole seconds', '120', 120_000],
    ['zero', '0', 0],
    ['seconds with spaces around', ' 5 ', 5_000],
    ['decimal seconds', '1.5', 1_500],
    ['sub-millisecond decimals, rounded', '0.0004', 0],
    ['an HTTP date 30 s ahead', 'Thu, 01 Jan 2026 12:00:30 GMT', 30_000],
    ['an HTTP date in the past', 'Thu, 01 Jan 2026 11:00:00 GMT', 0],
    ['an RFC 850 date', 'Thursday, 01-Jan-26 12:01:00 GMT', 60_000],
    ['an asctime date', 'Thu Jan  1 12:00:10 2026', 10_000],
    ['garbage', 'soon', undefined],
    ['a negative number', '-5', undefined],
    ['a signed number', '+5', undefined],
    ['words with a number V8 would read as a date', 'abc 2', undefined],
    ['a number with a unit', '5 seconds', undefined],
    ['hexadecimal', '0x10', undefined],
    ['exponent notation', '1e3', undefined],
  ])('reads %s (%j) as %j ms', (_label, value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('parseRateLimitReset', () => {
  it.each<[string, string | undefined, number | undefined]>([
    ['absent', undefined, undefined],
    ['empty', ' ', undefined],
    ['delta seconds', '30', NOW + 30_000],
    ['zero delta', '0', NOW],
    ['decimal delta seconds', '2.5', NOW + 2_500],
    ['epoch seconds', String(NOW / 1000 + 60), NOW + 60_000],
    ['decimal epoch seconds', `${NOW / 1000 + 60}.5`, NOW + 60_500],
    ['epoch milliseconds', String(NOW + 90_000), NOW + 90_000],
    ['an HTTP date', 'Thu, 01 Jan 2026 12:05:00 GMT', NOW + 300_000],
    ['an ISO date-time', '2026-01-01T12:00:45Z', NOW + 45_000],
    ['garbage', 'later', undefined],
    ['a negative number', '-30', undefined],
  ])('reads %s (%j) as %j', (_label, value, expected) => {
    expect(parseRateLimitReset(value, NOW)).toBe(expected);
  });
});

describe('parseRateLimitHeaders', () => {
  it('reads the X-RateLimit-* family and Retry-After', () => {
    expect(
      parseRateLimitHeaders({ 'x-ratelimit-limit': '700', 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': '40', 'retry-after': '3' }, NOW),
    ).toEqual({ limit: 700, remaining: 12, resetAt: NOW + 40_000, retryAfterMs: 3_000 });
  });

  it('reads the IETF RateLimit-* names', () => {
    expect(parseRateLimitHeaders({ 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '15' }, NOW)).toEqual({
      limit: 100,
      remaining: 0,
      resetAt: NOW + 15_000,
      retryAfterMs: undefined,
    });
  });

  it('reads the X-Rate-Limit-* spelling', () => {
    expect(parseRateLimitHeaders({ 'x-rate-limit-limit': '50', 'x-rate-limit-remaining': '49' }, NOW)).toMatchObject({ limit: 50, remaining: 49 });
  });

  it('prefers X-RateLimit-* when a server sends both families', () => {
    expect(parseRateLimitHeaders({ 'ratelimit-remaining': '9', 'x-ratelimit-remaining': '3' }, NOW).remaining).toBe(3);
  });

  it('finds the headers whatever the case of their names', () => {
    expect(parseRateLimitHeaders({ 'X-RateLimit-Remaining': '7', 'Retry-After': '2' }, NOW)).toMatchObject({ remaining: 7, retryAfterMs: 2_000 });
  });

  it.each<[string, string, number | undefined]>([
    ['a plain count', '100', 100],
    ['a policy list', '100, 100;w=60', 100],
    ['a single policy', '100;w=60', 100],
    ['a policy list with several quotas', '10, 10;w=1, 1000;w=3600', 10],
    ['zero', '0', 0],
    ['an empty value', '', undefined],
    ['a decimal', '1.5', undefined],
    ['a negative count', '-1', undefined],
    ['hexadecimal', '0x10', undefined],
    ['words', 'unlimited', undefined],
  ])('reads %s (%j) as a count of %j', (_label, value, expected) => {
    const info = parseRateLimitHeaders({ 'x-ratelimit-limit': value, 'x-ratelimit-remaining': value }, NOW);
    expect(info.limit).toBe(expected);
    expect(info.remaining).toBe(expected);
  });

  it('returns nothing but undefined when no header speaks of rate limits', () => {
    expect(parseRateLimitHeaders({ 'content-type': 'application/json' }, NOW)).toEqual({
      limit: undefined,
      remaining: undefined,
      resetAt: undefined,
      retryAfterMs: undefined,
    });
  });
});
