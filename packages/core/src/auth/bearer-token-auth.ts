import { ConfigError } from '../errors/error-types';
import { BareHttpClient, type BareResponse } from '../http/bare-http-client';
import { Redactor } from '../security/redactor';
import type { Secret } from '../security/secret';
import { parseServiceUrl } from '../security/origin-policy';
import { type Clock, abortReason, systemClock } from '../time/clock';
import type { AuthRequest, AuthStamp, AuthStrategy } from './auth-strategy';
import { TokenLifecycle, type TokenOutcome, type TokenRefreshReason } from './token-lifecycle';
import { type TokenSet, readTokenResponse } from './token-set';
import { InMemoryTokenStore, type TokenStore } from './token-store';
import { HEADER_NAME, hasControlCharacter } from './header-text';
import { tokenEndpointError } from './token-endpoint-error';

/** Settings every token-based strategy shares. */
export interface BearerTokenAuthOptions {
  /** Provider name for messages, e.g. `halopsa`. */
  readonly provider?: string | undefined;
  /** Refresh this long before expiry, in the background (default 2 minutes, at most half the token's life). */
  readonly refreshWindowMs?: number | undefined;
  /** Treat a token this close to expiry as expired (default 5 seconds). */
  readonly expirySkewMs?: number | undefined;
  /** Headers sent on token calls and on every API request (Automate's `ClientId`). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly tokenStore?: TokenStore | undefined;
  readonly clock?: Clock | undefined;
  /** Timeout of each token call (default 30 seconds). */
  readonly timeoutMs?: number | undefined;
  /** Called after each refresh attempt, for events and logs. */
  readonly onRefresh?: ((reason: TokenRefreshReason, outcome: TokenOutcome | 'failed') => void) | undefined;
  /** Called when the token store fails (the strategy carries on with the token in memory). */
  readonly onStoreError?: ((operation: 'get' | 'set' | 'delete', error: unknown) => void) | undefined;
  /** Replaces the HTTP client of the token calls (tests). */
  readonly httpClient?: BareHttpClient | undefined;
}

/**
 * Shared machinery of strategies that send `Authorization: Bearer <token>` with a token they obtain
 * themselves: single-flight renewal, the refresh window, one forced renewal after a 401, and token
 * calls made outside the authenticated pipeline.
 */
export abstract class BearerTokenAuth implements AuthStrategy {
  abstract readonly kind: string;
  abstract readonly credentialId: string;
  protected readonly provider: string;
  protected readonly redactor = new Redactor();
  protected readonly clock: Clock;
  protected readonly http: BareHttpClient;
  readonly #headers: Readonly<Record<string, string>>;
  #lifecycle: TokenLifecycle | undefined;
  readonly #options: BearerTokenAuthOptions;

  protected constructor(options: BearerTokenAuthOptions) {
    this.#options = options;
    this.provider = options.provider ?? 'psagate';
    this.clock = options.clock ?? systemClock;
    this.#headers = checkedHeaders(options.headers ?? {});
    this.http =
      options.httpClient ??
      new BareHttpClient({ timeoutMs: options.timeoutMs, clock: this.clock, redactor: this.redactor, errorContext: { provider: this.provider } });
  }

  /** Fetches a fresh token: a login, a refresh, or a client-credentials grant. */
  protected abstract obtain(reason: TokenRefreshReason, current: TokenSet | undefined): Promise<{ token: TokenSet; outcome: TokenOutcome }>;

  abstract describe(): string;

  async authorize(request: AuthRequest): Promise<AuthStamp> {
    const token = await untilAborted(this.lifecycle.token(), request.signal);
    Object.assign(request.headers, this.#headers);
    request.headers.Authorization = `Bearer ${token.accessToken.reveal()}`;
    return token;
  }

  async onUnauthorized(stamp: AuthStamp | undefined, signal?: AbortSignal): Promise<boolean> {
    await untilAborted(this.lifecycle.renewAfterUnauthorized(stamp as TokenSet | undefined), signal);
    return true;
  }

  secretValues(): readonly string[] {
    return this.staticSecrets().map((secret) => secret.reveal());
  }

  /** Fixed secrets of this strategy (client secret, password), masked in every message. */
  protected abstract staticSecrets(): readonly Secret[];

  private get lifecycle(): TokenLifecycle {
    // Created lazily so subclass fields (credentialId) exist when it is built.
    this.#lifecycle ??= new TokenLifecycle({
      key: this.credentialId,
      store: this.#options.tokenStore ?? new InMemoryTokenStore(),
      clock: this.clock,
      obtain: async (reason, current) => {
        const result = await this.obtain(reason, current);
        for (const value of [result.token.accessToken, result.token.refreshToken]) {
          if (value) this.redactor.addRotating(value.reveal());
        }
        return result;
      },
      refreshWindowMs: this.#options.refreshWindowMs ?? 120_000,
      expirySkewMs: this.#options.expirySkewMs ?? 5_000,
      onRefresh: this.#options.onRefresh,
      onStoreError: this.#options.onStoreError,
    });
    return this.#lifecycle;
  }

  protected registerSecrets(): void {
    for (const secret of this.staticSecrets()) this.redactor.add(secret.reveal());
  }

  /** Posts to a token endpoint and reads the token, raising a precise error on failure. */
  protected async callTokenEndpoint(call: TokenCall): Promise<TokenSet> {
    const response: BareResponse = await this.http.send({
      method: 'POST',
      url: call.url,
      headers: { ...this.#headers, ...call.headers, 'Content-Type': call.contentType },
      body: call.body,
    });
    const context = { provider: this.provider, call: call.name, url: call.url, redactor: this.redactor, hint: call.hint, now: this.clock.now() };
    if (response.status < 200 || response.status >= 300) throw tokenEndpointError(response, context);
    const token = (call.parse ?? readTokenResponse)(response.body, this.clock.now());
    if (!token) throw tokenEndpointError(response, context);
    return token;
  }
}

/** One request to a token endpoint. */
export interface TokenCall {
  /** `login`, `refresh`, `client credentials`: names the call in messages. */
  readonly name: string;
  readonly url: URL;
  /** Serialised body. */
  readonly body: string;
  readonly contentType: string;
  /** What to check when the server refuses the credentials. */
  readonly hint: string;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Reads the token out of the response (default: OAuth2 and .NET field names). */
  readonly parse?: ((body: unknown, now: number) => TokenSet | undefined) | undefined;
}

/** Parses and checks a token endpoint URL (HTTPS except loopback). */
export function tokenEndpointUrl(value: string | URL, setting: string): URL {
  if (value instanceof URL) return parseServiceUrl(value.href, setting);
  if (typeof value !== 'string' || value === '') throw new ConfigError(`${setting} is required.`, { code: 'MISSING_URL' });
  return parseServiceUrl(value, setting);
}

function checkedHeaders(headers: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) throw new ConfigError(`Header name ${JSON.stringify(name)} is not a valid HTTP header name.`, { code: 'INVALID_HEADER' });
    if (typeof value !== 'string' || hasControlCharacter(value)) {
      throw new ConfigError(`The value of the ${name} header must be text without line breaks or control characters.`, { code: 'INVALID_HEADER' });
    }
  }
  return { ...headers };
}

/** Lets one caller stop waiting for a shared token without cancelling it for the others. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      work.catch(() => undefined);
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
