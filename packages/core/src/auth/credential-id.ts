import { createHash } from 'node:crypto';

/**
 * A short, non-reversible identity for a credential, so two clients with the same key share one
 * rate-limit lane while the key itself never becomes a map key or a log field.
 */
export function credentialIdOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 16);
}
