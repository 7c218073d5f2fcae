/** A request about to be sent, as an auth strategy sees it. */
export interface AuthRequest {
  readonly method: string;
  readonly url: URL;
  /** Mutable: the strategy sets its headers here. */
  readonly headers: Record<string, string>;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Identifies the credential a request was sent with, so that after a 401 the strategy can tell
 * whether that credential is still current (refresh it) or was already replaced (just replay).
 */
export type AuthStamp = object;

/**
 * How a provider authenticates. Strategies are plain objects owned by one client; they hold their
 * secrets privately and never print them.
 */
export interface AuthStrategy {
  /** `api-key`, `oauth2-client-credentials`, `login-token`... */
  readonly kind: string;
  /**
   * A stable, non-secret identity of the credential (a hash), used to give each credential its own
   * rate-limit lane and token cache entry.
   */
  readonly credentialId: string;
  /** Adds credentials to the request. May fetch or refresh a token first. */
  authorize(request: AuthRequest): Promise<AuthStamp | undefined> | AuthStamp | undefined;
  /**
   * Called once after a 401. Drops the credential behind `stamp` if it is still current, obtains a
   * fresh one, and returns true if a single replay is worthwhile. Strategies without a renewable
   * credential (API keys) omit it: a 401 then fails at once.
   */
  onUnauthorized?(stamp: AuthStamp | undefined, signal?: AbortSignal): Promise<boolean>;
  /** One line for logs and diagnostics; never includes the secret. */
  describe(): string;
  /** Secret values the transport must mask wherever text leaves it (messages, logs). */
  secretValues(): readonly string[];
}
