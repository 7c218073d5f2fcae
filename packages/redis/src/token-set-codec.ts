import { Secret, type TokenSet } from '@psagate/core';

interface StoredToken {
  readonly accessToken: string;
  readonly expiresAt: number;
  readonly obtainedAt: number;
  readonly refreshToken?: string | undefined;
  readonly tokenType?: string | undefined;
}

/** The JSON a token is kept as in Redis. The token itself is in it: protect the server (ACL, TLS, private network). */
export function encodeTokenSet(token: TokenSet): string {
  const stored: StoredToken = {
    accessToken: token.accessToken.reveal(),
    expiresAt: token.expiresAt,
    obtainedAt: token.obtainedAt,
    ...(token.refreshToken ? { refreshToken: token.refreshToken.reveal() } : {}),
    ...(token.tokenType !== undefined ? { tokenType: token.tokenType } : {}),
  };
  return JSON.stringify(stored);
}

/** Reads a stored token back; anything unreadable counts as no token (it is fetched again). */
export function decodeTokenSet(text: string | null): TokenSet | undefined {
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const stored = value as Partial<StoredToken>;
  if (typeof stored.accessToken !== 'string' || stored.accessToken === '') return undefined;
  if (typeof stored.expiresAt !== 'number' || typeof stored.obtainedAt !== 'number') return undefined;
  return {
    accessToken: new Secret(stored.accessToken),
    expiresAt: stored.expiresAt,
    obtainedAt: stored.obtainedAt,
    refreshToken: typeof stored.refreshToken === 'string' ? new Secret(stored.refreshToken) : undefined,
    tokenType: typeof stored.tokenType === 'string' ? stored.tokenType : undefined,
  };
}
