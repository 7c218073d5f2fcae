import { mulberry32 } from '@psagate/core/sandbox-kit';

/**
 * A key shaped like the JWTs Atera issues (three base64url parts, well over 60 characters), derived
 * from the seed so a sandbox's key is the same on every run. It is not signed: only the sandbox reads it.
 */
export function sandboxApiKey(seed: number): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ iss: 'atera-sandbox', sub: `sandbox-account-${seed >>> 0}`, iat: 1_767_225_600 }));
  return `${header}.${payload}.${base64url(randomBytes(seed, 'signature', 32))}`;
}

/** A short legacy key (32 hex characters), sent as `X-API-KEY`. */
export function sandboxLegacyApiKey(seed: number): string {
  return Buffer.from(randomBytes(seed, 'legacy', 16)).toString('hex');
}

function randomBytes(seed: number, salt: string, length: number): Uint8Array {
  let mixed = seed >>> 0;
  for (let i = 0; i < salt.length; i++) mixed = Math.imul(mixed ^ salt.charCodeAt(i), 0x01000193) >>> 0;
  const next = mulberry32(mixed);
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

function base64url(value: string | Uint8Array): string {
  return Buffer.from(value).toString('base64url');
}
