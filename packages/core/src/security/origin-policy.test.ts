import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/error-types';
import { isLoopbackHost, parseServiceUrl, sameOrigin, serviceUrlProblem } from './origin-policy';

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.10.20.30', true],
    ['[::1]', true],
    ['::1', true],
    ['sandbox.localhost', true],
    ['localhost.example.com', false],
    ['evil-localhost', false],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['app.atera.com', false],
  ])('calls %s loopback: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('parseServiceUrl', () => {
  it.each([
    'https://app.atera.com',
    'https://acme.halopsa.com/api',
    'https://automate.example.com:8443/cwa/api/v1/',
    'http://localhost:3000',
    'http://127.0.0.1:8080/api',
    'http://[::1]:9000',
    'http://sandbox.localhost',
  ])('accepts %s', (value) => {
    expect(parseServiceUrl(value, 'baseUrl').href).toBe(new URL(value).href);
  });

  it.each([
    ['plain http to a remote host', 'http://app.atera.com', 'baseUrl must use https:// (plain http:// is only allowed for loopback hosts such as localhost); got http://app.atera.com'],
    ['plain http to a private address', 'http://10.0.0.5:8080', 'got http://10.0.0.5:8080'],
    ['another scheme', 'ftp://files.example.com', 'baseUrl must use https:// (got ftp:)'],
    ['embedded credentials', 'https://user:pass@app.atera.com', 'baseUrl must not contain a user name or password; configure credentials separately'],
    ['an embedded user name', 'https://user@app.atera.com', 'must not contain a user name or password'],
    ['a query string', 'https://app.atera.com/?api_key=abc', 'baseUrl must not contain a query string or fragment'],
    ['a fragment', 'https://app.atera.com/#x', 'must not contain a query string or fragment'],
    ['a relative path', '/api/v3', 'baseUrl must be an absolute URL such as https://api.example.com, got "/api/v3"'],
    ['an empty string', '', 'must be an absolute URL'],
  ])('rejects %s with a clear ConfigError', (_label, value, message) => {
    let caught: unknown;
    try {
      parseServiceUrl(value, 'baseUrl');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).code).toBe('INVALID_URL');
    expect((caught as ConfigError).message).toContain(message);
  });

  it('never repeats the password or a query of a URL it rejects', () => {
    for (const value of ['https://user:hunter2-pass@app.atera.com', '//user:hunter2-pass@host', 'not a url?api_key=hunter2-pass']) {
      expect(() => parseServiceUrl(value, 'tokenUrl')).toThrow(ConfigError);
      try {
        parseServiceUrl(value, 'tokenUrl');
      } catch (error) {
        expect((error as Error).message).not.toContain('hunter2-pass');
        expect((error as Error).message).toMatch(/^tokenUrl /);
      }
    }
  });

  it('clips a long unparseable value', () => {
    expect(() => parseServiceUrl('x'.repeat(500), 'baseUrl')).toThrow(/x{80}…"/);
  });

  it('serviceUrlProblem returns undefined for a good URL', () => {
    expect(serviceUrlProblem(new URL('https://app.atera.com'))).toBeUndefined();
  });
});

describe('sameOrigin', () => {
  it.each([
    ['the same scheme, host and port', 'https://a.example.com/x', 'https://a.example.com/y?page=2', true],
    ['an explicit default port', 'https://a.example.com', 'https://a.example.com:443/next', true],
    ['a different case in the host', 'https://A.example.com', 'https://a.example.com', true],
    ['another host', 'https://a.example.com', 'https://b.example.com', false],
    ['a subdomain', 'https://example.com', 'https://api.example.com', false],
    ['another port', 'https://a.example.com', 'https://a.example.com:8443', false],
    ['another scheme', 'https://a.example.com', 'http://a.example.com', false],
    ['a user-info trick', 'https://a.example.com', 'https://a.example.com@evil.com', false],
    ['two opaque origins', 'data:text/plain,a', 'data:text/plain,b', false],
    ['custom schemes', 'foo://a', 'bar://b', false],
  ])('with %s says %s', (_label, a, b, expected) => {
    expect(sameOrigin(new URL(a), new URL(b))).toBe(expected);
  });
});
