import {
  ConfigError,
  Secret,
  ServerError,
  type TokenSet,
} from '@psagate/core';
import {
  BearerTokenAuth,
  type BearerTokenAuthOptions,
  type TokenOutcome,
  credentialIdOf,
  parseServiceUrl,
  sameOrigin,
} from '@psagate/core/provider';
import { haloAuthInfoSchema } from '../schemas/lookups';

export interface HaloAuthOptions extends BearerTokenAuthOptions {
  /** The Halo instance, e.g. `https://acme.halopsa.com` (API calls go to `/api` under it). */
  readonly instanceUrl: string | URL;
  readonly clientId: string;
  readonly clientSecret: string | Secret;
  /** Space-separated scopes (default `all`). */
  readonly scope?: string | undefined;
  /** The tenant name of a hosted (multi-tenant) instance. */
  readonly tenant?: string | undefined;
  /** Where the tenant goes: the token URL's query string (default) or the form body. */
  readonly tenantIn?: 'query' | 'body' | undefined;
  /** The authorisation server (`https://acme.halopsa.com/auth`); found through `GET /api/authinfo` when absent. */
  readonly authUrl?: string | URL | undefined;
}

const HINT =
  'Check the client id and secret of the HaloPSA API application (authentication method "Client ID and Secret"), its scope, and, on a hosted instance, the tenant setting.';

/**
 * HaloPSA's OAuth2 client credentials grant. The token URL is `{authUrl}/token`, the auth URL
 * coming from the config or, once, from `GET /api/authinfo`. There is no refresh token: a new
 * token is requested before the current one expires (one request however many calls wait) and
 * after a 401, which is then replayed once.
 */
export class HaloAuth extends BearerTokenAuth {
  readonly kind = 'halopsa-client-credentials';
  readonly credentialId: string;
  readonly #instance: URL;
  readonly #clientId: string;
  readonly #clientSecret: Secret;
  readonly #settings: HaloAuthOptions;
  #tokenUrl: URL | undefined;

  constructor(options: HaloAuthOptions) {
    super({ provider: 'halopsa', ...options });
    this.#settings = options;
    this.#instance = parseServiceUrl(String(options.instanceUrl), 'The HaloPSA instance URL');
    if (!options.clientId?.trim()) throw new ConfigError('The HaloPSA client id is empty: set clientId to the id of your HaloPSA API application.', { provider: 'halopsa', code: 'MISSING_CLIENT_ID' });
    this.#clientSecret = Secret.from(options.clientSecret);
    if (!this.#clientSecret.reveal().trim()) {
      throw new ConfigError('The HaloPSA client secret is empty: set clientSecret to the secret of your HaloPSA API application.', { provider: 'halopsa', code: 'MISSING_CLIENT_SECRET' });
    }
    this.#clientId = options.clientId.trim();
    if (options.authUrl !== undefined) this.#tokenUrl = tokenUrlOf(parseServiceUrl(String(options.authUrl), 'The HaloPSA auth URL'));
    // The scope and tenant are part of the identity: a token for one tenant must never serve another.
    this.credentialId = credentialIdOf(
      this.kind,
      this.#instance.href,
      options.authUrl === undefined ? '' : String(options.authUrl),
      this.#clientId,
      this.#clientSecret.reveal(),
      this.#scope,
      options.tenant ?? '',
    );
    this.registerSecrets();
  }

  describe(): string {
    const tenant = this.#settings.tenant ? `, tenant ${this.#settings.tenant}` : '';
    return `HaloPSA client credentials for client ${this.#clientId} at ${this.#instance.origin}${tenant}`;
  }

  protected staticSecrets(): readonly Secret[] {
    return [this.#clientSecret];
  }

  protected async obtain(): Promise<{ token: TokenSet; outcome: TokenOutcome }> {
    const url = new URL(await this.#discoverTokenUrl());
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.#clientId, client_secret: this.#clientSecret.reveal(), scope: this.#scope });
    const { tenant, tenantIn = 'query' } = this.#settings;
    if (tenant) {
      if (tenantIn === 'body') form.set('tenant', tenant);
      else url.searchParams.set('tenant', tenant);
    }
    const token = await this.callTokenEndpoint({
      name: 'client credentials',
      url,
      body: form.toString(),
      contentType: 'application/x-www-form-urlencoded',
      hint: tenant ? HINT : `${HINT} No tenant is set: hosted instances need one (tenant / HALOPSA_TENANT).`,
    });
    return { token, outcome: 'refreshed' };
  }

  get #scope(): string {
    return this.#settings.scope?.trim() || 'all';
  }

  /**
   * The token URL: configured, or read from `GET /api/authinfo` (once; the token lifecycle already
   * makes concurrent first calls share one token request). Without an answer there, Halo's default
   * `{instance}/auth` is used. An auth server on another origin is only trusted when configured.
   */
  async #discoverTokenUrl(): Promise<URL> {
    if (this.#tokenUrl) return this.#tokenUrl;
    const infoUrl = new URL(`${this.#instance.pathname.replace(/\/+$/, '')}/api/authinfo`, this.#instance.origin);
    const response = await this.http.send({ method: 'GET', url: infoUrl });
    if (response.status >= 500) {
      throw new ServerError(`HaloPSA GET /api/authinfo failed with ${response.status} while looking up the auth server. Try again later, or set authUrl.`, {
        provider: 'halopsa',
        operation: 'auth.discover',
        method: 'GET',
        path: '/api/authinfo',
        status: response.status,
        retryable: true,
      });
    }
    const info = response.status === 200 ? haloAuthInfoSchema.safeParse(response.body) : undefined;
    const authUrl = info?.success && info.data.auth_url ? this.#trustedAuthUrl(info.data.auth_url) : new URL(`${this.#instance.href.replace(/\/+$/, '')}/auth`);
    this.#tokenUrl = tokenUrlOf(authUrl);
    return this.#tokenUrl;
  }

  #trustedAuthUrl(advertised: string): URL {
    let url: URL;
    try {
      url = parseServiceUrl(advertised, 'The auth URL HaloPSA advertises in /api/authinfo');
    } catch (error) {
      throw new ConfigError(`HaloPSA's /api/authinfo names an auth server psagate cannot use (${(error as Error).message}). Set authUrl to the right one.`, {
        provider: 'halopsa',
        code: 'INVALID_AUTH_URL',
      });
    }
    if (!sameOrigin(url, this.#instance)) {
      throw new ConfigError(
        `HaloPSA's /api/authinfo names an auth server on another origin (${url.origin}) than the instance (${this.#instance.origin}). psagate does not send the client secret there unless you say so: set authUrl (HALOPSA_AUTH_URL) to ${url.href} if it is yours.`,
        { provider: 'halopsa', code: 'AUTH_URL_OTHER_ORIGIN' },
      );
    }
    return url;
  }
}

function tokenUrlOf(authUrl: URL): URL {
  return new URL(`${authUrl.href.replace(/\/+$/, '')}/token`);
}
