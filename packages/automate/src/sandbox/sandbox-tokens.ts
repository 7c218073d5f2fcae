import { randomBytes } from 'node:crypto';

export interface SandboxCredentials {
  readonly username: string;
  readonly password: string;
  /** The integrator ClientId every request must carry. */
  readonly clientId: string;
  /** When set, logins must send this passcode after the server asks for one. */
  readonly twoFactorPasscode?: string | undefined;
}

export interface SandboxTokenOptions {
  /** Life of each access token (`ExpirationDate`). Default one hour. */
  readonly tokenLifetimeMs?: number | undefined;
  /** Life of a session across refreshes (`AbsoluteExpirationDate`). Default eight hours. */
  readonly absoluteLifetimeMs?: number | undefined;
}

interface IssuedToken {
  readonly expiresAt: number;
  readonly absoluteExpiresAt: number;
}

/** Counters and switches tests use to drive and observe the token flow. */
export interface SandboxAuthState {
  logins: number;
  refreshes: number;
  /** Logins answered with `IsTwoFactorRequired`. */
  twoFactorChallenges: number;
  /** Refresh calls refused on purpose (set `failRefreshes` to refuse the next ones). */
  failRefreshes: number;
  /** Tokens currently valid. */
  readonly activeTokens: () => number;
  /** Invalidates every token (as a server restart or an admin would): the next request gets 401. */
  revokeAll(): void;
}

/** Automate's token endpoints, in memory: logins with an optional second factor, refreshes, expiry. */
export class SandboxTokens {
  readonly state: SandboxAuthState;
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #lifetimeMs: number;
  readonly #absoluteMs: number;

  constructor(
    readonly credentials: SandboxCredentials,
    private readonly now: () => number,
    options: SandboxTokenOptions = {},
  ) {
    this.#lifetimeMs = options.tokenLifetimeMs ?? 3_600_000;
    this.#absoluteMs = options.absoluteLifetimeMs ?? 8 * 3_600_000;
    const tokens = this.#tokens;
    this.state = {
      logins: 0,
      refreshes: 0,
      twoFactorChallenges: 0,
      failRefreshes: 0,
      activeTokens: () => [...tokens.values()].filter((token) => token.expiresAt > this.now()).length,
      revokeAll: () => tokens.clear(),
    };
  }

  /** POST /v1/APIToken. Returns the status and body to answer with. */
  login(body: unknown): { status: number; body: unknown } {
    const fields = lowerKeys(body);
    const { username, password, twoFactorPasscode } = this.credentials;
    if (fields.username !== username || fields.password !== password) {
      return { status: 401, body: { code: 'Unauthorized', message: 'The user name or password is incorrect.' } };
    }
    if (twoFactorPasscode !== undefined) {
      const given = fields.twofactorpasscode;
      if (given === undefined || given === '') {
        this.state.twoFactorChallenges++;
        return { status: 200, body: { AccessToken: null, IsTwoFactorRequired: true, IsInternalTwoFactorRequired: false } };
      }
      if (given !== twoFactorPasscode) return { status: 401, body: { code: 'Unauthorized', message: 'The two-factor passcode is incorrect.' } };
    }
    this.state.logins++;
    return { status: 200, body: this.#issue(this.now() + this.#absoluteMs) };
  }

  /** POST /v1/APIToken/Refresh with the current token as a JSON string. */
  refresh(body: unknown): { status: number; body: unknown } {
    const current = typeof body === 'string' ? this.#tokens.get(body) : undefined;
    if (this.state.failRefreshes > 0) {
      this.state.failRefreshes--;
      return { status: 401, body: { code: 'Unauthorized', message: 'The token cannot be refreshed.' } };
    }
    const now = this.now();
    if (!current || current.expiresAt <= now || current.absoluteExpiresAt <= now) {
      return { status: 401, body: { code: 'Unauthorized', message: 'The token is invalid or its session has ended; log in again.' } };
    }
    this.#tokens.delete(body as string);
    this.state.refreshes++;
    return { status: 200, body: this.#issue(current.absoluteExpiresAt) };
  }

  /** Whether a bearer token is valid now. */
  isValid(token: string): boolean {
    const issued = this.#tokens.get(token);
    return issued !== undefined && issued.expiresAt > this.now();
  }

  #issue(absoluteExpiresAt: number): Record<string, unknown> {
    const token = randomBytes(24).toString('base64url');
    const expiresAt = Math.min(this.now() + this.#lifetimeMs, absoluteExpiresAt);
    this.#tokens.set(token, { expiresAt, absoluteExpiresAt });
    return {
      AccessToken: token,
      TokenType: 'Bearer',
      // Automate writes dates without an offset; these mean UTC.
      ExpirationDate: new Date(expiresAt).toISOString().replace(/Z$/, ''),
      AbsoluteExpirationDate: new Date(absoluteExpiresAt).toISOString().replace(/Z$/, ''),
      UserId: '4',
      InternalUserName: this.credentials.username,
      IsTwoFactorRequired: false,
      IsInternalTwoFactorRequired: false,
    };
  }
}

function lowerKeys(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), value]));
}
