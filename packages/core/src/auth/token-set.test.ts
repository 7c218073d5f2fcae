import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN_LIFETIME_MS, readTokenResponse } from './token-set';

const NOW = Date.UTC(2026, 0, 1);

describe('readTokenResponse', () => {
  it.each([
    ['OAuth2 fields', { access_token: 'a1', token_type: 'Bearer', expires_in: 3600 }, 'a1', NOW + 3_600_000, 'Bearer'],
    ['expires_in as a string', { access_token: 'a1', expires_in: '120' }, 'a1', NOW + 120_000, undefined],
    ['.NET fields with an ExpirationDate', { AccessToken: 'a2', TokenType: 'Bearer', ExpirationDate: '2026-01-01T01:00:00Z' }, 'a2', NOW + 3_600_000, 'Bearer'],
    ['an ExpirationDate with an offset', { AccessToken: 'a2', ExpirationDate: '2026-01-01T02:00:00+01:00' }, 'a2', NOW + 3_600_000, undefined],
    ['an ExpirationDate without a zone, read as UTC', { AccessToken: 'a2', ExpirationDate: '2026-01-01T00:30:00' }, 'a2', NOW + 1_800_000, undefined],
    ['.NET seven-digit fractions', { AccessToken: 'a2', ExpirationDate: '2026-01-01T00:30:00.1234567Z' }, 'a2', NOW + 1_800_123, undefined],
    ['camelCase fields', { accessToken: 'a3', expiresIn: 60, tokenType: 'bearer' }, 'a3', NOW + 60_000, 'bearer'],
    ['expires_at in epoch seconds', { access_token: 'a4', expires_at: NOW / 1000 + 600 }, 'a4', NOW + 600_000, undefined],
    ['expires_at in epoch milliseconds', { access_token: 'a4', expires_at: NOW + 600_000 }, 'a4', NOW + 600_000, undefined],
    ['expires_in preferred over an expiry date', { access_token: 'a5', expires_in: 60, expires_at: NOW + 600_000 }, 'a5', NOW + 60_000, undefined],
    ['a plain token field', { token: 'a6' }, 'a6', NOW + DEFAULT_TOKEN_LIFETIME_MS, undefined],
    ['no expiry at all: the default lifetime', { access_token: 'a7' }, 'a7', NOW + DEFAULT_TOKEN_LIFETIME_MS, undefined],
    ['expires_in of zero: the default lifetime', { access_token: 'a8', expires_in: 0 }, 'a8', NOW + DEFAULT_TOKEN_LIFETIME_MS, undefined],
    ['an unreadable ExpirationDate: the default lifetime', { AccessToken: 'a9', ExpirationDate: 'soon' }, 'a9', NOW + DEFAULT_TOKEN_LIFETIME_MS, undefined],
    ['an ExpirationDate already past (server clock off): the default lifetime', { AccessToken: 'b1', ExpirationDate: '2025-12-31T23:00:00Z' }, 'b1', NOW + DEFAULT_TOKEN_LIFETIME_MS, undefined],
    ['a token with surrounding spaces, trimmed', { access_token: '  b2  ' }, 'b2', NOW + DEFAULT_TOKEN_LIFETIME_MS, undefined],
  ])('reads %s', (_label, body, accessToken, expiresAt, tokenType) => {
    const token = readTokenResponse(body, NOW);
    expect(token?.accessToken.reveal()).toBe(accessToken);
    expect(token?.expiresAt).toBe(expiresAt);
    expect(token?.obtainedAt).toBe(NOW);
    expect(token?.tokenType).toBe(tokenType);
  });

  it('reads a refresh token under its OAuth2 and .NET names', () => {
    expect(readTokenResponse({ access_token: 'a', refresh_token: 'r1' }, NOW)?.refreshToken?.reveal()).toBe('r1');
    expect(readTokenResponse({ AccessToken: 'a', RefreshToken: 'r2' }, NOW)?.refreshToken?.reveal()).toBe('r2');
    expect(readTokenResponse({ access_token: 'a', refresh_token: '' }, NOW)?.refreshToken).toBeUndefined();
  });

  it.each([
    ['undefined', undefined],
    ['a text body', 'access_token=abc'],
    ['an array', [{ access_token: 'a' }]],
    ['no token field', { token_type: 'Bearer', expires_in: 3600 }],
    ['an empty token', { access_token: '' }],
    ['a blank token', { access_token: '   ' }],
    ['a numeric token', { access_token: 12345 }],
    ['a token with a line break (header injection)', { access_token: 'abc\r\nX-Evil: 1' }],
    ['Automate asking for a second factor', { AccessToken: '', IsTwoFactorRequired: true }],
  ])('finds no token in %s', (_label, body) => {
    expect(readTokenResponse(body, NOW)).toBeUndefined();
  });

  it('wraps tokens so they print as [REDACTED]', () => {
    const token = readTokenResponse({ access_token: 'canary-TOKEN-1234', refresh_token: 'canary-REFRESH-1234' }, NOW);
    expect(JSON.stringify(token)).not.toContain('canary');
  });
});
