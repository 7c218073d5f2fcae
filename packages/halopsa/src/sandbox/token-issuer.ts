import { jsonResponse } from '@psagate/core/sandbox-kit';

export interface TokenIssuerOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** When set, token requests must name this tenant (`?tenant=` or a `tenant` form field). */
  readonly tenant?: string | undefined;
  readonly lifetimeSeconds: number;
  readonly now: () => number;
  /** Source of the tokens' random part (seeded, so runs repeat). */
  readonly random: () => number;
}

/** Outcome of checking a request's bearer token. */
export type TokenCheck = { readonly ok: true; readonly clientId: string } | { readonly ok: false; readonly message: string };

/**
 * The sandbox's authorisation server: the client credentials grant with Halo's form fields, and
 * bearer tokens that expire after `lifetimeSeconds` of sandbox time.
 */
export class TokenIssuer {
  readonly #tokens = new Map<string, number>();
  #issued = 0;

  constructor(private readonly options: TokenIssuerOptions) {}

  /** Tokens issued so far. */
  get issuedCount(): number {
    return this.#issued;
  }

  /** Answers `POST {authUrl}/token`. */
  async grant(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const type = request.headers.get('content-type') ?? '';
    if (!type.includes('application/x-www-form-urlencoded')) {
      return oauthError(400, 'invalid_request', 'The token request must be form-encoded (application/x-www-form-urlencoded).');
    }
    const form = new URLSearchParams(await request.text());
    if (form.get('grant_type') !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported for API applications.');
    }
    const { tenant } = this.options;
    const named = url.searchParams.get('tenant') ?? form.get('tenant');
    if (tenant !== undefined && named === null) {
      return oauthError(400, 'invalid_request', 'Tenant not found: this is a hosted instance, send the tenant name (?tenant=<name>).');
    }
    if (tenant !== undefined && named !== tenant) return oauthError(400, 'invalid_request', `Tenant "${named}" not found.`);
    if (form.get('client_id') !== this.options.clientId || form.get('client_secret') !== this.options.clientSecret) {
      return oauthError(401, 'invalid_client', 'The client id or client secret is not valid.');
    }
    this.#issued++;
    const token = `halo_sb_${this.#issued}_${Math.floor(this.options.now()).toString(36)}_${Math.floor(this.options.random() * 2 ** 32).toString(36)}`;
    this.#tokens.set(token, this.options.now() + this.options.lifetimeSeconds * 1000);
    return jsonResponse({ access_token: token, token_type: 'Bearer', expires_in: this.options.lifetimeSeconds, scope: form.get('scope') ?? 'all' });
  }

  /** Checks `Authorization: Bearer <token>`. */
  check(headers: Headers): TokenCheck {
    const token = /^bearer\s+(.+)$/i.exec(headers.get('authorization')?.trim() ?? '')?.[1];
    if (!token) return { ok: false, message: 'Authorization has been denied for this request: no bearer token.' };
    const expiresAt = this.#tokens.get(token);
    if (expiresAt === undefined) return { ok: false, message: 'Authorization has been denied for this request: the token is not valid.' };
    if (this.options.now() >= expiresAt) return { ok: false, message: 'Authorization has been denied for this request: the token has expired.' };
    return { ok: true, clientId: this.options.clientId };
  }

  /** Makes every issued token invalid at once, as if they had all expired. */
  expireAll(): void {
    for (const token of this.#tokens.keys()) this.#tokens.set(token, Number.NEGATIVE_INFINITY);
  }
}

function oauthError(status: number, error: string, description: string): Response {
  return jsonResponse({ error, error_description: description }, status);
}
