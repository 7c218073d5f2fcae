import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/error-types';
import { Secret } from '../security/secret';
import { ApiKeyAuth } from './api-key-auth';
import type { AuthRequest, AuthStrategy } from './auth-strategy';

const KEY = 'canary-SECRET-7f3a9b';

function request(): AuthRequest {
  return { method: 'GET', url: new URL('https://app.atera.com/api/v3/tickets'), headers: {} };
}

describe('ApiKeyAuth', () => {
  it('puts an Atera legacy key in the X-API-KEY header as it is', () => {
    const req = request();
    const stamp = new ApiKeyAuth({ key: KEY, header: 'X-API-KEY' }).authorize(req);
    expect(req.headers).toEqual({ 'X-API-KEY': KEY });
    expect(stamp).toBeUndefined();
  });

  it('sends a newer Atera JWT key as Authorization: Bearer <key>', () => {
    const req = request();
    new ApiKeyAuth({ key: 'eyJhbGciOi.payload.sig', header: 'Authorization', scheme: 'Bearer' }).authorize(req);
    expect(req.headers).toEqual({ Authorization: 'Bearer eyJhbGciOi.payload.sig' });
  });

  it('accepts the key as a Secret and trims surrounding spaces', () => {
    const req = request();
    new ApiKeyAuth({ key: new Secret(`  ${KEY}  `), header: 'X-API-KEY' }).authorize(req);
    expect(req.headers['X-API-KEY']).toBe(KEY);
  });

  it('treats an empty scheme as no scheme', () => {
    const req = request();
    new ApiKeyAuth({ key: KEY, header: 'X-API-KEY', scheme: '' }).authorize(req);
    expect(req.headers['X-API-KEY']).toBe(KEY);
  });

  it('sends the same header on every request', () => {
    const auth = new ApiKeyAuth({ key: KEY, header: 'X-API-KEY' });
    const first = request();
    const second = request();
    auth.authorize(first);
    auth.authorize(second);
    expect(second.headers).toEqual(first.headers);
  });

  it.each([
    ['an empty key', '', 'MISSING_API_KEY'],
    ['a key of spaces', '   ', 'MISSING_API_KEY'],
    ['a key with a trailing newline', `${KEY}\n`, 'INVALID_API_KEY'],
    ['a key with a carriage return inside', 'abc\rdef-ghi', 'INVALID_API_KEY'],
    ['a key with a NUL', 'abc\u0000def', 'INVALID_API_KEY'],
    ['a key with a tab inside', 'abc\tdef-ghi', 'INVALID_API_KEY'],
  ])('rejects %s with a ConfigError', (_label, key, code) => {
    const build = (): ApiKeyAuth => new ApiKeyAuth({ key, header: 'X-API-KEY' });
    expect(build).toThrow(ConfigError);
    expect(build).toThrow(expect.objectContaining({ code }));
  });

  it.each([['X API KEY'], ['X-API-KEY\r\nInjected: 1'], [''], ['Bad:Header']])('rejects the header name %j with a ConfigError', (header) => {
    expect(() => new ApiKeyAuth({ key: KEY, header })).toThrow(expect.objectContaining({ name: 'ConfigError', code: 'INVALID_HEADER' }));
  });

  it.each([['Bearer token'], ['Bearer\r\nX: 1']])('rejects the scheme %j, which would corrupt the header', (scheme) => {
    expect(() => new ApiKeyAuth({ key: KEY, header: 'Authorization', scheme })).toThrow(
      expect.objectContaining({ name: 'ConfigError', code: 'INVALID_SCHEME' }),
    );
  });

  it('never shows the key in a config error about its header', () => {
    const error = (() => {
      try {
        new ApiKeyAuth({ key: KEY, header: 'bad header' });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(KEY);
  });

  it('describes itself by header without ever showing the key', () => {
    const auth = new ApiKeyAuth({ key: KEY, header: 'Authorization', scheme: 'Bearer' });
    expect(auth.describe()).toBe('API key in the Authorization header');
    expect(auth.describe()).not.toContain(KEY);
    expect(inspect(auth, { depth: 10 })).not.toContain(KEY);
    expect(JSON.stringify(auth)).not.toContain(KEY);
    expect(String(auth)).not.toContain(KEY);
  });

  it('has no renewal after a 401: a wrong key fails at once', () => {
    const strategy: AuthStrategy = new ApiKeyAuth({ key: KEY, header: 'X-API-KEY' });
    expect(strategy.onUnauthorized).toBeUndefined();
  });

  it('hands the key to the transport as a secret to mask', () => {
    expect(new ApiKeyAuth({ key: ` ${KEY} `, header: 'X-API-KEY' }).secretValues()).toEqual([KEY]);
  });

  it('gives the same key the same credential id and different keys different ids, none revealing the key', () => {
    const a = new ApiKeyAuth({ key: KEY, header: 'X-API-KEY' });
    const b = new ApiKeyAuth({ key: KEY, header: 'Authorization', scheme: 'Bearer' });
    const c = new ApiKeyAuth({ key: `${KEY}-other`, header: 'X-API-KEY' });
    expect(a.credentialId).toBe(b.credentialId);
    expect(a.credentialId).not.toBe(c.credentialId);
    expect(a.credentialId).not.toContain(KEY);
    expect(a.kind).toBe('api-key');
  });
});
