import { Secret } from '../security/secret';
import { hasControlCharacter } from './header-text';

/** An access token and what is known about its life. */
export interface TokenSet {
  readonly accessToken: Secret;
  /** Epoch milliseconds after which the token no longer works. */
  readonly expiresAt: number;
  /** Epoch milliseconds when it was obtained (to size the refresh window to short-lived tokens). */
  readonly obtainedAt: number;
  readonly refreshToken?: Secret | undefined;
  readonly tokenType?: string | undefined;
}

/** Lifetime assumed when a token response states none. */
export const DEFAULT_TOKEN_LIFETIME_MS = 3_600_000;

const ACCESS_TOKEN_FIELDS = ['access_token', 'AccessToken', 'accessToken', 'token', 'Token'];
const REFRESH_TOKEN_FIELDS = ['refresh_token', 'RefreshToken', 'refreshToken'];
const EXPIRES_IN_FIELDS = ['expires_in', 'ExpiresIn', 'expiresIn'];
const EXPIRES_AT_FIELDS = ['expires_at', 'ExpirationDate', 'expirationDate', 'expiresAt', 'expiration', '.expires'];
const TOKEN_TYPE_FIELDS = ['token_type', 'TokenType', 'tokenType'];

/**
 * Reads the common token response shapes: OAuth2 (`access_token`, `expires_in`, `refresh_token`)
 * and the .NET style (`AccessToken`, `ExpirationDate`). Returns undefined when no access token is
 * present, so the caller can raise an error that fits its provider.
 */
export function readTokenResponse(body: unknown, now: number): TokenSet | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const picked = pick(record, ACCESS_TOKEN_FIELDS);
  const accessToken = typeof picked === 'string' ? picked.trim() : '';
  // A control character would split or break the Authorization header.
  if (accessToken === '' || hasControlCharacter(accessToken)) return undefined;
  const refreshToken = pick(record, REFRESH_TOKEN_FIELDS);
  const tokenType = pick(record, TOKEN_TYPE_FIELDS);
  return {
    accessToken: new Secret(accessToken),
    expiresAt: expiryOf(record, now),
    obtainedAt: now,
    refreshToken: typeof refreshToken === 'string' && refreshToken !== '' ? new Secret(refreshToken) : undefined,
    tokenType: typeof tokenType === 'string' ? tokenType : undefined,
  };
}

function expiryOf(record: Record<string, unknown>, now: number): number {
  const expiresIn = Number(pick(record, EXPIRES_IN_FIELDS));
  if (Number.isFinite(expiresIn) && expiresIn > 0) return now + expiresIn * 1000;
  const expiresAt = absoluteTime(pick(record, EXPIRES_AT_FIELDS));
  // An expiry already past means the server's clock or time zone disagrees with ours; trusting it
  // would refresh on every request, so assume the default life and let a 401 correct us.
  if (expiresAt !== undefined && expiresAt > now) return expiresAt;
  return now + DEFAULT_TOKEN_LIFETIME_MS;
}

/** Epoch ms from an ISO date (no offset = UTC, as servers mean it), epoch seconds or epoch ms. */
function absoluteTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? (value < 1e12 ? value * 1000 : value) : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return absoluteTime(Number(text));
  const withZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  const time = Date.parse(withZone);
  return Number.isFinite(time) ? time : undefined;
}

function pick(record: Record<string, unknown>, fields: readonly string[]): unknown {
  for (const field of fields) if (record[field] !== undefined && record[field] !== null) return record[field];
  return undefined;
}
