import type { Clock } from '../time/clock';
import type { TokenSet } from './token-set';
import type { TokenStore } from './token-store';

export type TokenRefreshReason = 'initial' | 'expiring' | 'expired' | 'unauthorized';

/** How a new token was obtained. */
export type TokenOutcome = 'refreshed' | 'logged-in';

export interface TokenLifecycleOptions {
  /** Store key: the credential id. */
  readonly key: string;
  readonly store: TokenStore;
  readonly clock: Clock;
  /** Fetches a new token; `current` is the token being replaced, if any. */
  readonly obtain: (reason: TokenRefreshReason, current: TokenSet | undefined) => Promise<{ token: TokenSet; outcome: TokenOutcome }>;
  /** Refresh this long before expiry, in the background while the current token still works. */
  readonly refreshWindowMs: number;
  /** A token this close to expiry is treated as expired: requests wait for a new one. */
  readonly expirySkewMs: number;
  readonly onRefresh?: ((reason: TokenRefreshReason, outcome: TokenOutcome | 'failed', error?: unknown) => void) | undefined;
  /** Told when the token store fails; the token in memory keeps working regardless. */
  readonly onStoreError?: ((operation: 'get' | 'set' | 'delete', error: unknown) => void) | undefined;
}

/** After a failed background refresh, wait this long before trying again in the background. */
const BACKGROUND_RETRY_MS = 10_000;

/**
 * Keeps one credential's token fresh. Inside the refresh window the current token keeps serving
 * while a new one is fetched in the background; only an expired (or missing) token makes callers
 * wait. All refreshes are single-flight: any number of concurrent callers share one token request.
 */
export class TokenLifecycle {
  readonly #options: TokenLifecycleOptions;
  #current: TokenSet | undefined;
  /** The token last refused with a 401: never served again, even if a store still holds it. */
  #revoked: TokenSet | undefined;
  #loading: Promise<TokenSet | undefined> | undefined;
  #inFlight: Promise<TokenSet> | undefined;
  #backgroundPausedUntil = 0;

  constructor(options: TokenLifecycleOptions) {
    this.#options = options;
  }

  /** A token valid right now, fetching one first if needed. */
  async token(): Promise<TokenSet> {
    let token = this.#current;
    if (!token) {
      // A forced renewal dropped the token: wait for its replacement rather than reading the store.
      if (this.#inFlight) return this.#inFlight;
      token = await this.#loadStored();
      if (!token) return this.#refresh('initial', undefined);
    }
    const now = this.#options.clock.now();
    if (now >= token.expiresAt - this.#skewFor(token)) return this.#refresh('expired', token);
    if (now >= token.expiresAt - this.#windowFor(token) && now >= this.#backgroundPausedUntil) {
      this.#refresh('expiring', token).catch(() => undefined);
    }
    return token;
  }

  /**
   * Handles a 401 for a request sent with `used`. If that token is still current it is dropped and
   * replaced; if it was already replaced (or a refresh is under way) the new one is used.
   * Resolves once a fresh token is ready; rejects when none can be obtained.
   */
  async renewAfterUnauthorized(used: TokenSet | undefined): Promise<void> {
    if (this.#inFlight) {
      await this.#inFlight;
      return;
    }
    if (used !== undefined && this.#current !== undefined && !sameToken(this.#current, used)) return;
    // Everything up to starting the flight is synchronous, so concurrent 401s join one renewal.
    const stale = this.#current ?? used;
    this.#current = undefined;
    this.#revoked = stale;
    await this.#refresh('unauthorized', stale);
  }

  #windowFor(token: TokenSet): number {
    return Math.min(this.#options.refreshWindowMs, (token.expiresAt - token.obtainedAt) / 2);
  }

  /** A token living shorter than the skew would count as expired at once and cause a token call per request. */
  #skewFor(token: TokenSet): number {
    return Math.min(this.#options.expirySkewMs, Math.max(0, (token.expiresAt - token.obtainedAt) / 4));
  }

  async #loadStored(): Promise<TokenSet | undefined> {
    // Concurrent callers share one store read; the next caller reads again (the store may have changed).
    this.#loading ??= this.#readStore().finally(() => {
      this.#loading = undefined;
    });
    const stored = await this.#loading;
    if (stored && !this.#current && !this.#inFlight && !(this.#revoked && sameToken(stored, this.#revoked))) this.#current = stored;
    return this.#current;
  }

  async #readStore(): Promise<TokenSet | undefined> {
    try {
      return await this.#options.store.get(this.#options.key);
    } catch (error) {
      // The store is a cache: when it fails, a fresh token is fetched instead.
      this.#storeFailed('get', error);
      return undefined;
    }
  }

  #refresh(reason: TokenRefreshReason, current: TokenSet | undefined): Promise<TokenSet> {
    if (this.#inFlight) return this.#inFlight;
    const { obtain, store, key, clock } = this.#options;
    const flight = (async () => {
      try {
        if (reason === 'unauthorized') await this.#bestEffort('delete', () => store.delete(key));
        if (reason !== 'initial' && store.claimRenewal) {
          // Another process sharing the store may have renewed it already, or be doing so now.
          const renewed = await this.#claimRenewal(current);
          if (renewed) {
            this.#current = renewed;
            return renewed;
          }
        }
        const { token, outcome } = await obtain(reason, current);
        this.#current = token;
        await this.#bestEffort('set', () => store.set(key, token));
        this.#notify(reason, outcome);
        return token;
      } catch (error) {
        if (reason === 'expiring') this.#backgroundPausedUntil = clock.now() + BACKGROUND_RETRY_MS;
        this.#notify(reason, 'failed', error);
        throw error;
      }
    })();
    this.#inFlight = flight;
    flight.then(
      () => this.#clearInFlight(flight),
      () => this.#clearInFlight(flight),
    );
    return flight;
  }

  async #claimRenewal(stale: TokenSet | undefined): Promise<TokenSet | undefined> {
    try {
      const renewed = await this.#options.store.claimRenewal?.(this.#options.key, stale);
      return renewed && !(this.#revoked && sameToken(renewed, this.#revoked)) ? renewed : undefined;
    } catch (error) {
      this.#storeFailed('get', error);
      return undefined;
    }
  }

  #notify(reason: TokenRefreshReason, outcome: TokenOutcome | 'failed', error?: unknown): void {
    try {
      this.#options.onRefresh?.(reason, outcome, error);
    } catch {
      // A failing listener must not turn a good token into an error.
    }
  }

  /** Store writes are best effort: the token in memory stays authoritative for this client. */
  async #bestEffort(operation: 'set' | 'delete', write: () => void | Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.#storeFailed(operation, error);
    }
  }

  #storeFailed(operation: 'get' | 'set' | 'delete', error: unknown): void {
    try {
      this.#options.onStoreError?.(operation, error);
    } catch {
      // Reporting is best effort too.
    }
  }

  #clearInFlight(flight: Promise<TokenSet>): void {
    if (this.#inFlight === flight) this.#inFlight = undefined;
  }
}

function sameToken(a: TokenSet, b: TokenSet): boolean {
  return a === b || a.accessToken.reveal() === b.accessToken.reveal();
}
