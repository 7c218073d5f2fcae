import type { PsaError } from '../errors/psa-error';
import type { RateLimitInfo } from '../http/rate-limit-headers';
import type { RateLimitWaitReason } from '../http/rate-limiter';

/** Identifies one logical call across its attempts. */
export interface RequestEventBase {
  /**
   * Shared by every attempt and every event of one logical call (retries, a replay after a 401 and
   * redirects included), so listeners can group them. A short id, unique per transport; not a secret.
   */
  readonly callId: string;
  readonly provider: string;
  readonly operation: string;
  readonly method: string;
  /** Path template, e.g. `/api/v3/tickets/{ticketId}`. */
  readonly path: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

export type RequestEvent = RequestEventBase;

export interface ResponseEvent extends RequestEventBase {
  readonly status: number;
  readonly durationMs: number;
  readonly requestId?: string | undefined;
  /**
   * The rate budget as this response's `X-RateLimit-*` / `RateLimit-*` / `Retry-After` headers
   * state it; absent when the server sent none. Only the fields the server sent are set.
   */
  readonly rateLimit?: RateLimitInfo | undefined;
}

/** A reference-cache lookup: whether the gateway's cache answered it or the PSA had to be asked. */
export interface CacheEvent {
  readonly provider: string;
  /**
   * What kind of entry was looked up: the key up to its first `:` or `?` (`customer`,
   * `customer-names`, `clients.list`), never an id, a query or a cached value.
   */
  readonly namespace: string;
  readonly hit: boolean;
}

export interface RetryEvent extends RequestEventBase {
  /** The attempt about to start. */
  readonly nextAttempt: number;
  readonly delayMs: number;
  /** `HTTP 503`, `ECONNRESET`, `timeout`... */
  readonly reason: string;
}

export interface RateLimitWaitEvent {
  readonly provider: string;
  /** The call that waited, when the wait belongs to one. */
  readonly callId?: string | undefined;
  readonly waitMs: number;
  /**
   * `window`: the local budget is spent; `server`: the server's remaining count ran out;
   * `retry-after`: a 429 or 503 said how long to pause; `concurrency`: too many requests in flight.
   */
  readonly reason: RateLimitWaitReason;
}

/** A token strategy obtained (or failed to obtain) a token: why, and how. */
export interface TokenEvent {
  readonly provider: string;
  readonly reason: 'initial' | 'expiring' | 'expired' | 'unauthorized';
  readonly outcome: 'refreshed' | 'logged-in' | 'failed';
}

export interface WarningEvent {
  readonly provider: string;
  /** The call whose response caused the warning, when there is one (a schema drift in its body). */
  readonly callId?: string | undefined;
  readonly code: string;
  readonly message: string;
  readonly operation?: string | undefined;
  readonly issues?: readonly { readonly path: string; readonly message: string }[] | undefined;
}

export interface ErrorEvent {
  readonly error: PsaError;
  /** The call that failed, when the error comes from one. */
  readonly callId?: string | undefined;
}

/** Everything psagate reports while it works. Subscribe with `gateway.events.on(name, listener)`. */
export interface PsaEventMap {
  request: RequestEvent;
  response: ResponseEvent;
  retry: RetryEvent;
  rateLimitWait: RateLimitWaitEvent;
  token: TokenEvent;
  cache: CacheEvent;
  warning: WarningEvent;
  error: ErrorEvent;
}

export type PsaEventName = keyof PsaEventMap;
export type PsaEventListener<K extends PsaEventName> = (event: PsaEventMap[K]) => void;

/**
 * A small typed event hub, one per gateway. Listeners run synchronously; one that throws is
 * reported through `onListenerError` and never breaks the request that emitted the event.
 */
export class PsaEvents {
  readonly #listeners = new Map<PsaEventName, Set<PsaEventListener<PsaEventName>>>();
  readonly #onListenerError: (error: unknown, event: PsaEventName) => void;

  constructor(options: { onListenerError?: (error: unknown, event: PsaEventName) => void } = {}) {
    this.#onListenerError = options.onListenerError ?? (() => undefined);
  }

  /** Subscribes; returns a function that unsubscribes. */
  on<K extends PsaEventName>(name: K, listener: PsaEventListener<K>): () => void {
    let set = this.#listeners.get(name);
    if (!set) {
      set = new Set();
      this.#listeners.set(name, set);
    }
    set.add(listener as PsaEventListener<PsaEventName>);
    return () => this.off(name, listener);
  }

  off<K extends PsaEventName>(name: K, listener: PsaEventListener<K>): void {
    this.#listeners.get(name)?.delete(listener as PsaEventListener<PsaEventName>);
  }

  /** True when someone listens, so emitters can skip building events nobody reads. */
  has(name: PsaEventName): boolean {
    return (this.#listeners.get(name)?.size ?? 0) > 0;
  }

  emit<K extends PsaEventName>(name: K, event: PsaEventMap[K]): void {
    const set = this.#listeners.get(name);
    if (!set || set.size === 0) return;
    // A snapshot: listeners added while this event is delivered hear the next one, not this one.
    for (const listener of [...set]) {
      try {
        listener(event);
      } catch (error) {
        try {
          this.#onListenerError(error, name);
        } catch {
          // The error handler failed too; the request that emitted the event must still go on.
        }
      }
    }
  }
}
