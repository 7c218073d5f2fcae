import { ConfigError, Secret } from '@psagate/core';
import { ApiKeyAuth } from '@psagate/core/provider';

/**
 * How the API key is sent. `bearer`: `Authorization: Bearer <key>`, for the JWT keys Atera issues
 * since 2026. `x-api-key`: `X-API-KEY: <key>`, for older short keys (accepted during a grace period).
 * `auto` picks one from the key's shape.
 */
export type AteraAuthStyle = 'auto' | 'bearer' | 'x-api-key';

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** Legacy keys are tens of characters; a JWT's header alone is longer than this. */
const MIN_JWT_LENGTH = 60;

/** `bearer` for a key shaped like a JWT (three dot-separated base64url parts, long), else `x-api-key`. */
export function detectAteraKeyStyle(key: string | Secret): Exclude<AteraAuthStyle, 'auto'> {
  const raw = Secret.from(key).reveal().trim();
  return raw.length >= MIN_JWT_LENGTH && JWT_SHAPE.test(raw) ? 'bearer' : 'x-api-key';
}

/** The auth strategy for an Atera key, in the given style or the one its shape says. */
export function createAteraAuth(key: string | Secret, style: AteraAuthStyle = 'auto'): ApiKeyAuth {
  const resolved = style === 'auto' ? detectAteraKeyStyle(key) : style;
  if (resolved === 'bearer') return new ApiKeyAuth({ key, header: 'Authorization', scheme: 'Bearer' });
  if (resolved === 'x-api-key') return new ApiKeyAuth({ key, header: 'X-API-KEY' });
  throw new ConfigError(`Atera authStyle must be 'auto', 'bearer' or 'x-api-key', got ${JSON.stringify(style)}.`, { provider: 'atera', code: 'INVALID_AUTH_STYLE' });
}
