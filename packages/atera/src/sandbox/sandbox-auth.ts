/** The keys a sandbox accepts and how each must be sent. */
export interface SandboxKeys {
  /** Accepted only as `Authorization: Bearer <apiKey>`. */
  readonly apiKey: string;
  /** Accepted only as `X-API-KEY: <legacyApiKey>`. */
  readonly legacyApiKey: string;
}

export type AuthOutcome =
  /** `credential` names the key used, for its own rate budget. */
  | { readonly ok: true; readonly credential: 'apiKey' | 'legacyApiKey' }
  | { readonly ok: false; readonly message: string };

const BEARER = /^bearer\s+(.+)$/i;

/**
 * Checks a request's credential as Atera does: the JWT key as a bearer token, the legacy key in
 * `X-API-KEY`. A valid key sent the other way is refused, with a message saying which header it needs.
 */
export function authenticate(headers: Headers, keys: SandboxKeys): AuthOutcome {
  const authorization = headers.get('authorization');
  const bearer = authorization === null ? undefined : BEARER.exec(authorization.trim())?.[1]?.trim();
  const legacy = headers.get('x-api-key')?.trim();
  if (bearer !== undefined && bearer === keys.apiKey) return { ok: true, credential: 'apiKey' };
  if (legacy !== undefined && legacy === keys.legacyApiKey) return { ok: true, credential: 'legacyApiKey' };
  if (legacy !== undefined && legacy === keys.apiKey) {
    return { ok: false, message: 'This API key is a JWT: send it as "Authorization: Bearer <key>", not in X-API-KEY.' };
  }
  if (bearer !== undefined && bearer === keys.legacyApiKey) {
    return { ok: false, message: 'This is a legacy API key: send it in the X-API-KEY header, not as a bearer token.' };
  }
  if (bearer === undefined && legacy === undefined) {
    return { ok: false, message: 'No API key: send your key as "Authorization: Bearer <key>" (or a legacy key in X-API-KEY).' };
  }
  return { ok: false, message: 'The API key is not valid. Check the key in Admin > API in Atera, or create a new one.' };
}
