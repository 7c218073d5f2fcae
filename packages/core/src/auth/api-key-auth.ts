import { ConfigError } from '../errors/error-types';
import { Secret } from '../security/secret';
import type { AuthRequest, AuthStrategy } from './auth-strategy';
import { credentialIdOf } from './credential-id';
import { HEADER_NAME, hasControlCharacter } from './header-text';

export interface ApiKeyAuthOptions {
  readonly key: string | Secret;
  /** Header that carries the key: `X-API-KEY` (Atera legacy keys) or `Authorization`. */
  readonly header: string;
  /** Optional scheme in front of the key: `Bearer` gives `Authorization: Bearer <key>`. */
  readonly scheme?: string | undefined;
}

/** A static key sent in a header on every request. A 401 means the key is wrong: no replay. */
export class ApiKeyAuth implements AuthStrategy {
  readonly kind = 'api-key';
  readonly credentialId: string;
  readonly #key: Secret;
  readonly #header: string;
  readonly #value: Secret;

  constructor(options: ApiKeyAuthOptions) {
    const key = Secret.from(options.key);
    const raw = key.reveal();
    if (raw.trim() === '') throw new ConfigError('The API key is empty: set it to the key issued by your PSA.', { code: 'MISSING_API_KEY' });
    if (hasControlCharacter(raw.trim()) || /[\r\n]/.test(raw)) {
      throw new ConfigError('The API key contains a line break or another control character; copy it again without them.', { code: 'INVALID_API_KEY' });
    }
    if (!HEADER_NAME.test(options.header)) {
      throw new ConfigError(`API key header name ${JSON.stringify(options.header)} is not a valid HTTP header name.`, { code: 'INVALID_HEADER' });
    }
    if (options.scheme !== undefined && options.scheme !== '' && !HEADER_NAME.test(options.scheme)) {
      throw new ConfigError(`API key scheme ${JSON.stringify(options.scheme)} must be a single word such as Bearer.`, { code: 'INVALID_SCHEME' });
    }
    this.#key = key;
    this.#header = options.header;
    this.#value = new Secret(options.scheme ? `${options.scheme} ${raw.trim()}` : raw.trim());
    this.credentialId = credentialIdOf(this.kind, raw.trim());
  }

  authorize(request: AuthRequest): undefined {
    request.headers[this.#header] = this.#value.reveal();
    return undefined;
  }

  describe(): string {
    return `API key in the ${this.#header} header`;
  }

  secretValues(): readonly string[] {
    return [this.#key.reveal().trim()];
  }
}
