import { Secret } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { decodeTokenSet, encodeTokenSet } from './token-set-codec';

describe('the stored form of a token', () => {
  it('round-trips the token, its refresh token, type and times', () => {
    const token = { accessToken: new Secret('access-1'), refreshToken: new Secret('refresh-1'), tokenType: 'Bearer', expiresAt: 2_000, obtainedAt: 1_000 };
    const decoded = decodeTokenSet(encodeTokenSet(token));
    expect(decoded?.accessToken.reveal()).toBe('access-1');
    expect(decoded?.refreshToken?.reveal()).toBe('refresh-1');
    expect(decoded).toMatchObject({ tokenType: 'Bearer', expiresAt: 2_000, obtainedAt: 1_000 });
  });

  it('comes back with its secrets wrapped, so a logged token shows none', () => {
    const decoded = decodeTokenSet(encodeTokenSet({ accessToken: new Secret('access-2'), expiresAt: 2_000, obtainedAt: 1_000 }));
    expect(JSON.stringify(decoded)).not.toContain('access-2');
    expect(decoded?.refreshToken).toBeUndefined();
  });

  it.each([null, 'not json', '"text"', '{}', '{"accessToken":"","expiresAt":1,"obtainedAt":1}', '{"accessToken":"a","expiresAt":"soon","obtainedAt":1}'])(
    'treats %s as no token, so a fresh one is fetched',
    (stored) => {
      expect(decodeTokenSet(stored)).toBeUndefined();
    },
  );
});
