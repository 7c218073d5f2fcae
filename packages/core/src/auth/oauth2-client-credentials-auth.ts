import { ConfigError } from '../errors/error-types';
import { Secret } from '../security/secret';
import { BearerTokenAuth, type BearerTokenAuthOptions, tokenEndpointUrl } from './bearer-token-auth';
import { credentialIdOf } from './credential-id';
import type { TokenOutcome } from './token-lifecycle';
import type { TokenSet } from './token-set';

export interface OAuth2ClientCredentialsOptions extends BearerTokenAuthOptions {
  readonly tokenUrl: string | URL;
  readonly clientId: string;
  readonly clientSecret: string | Secret;
  /** Space-separated scopes, e.g. Halo's `all`. */
  readonly scope?: string | undefined;
  /** Extra parameters of the token request, e.g. Halo's `{ tenant: 'acme' }`. */
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
  /** Where the extra parameters go: the form body (default) or the token URL's query string. */
  readonly extraParamsIn?: 'body' | 'query' | undefined;
  /** How the client authenticates: form fields (default) or HTTP Basic (`client_secret_basic`). */
  readonly clientAuthentication?: 'body' | 'basic' | undefined;
}

/**
 * OAuth2 client credentials grant (HaloPSA and most modern PSAs). There is no refresh token in
 * this flow: renewing means asking for a new token, shortly before expiry or after a 401.
 */
export class OAuth2ClientCredentialsAuth extends BearerTokenAuth {
  readonly kind = 'oauth2-client-credentials';
  readonly credentialId: string;
  readonly #tokenUrl: URL;
  readonly #clientId: string;
  readonly #clientSecret: Secret;
  readonly #settings: OAuth2ClientCredentialsOptions;

  constructor(options: OAuth2ClientCredentialsOptions) {
    super(options);
    this.#settings = options;
    this.#tokenUrl = tokenEndpointUrl(options.tokenUrl, 'The OAuth2 token URL');
    if (!options.clientId?.trim()) throw new ConfigError('The OAuth2 client id is empty: set it to the id of your API application.', { code: 'MISSING_CLIENT_ID' });
    this.#clientSecret = Secret.from(options.clientSecret);
    if (!this.#clientSecret.reveal().trim()) {
      throw new ConfigError('The OAuth2 client secret is empty: set it to the secret of your API application.', { code: 'MISSING_CLIENT_SECRET' });
    }
    this.#clientId = options.clientId.trim();
    const params = Object.entries(options.extraParams ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // The scope and tenant are part of the identity: a token for one scope must not serve another.
    this.credentialId = credentialIdOf(this.kind, this.#tokenUrl.href, this.#clientId, this.#clientSecret.reveal(), options.scope ?? '', JSON.stringify(params));
    this.registerSecrets();
    this.redactor.add(this.#basicCredentials());
  }

  describe(): string {
    return `OAuth2 client credentials for client ${this.#clientId} at ${this.#tokenUrl.origin}${this.#tokenUrl.pathname}`;
  }

  protected staticSecrets(): readonly Secret[] {
    return [this.#clientSecret];
  }

  protected async obtain(): Promise<{ token: TokenSet; outcome: TokenOutcome }> {
    const { scope, extraParams, extraParamsIn = 'body', clientAuthentication = 'body' } = this.#settings;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    const headers: Record<string, string> = {};
    if (clientAuthentication === 'basic') {
      headers.Authorization = `Basic ${this.#basicCredentials()}`;
    } else {
      form.set('client_id', this.#clientId);
      form.set('client_secret', this.#clientSecret.reveal());
    }
    if (scope) form.set('scope', scope);
    const url = new URL(this.#tokenUrl);
    for (const [name, value] of Object.entries(extraParams ?? {})) {
      if (extraParamsIn === 'query') url.searchParams.set(name, value);
      else form.set(name, value);
    }
    const token = await this.callTokenEndpoint({
      name: 'client credentials',
      url,
      body: form.toString(),
      contentType: 'application/x-www-form-urlencoded',
      hint: 'Check the client id, client secret, scope and tenant.',
      headers,
    });
    return { token, outcome: 'refreshed' };
  }

  /** `client_secret_basic`: both parts form-encoded, then base64 (RFC 6749, section 2.3.1). */
  #basicCredentials(): string {
    const pair = `${encodeURIComponent(this.#clientId)}:${encodeURIComponent(this.#clientSecret.reveal())}`;
    return Buffer.from(pair).toString('base64');
  }
}
