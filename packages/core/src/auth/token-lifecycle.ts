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
  #loading: Promise<TokenSet | undefined> | undefined;
  #inFlight: Promise<TokenSet> | undefined;
  #backgroundPausedUntil = 0;

  constructor(options: TokenLifecycleOptions) {
    this.#options = options;
  }

  /** A token valid right now, fetching one first if needed. */
  async token(): Promise<TokenSet> {
    const token = this.#current ?? (await this.#loadStored());
    const now = this.#options.clock.now();
    if (!token) return this.#refresh('initial', undefined);
    if (now >= token.expiresAt - this.#options.expirySkewMs) return this.#refresh('expired', token);
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
    if (used !== undefined && this.#current !== undefined && this.#current !== used) return;
    const stale = this.#current;
    this.#current = undefined;
    await this.#options.store.delete(this.#options.key);
    await this.#refresh('unauthorized', stale ?? used);
  }

  #windowFor(token: TokenSet): number {
    return Math.min(this.#options.refreshWindowMs, (token.expiresAt - token.obtainedAt) / 2);
  }

  async #loadStored(): Promise<TokenSet | undefined> {
    this.#loading ??= Promise.resolve(this.#options.store.get(this.#options.key));
    const stored = await this.#loading;
    if (stored && !this.#current) this.#current = stored;
    return this.#current;
  }

  #refresh(reason: TokenRefreshReason, current: TokenSet | undefined): Promise<TokenSet> {
    if (this.#inFlight) return this.#inFlight;
    const { obtain, store, key, clock, onRefresh } = this.#options;
    const flight = (async () => {
      try {
        const { token, outcome } = await obtain(reason, current);
        this.#current = token;
        await store.set(key, token);
        onRefresh?.(reason, outcome);
        return token;
      } catch (error) {
        if (reason === 'expiring') this.#backgroundPausedUntil = clock.now() + BACKGROUND_RETRY_MS;
        onRefresh?.(reason, 'failed', error);
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

  #clearInFlight(flight: Promise<TokenSet>): void {
    if (this.#inFlight === flight) this.#inFlight = undefined;
  }
}
