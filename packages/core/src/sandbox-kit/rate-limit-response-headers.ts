import type { RateWindowDecision } from './sliding-window-counter';

/**
 * `X-RateLimit-Limit`, `-Remaining` and `-Reset`. Reset is sent as seconds from now with millisecond
 * decimals ("12.5"): core's `parseRateLimitReset` reads that against its own clock, so it stays right
 * when the client's clock and the sandbox's differ (a fake clock on one side only).
 */
export function rateLimitHeaders(decision: Pick<RateWindowDecision, 'limit' | 'remaining' | 'resetAt' | 'decidedAt'>): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(decision.limit),
    'X-RateLimit-Remaining': String(Math.max(0, decision.remaining)),
    'X-RateLimit-Reset': secondsText(decision.resetAt - decision.decidedAt),
  };
}

/** `Retry-After` in whole seconds, rounded up so a client that honours it is never early. */
export function retryAfterHeader(retryAfterMs: number): Record<string, string> {
  return { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) };
}

function secondsText(ms: number): string {
  return String(Math.max(0, Math.round(ms)) / 1000);
}
