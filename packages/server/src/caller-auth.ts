import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpProblem } from './problem';

const BEARER = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i;

/**
 * Checks `Authorization: Bearer <token>` against the configured caller tokens in constant time:
 * both sides are hashed to SHA-256 (so lengths never differ) and every token is compared, with no
 * early exit, so timing says nothing about which token or how much of it matched.
 */
export class CallerAuth {
  readonly #digests: readonly Buffer[];

  constructor(tokens: readonly string[]) {
    this.#digests = tokens.map(digest);
  }

  /** True when the header carries one of the tokens. */
  accepts(authorization: string | null | undefined): boolean {
    const token = authorization ? BEARER.exec(authorization)?.[1] : undefined;
    const presented = digest(token ?? '');
    let matched = 0;
    for (const expected of this.#digests) matched |= timingSafeEqual(presented, expected) ? 1 : 0;
    return token !== undefined && matched === 1;
  }

  /** Throws the 401 problem unless the header carries one of the tokens. */
  require(authorization: string | null | undefined): void {
    if (this.accepts(authorization)) return;
    const detail = authorization
      ? 'The bearer token is not valid for this gateway, or the Authorization header is malformed (expected "Bearer <token>").'
      : 'Send a caller token as "Authorization: Bearer <token>". The gateway operator issues these tokens.';
    throw new HttpProblem('unauthorized', detail, {
      code: authorization ? 'INVALID_CALLER_TOKEN' : 'MISSING_CALLER_TOKEN',
      headers: { 'WWW-Authenticate': authorization ? 'Bearer realm="psagate", error="invalid_token"' : 'Bearer realm="psagate"' },
    });
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
