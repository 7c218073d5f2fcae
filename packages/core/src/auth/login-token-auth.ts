import { ConfigError } from '../errors/error-types';
import { Secret } from '../security/secret';
import { BearerTokenAuth, type BearerTokenAuthOptions, tokenEndpointUrl } from './bearer-token-auth';
import { credentialIdOf } from './credential-id';
import type { TokenOutcome, TokenRefreshReason } from './token-lifecycle';
import { type TokenSet, readTokenResponse } from './token-set';

/** The tokens a refresh body may need. */
export interface CurrentTokens {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
}

export interface LoginTokenAuthOptions extends BearerTokenAuthOptions {
  readonly login: {
    readonly url: string | URL;
    /** The body of the login call, e.g. `{ UserName, Password }`: sent as JSON, or form-encoded when a URLSearchParams. */
    readonly body: () => unknown;
  };
  /**
   * The renewal call. Its body is built from the current tokens: Automate posts the access token
   * itself (a JSON string), OAuth-style APIs post the refresh token (return a URLSearchParams for
   * the form-encoded `refresh_token` grant). Return undefined when this token cannot be refreshed
   * (no refresh token): a fresh login follows.
   */
  readonly refresh?:
    | {
        readonly url: string | URL;
        readonly body: (tokens: CurrentTokens) => unknown;
      }
    | undefined;
  /** Reads the token from a login or refresh response (default: OAuth2 and .NET field names). */
  readonly parseToken?: ((body: unknown, now: number) => TokenSet | undefined) | undefined;
  /** Who logs in (a user name), for `describe()` and the credential id. Not secret. */
  readonly identity: string;
  /** The secrets inside the login body (password, 2FA code), masked in every message. */
  readonly secrets: readonly (string | Secret)[];
}

/**
 * A bearer token obtained from a login call and renewed by a refresh call, falling back to a
 * fresh login when the refresh fails (ConnectWise Automate and similar APIs).
 */
export class LoginTokenAuth extends BearerTokenAuth {
  readonly kind = 'login-token';
  readonly credentialId: string;
  readonly #loginUrl: URL;
  readonly #refreshUrl: URL | undefined;
  readonly #secrets: readonly Secret[];
  readonly #settings: LoginTokenAuthOptions;

  constructor(options: LoginTokenAuthOptions) {
    super(options);
    this.#settings = options;
    this.#loginUrl = tokenEndpointUrl(options.login.url, 'The login URL');
    this.#refreshUrl = options.refresh ? tokenEndpointUrl(options.refresh.url, 'The token refresh URL') : undefined;
    if (!options.identity?.trim()) throw new ConfigError('The user name for the login is empty.', { code: 'MISSING_USERNAME' });
    this.#secrets = options.secrets.map((secret) => Secret.from(secret));
    this.credentialId = credentialIdOf(this.kind, this.#loginUrl.href, options.identity, ...this.#secrets.map((secret) => secret.reveal()));
    this.registerSecrets();
  }

  describe(): string {
    return `login token for ${this.#settings.identity} at ${this.#loginUrl.origin}${this.#loginUrl.pathname}`;
  }

  protected staticSecrets(): readonly Secret[] {
    return this.#secrets;
  }

  protected async obtain(_reason: TokenRefreshReason, current: TokenSet | undefined): Promise<{ token: TokenSet; outcome: TokenOutcome }> {
    const refreshBody =
      current && this.#settings.refresh
        ? this.#settings.refresh.body({ accessToken: current.accessToken.reveal(), refreshToken: current.refreshToken?.reveal() })
        : undefined;
    if (refreshBody !== undefined && this.#refreshUrl) {
      try {
        const token = await this.#call('refresh', this.#refreshUrl, refreshBody, current);
        return { token, outcome: 'refreshed' };
      } catch {
        // The refresh failed (expired refresh token, revoked session...): fall back to a login.
      }
    }
    const token = await this.#call('login', this.#loginUrl, this.#settings.login.body(), undefined);
    return { token, outcome: 'logged-in' };
  }

  #call(name: 'login' | 'refresh', url: URL, body: unknown, current: TokenSet | undefined): Promise<TokenSet> {
    const parse = this.#settings.parseToken;
    return this.callTokenEndpoint({
      name,
      url,
      ...(body instanceof URLSearchParams
        ? { body: body.toString(), contentType: 'application/x-www-form-urlencoded' }
        : { body: JSON.stringify(body), contentType: 'application/json' }),
      hint: name === 'login' ? 'Check the user name, password and any client id the server requires.' : 'The session may have ended.',
      parse: (responseBody, now) => {
        const token = (parse ?? readTokenResponse)(responseBody, now);
        // Refresh responses may omit the refresh token: keep using the one we had.
        return token && !token.refreshToken && current?.refreshToken ? { ...token, refreshToken: current.refreshToken } : token;
      },
    });
  }
}
