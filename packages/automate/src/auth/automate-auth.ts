import {
  AuthenticationError,
  ConfigError,
  Secret,
  type TokenSet,
} from '@psagate/core';
import {
  BearerTokenAuth,
  type BearerTokenAuthOptions,
  type TokenOutcome,
  type TokenRefreshReason,
  credentialIdOf,
  parseServiceUrl,
  readTokenResponse,
} from '@psagate/core/provider';
import { AUTOMATE_API_PATH, missingClientIdError } from '../config';

/** Supplies a two-factor passcode when the server asks for one (a TOTP app, a prompt). */
export type TwoFactorPasscodeSource = string | Secret | (() => string | Promise<string>);

export interface AutomateAuthOptions extends Omit<BearerTokenAuthOptions, 'headers'> {
  /** The server, e.g. `https://automate.example.com` (the token calls go to `/cwa/api/v1/APIToken`). */
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string | Secret;
  /** The integrator's ClientId, sent as the `ClientId` header on the token calls and every request. */
  readonly clientId: string;
  /** Sent only when the server answers `IsTwoFactorRequired`. */
  readonly twoFactorPasscode?: TwoFactorPasscodeSource | undefined;
}

const TWO_FACTOR_REQUIRED = 'TWO_FACTOR_REQUIRED';

/**
 * Automate's login token: `POST /cwa/api/v1/APIToken` with `UserName` and `Password` (and
 * `TwoFactorPasscode` when the server answers that the account needs one), renewed before its
 * `ExpirationDate` with `POST /cwa/api/v1/APIToken/Refresh` (the current token as a JSON string),
 * with a fresh login when the refresh fails or `AbsoluteExpirationDate` has passed. Every request,
 * the token calls included, carries the `ClientId` header.
 */
export class AutomateAuth extends BearerTokenAuth {
  readonly kind = 'automate-login-token';
  readonly credentialId: string;
  readonly #loginUrl: URL;
  readonly #refreshUrl: URL;
  readonly #username: string;
  readonly #password: Secret;
  readonly #passcode: TwoFactorPasscodeSource | undefined;
  /** The hard end of each token's session, when the server stated one. */
  readonly #absoluteExpiry = new WeakMap<TokenSet, number>();

  constructor(options: AutomateAuthOptions) {
    const { baseUrl: _baseUrl, username: _username, password: _password, clientId: rawClientId, twoFactorPasscode: _passcode, ...tokenOptions } = options;
    const clientId = typeof rawClientId === 'string' ? rawClientId.trim() : '';
    if (clientId === '') throw missingClientIdError();
    // Only the token settings go to the base class: the credentials stay in this class's private fields.
    super({ ...tokenOptions, provider: options.provider ?? 'automate', headers: { ClientId: clientId } });
    const root = parseServiceUrl(options.baseUrl, 'The Automate server URL');
    const api = `${root.origin}${root.pathname.replace(/\/+$/, '')}${AUTOMATE_API_PATH}`;
    this.#loginUrl = new URL(`${api}/v1/APIToken`);
    this.#refreshUrl = new URL(`${api}/v1/APIToken/Refresh`);
    if (typeof options.username !== 'string' || options.username.trim() === '') {
      throw new ConfigError('The Automate user name is empty: set username (AUTOMATE_USERNAME).', { provider: 'automate', code: 'MISSING_USERNAME' });
    }
    this.#username = options.username.trim();
    this.#password = Secret.from(options.password);
    if (this.#password.length === 0) throw new ConfigError('The Automate password is empty: set password (AUTOMATE_PASSWORD).', { provider: 'automate', code: 'MISSING_PASSWORD' });
    this.#passcode = typeof options.twoFactorPasscode === 'string' ? Secret.from(options.twoFactorPasscode) : options.twoFactorPasscode;
    this.credentialId = credentialIdOf(this.kind, this.#loginUrl.href, this.#username, this.#password.reveal(), clientId);
    this.registerSecrets();
  }

  describe(): string {
    return `Automate login for ${this.#username} at ${this.#loginUrl.origin}${this.#loginUrl.pathname} (with ClientId)`;
  }

  protected staticSecrets(): readonly Secret[] {
    return this.#passcode instanceof Secret ? [this.#password, this.#passcode] : [this.#password];
  }

  protected async obtain(reason: TokenRefreshReason, current: TokenSet | undefined): Promise<{ token: TokenSet; outcome: TokenOutcome }> {
    // A token the server just refused cannot renew itself; past the absolute expiry none can.
    if (current && reason !== 'unauthorized' && !this.#pastAbsoluteExpiry(current)) {
      try {
        return { token: await this.#call('refresh', this.#refreshUrl, JSON.stringify(current.accessToken.reveal())), outcome: 'refreshed' };
      } catch {
        // The session ended or the server refused the refresh: log in again.
      }
    }
    return { token: await this.#login(), outcome: 'logged-in' };
  }

  async #login(): Promise<TokenSet> {
    const credentials = { UserName: this.#username, Password: this.#password.reveal() };
    try {
      return await this.#call('login', this.#loginUrl, JSON.stringify(credentials));
    } catch (error) {
      if (!(error instanceof AuthenticationError) || error.code !== TWO_FACTOR_REQUIRED || this.#passcode === undefined) throw error;
    }
    const passcode = await this.#passcodeNow();
    return this.#call('login', this.#loginUrl, JSON.stringify({ ...credentials, TwoFactorPasscode: passcode }));
  }

  async #passcodeNow(): Promise<string> {
    const source = this.#passcode;
    const value = source instanceof Secret ? source.reveal() : typeof source === 'function' ? await source() : '';
    const passcode = typeof value === 'string' ? value.trim() : '';
    if (passcode === '') {
      throw new ConfigError('The Automate account requires a two-factor passcode, and the passcode source gave none.', { provider: 'automate', code: 'MISSING_TWO_FACTOR_PASSCODE' });
    }
    this.redactor.add(passcode);
    return passcode;
  }

  #pastAbsoluteExpiry(token: TokenSet): boolean {
    const absolute = this.#absoluteExpiry.get(token);
    return absolute !== undefined && this.clock.now() >= absolute;
  }

  #call(name: 'login' | 'refresh', url: URL, body: string): Promise<TokenSet> {
    let absolute: number | undefined;
    return this.callTokenEndpoint({
      name,
      url,
      body,
      contentType: 'application/json',
      hint:
        name === 'login'
          ? 'Check the user name, the password and the ClientId of your integration (Automate refuses logins without a registered ClientId).'
          : 'The session may have ended.',
      parse: (responseBody, now) => {
        const token = readTokenResponse(responseBody, now);
        if (!token && needsSecondFactor(responseBody)) {
          throw new AuthenticationError(
            this.#passcode === undefined
              ? `Automate ${name} for ${this.#username} needs a two-factor passcode: set twoFactorPasscode (AUTOMATE_TWO_FACTOR_PASSCODE), or pass a function that supplies a fresh code.`
              : `Automate refused the two-factor passcode for ${this.#username}: check that it is current.`,
            { provider: 'automate', operation: `auth.${name}`, method: 'POST', path: url.pathname, code: TWO_FACTOR_REQUIRED },
          );
        }
        absolute = absoluteExpiryOf(responseBody);
        // An absolute expiry already past means the clocks disagree: trust ExpirationDate alone.
        if (absolute !== undefined && absolute <= now) absolute = undefined;
        if (!token || absolute === undefined) return token;
        // A token never outlives its session.
        return token.expiresAt > absolute ? { ...token, expiresAt: absolute } : token;
      },
    }).then((token) => {
      if (absolute !== undefined) this.#absoluteExpiry.set(token, absolute);
      return token;
    });
  }
}

function needsSecondFactor(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const record = body as Record<string, unknown>;
  return record.IsTwoFactorRequired === true || record.IsInternalTwoFactorRequired === true;
}

/** `AbsoluteExpirationDate` in epoch ms (UTC when it carries no offset), if present and readable. */
function absoluteExpiryOf(body: unknown): number | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const value = (body as Record<string, unknown>).AbsoluteExpirationDate;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const time = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`);
  return Number.isFinite(time) ? time : undefined;
}
