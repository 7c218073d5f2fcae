import { describe, expect, it } from 'vitest';
import { HttpCall } from './http-call';
import { BASE_URL, callOf } from './step.test-helpers';

describe('HttpCall', () => {
  it('names the call by provider, operation, method and path template', () => {
    const call = callOf({ operation: 'tickets.get', path: '/tickets/{id}', pathParams: { id: 7 } });
    expect(call.context).toEqual({ provider: 'acme', operation: 'tickets.get', method: 'GET', path: '/tickets/{id}' });
    expect(call.callId).toBe('call-1');
    expect(call.url).toBe(BASE_URL);
  });

  it('lays the spec headers over the transport headers', () => {
    const call = new HttpCall({
      callId: 'c',
      provider: 'acme',
      spec: { operation: 'x', method: 'GET', path: '/x', headers: { Accept: 'text/csv', 'X-Extra': 'yes' } },
      baseUrl: BASE_URL,
      headers: { Accept: 'application/json', 'User-Agent': 'psagate' },
      startedAt: 0,
    });
    expect(call.headers).toEqual({ Accept: 'text/csv', 'User-Agent': 'psagate', 'X-Extra': 'yes' });
  });

  it('knows which methods are safe to repeat, and a write marked idempotent', () => {
    expect(callOf({ method: 'PUT' }).idempotent).toBe(true);
    expect(callOf({ method: 'POST' }).idempotent).toBe(false);
    expect(callOf({ method: 'POST', idempotent: true }).idempotent).toBe(true);
  });

  it('counts attempts and forgets a timeout when a new attempt starts', () => {
    const call = callOf();
    call.startAttempt();
    call.timedOut = true;
    call.startAttempt();
    expect(call.attempt).toBe(2);
    expect(call.timedOut).toBe(false);
  });
});
