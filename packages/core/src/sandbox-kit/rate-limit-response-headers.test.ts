import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders } from '../http/rate-limit-headers';
import { rateLimitHeaders, retryAfterHeader } from './rate-limit-response-headers';

describe('rate-limit response headers', () => {
  it('are read back by core as the same limit, remaining and reset time, even with a skewed client clock', () => {
    const headers = rateLimitHeaders({ limit: 700, remaining: 12, resetAt: 1_000_000 + 12_345, decidedAt: 1_000_000 });
    expect(headers).toEqual({ 'X-RateLimit-Limit': '700', 'X-RateLimit-Remaining': '12', 'X-RateLimit-Reset': '12.345' });
    const clientNow = 5_000_000_000;
    expect(parseRateLimitHeaders(headers, clientNow)).toEqual({ limit: 700, remaining: 12, resetAt: clientNow + 12_345, retryAfterMs: undefined });
  });

  it('never report a negative remaining count or reset', () => {
    expect(rateLimitHeaders({ limit: 1, remaining: -3, resetAt: 0, decidedAt: 10 })).toMatchObject({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '0' });
  });

  it('round Retry-After up to whole seconds, at least one', () => {
    expect(retryAfterHeader(1)).toEqual({ 'Retry-After': '1' });
    expect(retryAfterHeader(1_001)).toEqual({ 'Retry-After': '2' });
    expect(retryAfterHeader(60_000)).toEqual({ 'Retry-After': '60' });
    expect(parseRateLimitHeaders(retryAfterHeader(45_000), 0).retryAfterMs).toBe(45_000);
  });
});
