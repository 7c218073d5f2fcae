import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, RateLimitError, ResponseShapeError, ServerError } from '../errors/error-types';
import type { BareResponse } from '../http/bare-http-client';
import { Redactor } from '../security/redactor';
import { type TokenCallContext, tokenEndpointError } from './token-endpoint-error';

const CANARY = 'canary-SECRET-7f3a9b';
const NOW = Date.UTC(2026, 0, 1);

function context(): TokenCallContext {
  const redactor = new Redactor();
  redactor.add(CANARY);
  return { provider: 'halopsa', call: 'client credentials', url: new URL('https://halo.example.com/auth/token'), redactor, hint: 'Check the client id and secret.', now: NOW };
}

function response(status: number, body: unknown, headers: Record<string, string> = {}): BareResponse {
  return { status, headers, body };
}

function leaks(error: Error): string {
  return [error.message, error.stack, JSON.stringify(error), inspect(error, { depth: 10 })].join('\n');
}

describe('tokenEndpointError', () => {
  it.each([
    [400, AuthenticationError, false],
    [401, AuthenticationError, false],
    [403, AuthenticationError, false],
    [429, RateLimitError, true],
    [500, ServerError, true],
    [502, ServerError, true],
    [503, ServerError, true],
    [200, ResponseShapeError, false],
    [302, ResponseShapeError, false],
  ])('maps status %i to the right error class and retryability', (status, type, retryable) => {
    const error = tokenEndpointError(response(status, { error: 'invalid_client' }), context());
    expect(error).toBeInstanceOf(type);
    expect(error.retryable).toBe(retryable);
    expect(error).toMatchObject({ provider: 'halopsa', operation: 'auth.client credentials', method: 'POST', path: '/auth/token', status });
  });

  it('names the call, the endpoint path, the OAuth error and what to check when credentials are refused', () => {
    const error = tokenEndpointError(response(400, { error: 'invalid_client', error_description: 'Unknown client' }), context());
    expect(error.message).toBe('halopsa client credentials at POST /auth/token was refused with 400 (invalid_client: Unknown client). Check the client id and secret.');
    expect(error.providerCode).toBe('invalid_client');
  });

  it('reads the wait of a rate-limited token call from Retry-After', () => {
    const error = tokenEndpointError(response(429, '', { 'retry-after': '30' }), context());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(30_000);
  });

  it('reads a Retry-After given as an HTTP date against the injected time', () => {
    const error = tokenEndpointError(response(429, '', { 'retry-after': new Date(NOW + 90_000).toUTCString() }), context());
    expect((error as RateLimitError).retryAfterMs).toBe(90_000);
  });

  it('says a 200 without a token may mean a second factor is required', () => {
    const error = tokenEndpointError(response(200, { AccessToken: '', IsTwoFactorRequired: true }), context());
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.code).toBe('MISSING_ACCESS_TOKEN');
    expect(error.message).toContain('two-factor');
  });

  it('tells the user to check the token URL after a redirect or a 404', () => {
    expect(tokenEndpointError(response(302, undefined, { location: 'https://elsewhere.example.com' }), context()).message).toContain('Check the token URL');
    const notFound = tokenEndpointError(response(404, '<html><title>Not Found</title></html>'), context());
    expect(notFound).toBeInstanceOf(AuthenticationError);
    expect(notFound.message).toContain('Check the token URL');
  });

  it('keeps the request id the server sent', () => {
    expect(tokenEndpointError(response(500, '', { 'x-request-id': 'req-42' }), context()).requestId).toBe('req-42');
  });

  it.each([
    ['an OAuth description', { error: 'invalid_client', error_description: `bad secret ${CANARY}` }],
    ['a .NET Message', { Message: `The password ${CANARY} is wrong` }],
    ['an Automate error envelope', { error: { code: CANARY, message: `no ${CANARY}` } }],
    ['plain text', `client_secret=${CANARY}`],
    ['JSON text', JSON.stringify({ message: CANARY })],
    ['a secret that falls across the 300-character clip', { message: `${'x'.repeat(280)} ${CANARY} tail` }],
  ])('never repeats a secret echoed in %s', (_label, body) => {
    for (const status of [400, 401, 429, 500]) expect(leaks(tokenEndpointError(response(status, body), context()))).not.toContain(CANARY.slice(0, 10));
  });
});
