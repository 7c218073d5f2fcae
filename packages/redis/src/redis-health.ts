import type { StateStoreContext } from '@psagate/core';
import type { Redactor } from '@psagate/core/provider';
import type { Redis } from 'ioredis';

/** The warning code of a state store that cannot reach its server. */
export const STATE_STORE_UNAVAILABLE = 'STATE_STORE_UNAVAILABLE';

/**
 * Whether the Redis server can be used right now, and what to tell the gateway when it cannot.
 * One warning per outage, not one per request; a line in the log when the server is back.
 */
export class RedisHealth {
  readonly #redis: Redis;
  readonly #context: StateStoreContext;
  readonly #redactor: Redactor;
  #everReady = false;
  #down = false;
  #closing = false;

  constructor(redis: Redis, context: StateStoreContext, redactor: Redactor) {
    this.#redis = redis;
    this.#context = context;
    this.#redactor = redactor;
    redis.on('ready', () => {
      this.#everReady = true;
    });
    // Without a listener ioredis prints every connection error itself.
    redis.on('error', (error: unknown) => this.failed(error));
    // A server that goes away may close the connection without an error.
    redis.on('close', () => {
      if (this.#everReady) this.failed(new Error('the connection was closed'));
    });
  }

  /** The store is closing its connection on purpose: nothing to warn about. */
  closing(): void {
    this.#closing = true;
  }

  /** True while the last attempt failed and the server has not come back. */
  get down(): boolean {
    return this.#down;
  }

  /**
   * Worth sending a command: the connection is up, or it has never been (the first commands wait
   * for it). A connection that was lost skips Redis until it is ready again, so nothing stalls.
   */
  get usable(): boolean {
    const { status } = this.#redis;
    if (status === 'ready') return true;
    return !this.#everReady && !this.#down && (status === 'wait' || status === 'connecting' || status === 'connect');
  }

  failed(error: unknown): void {
    if (this.#down || this.#closing) return;
    this.#down = true;
    const reason = this.#redactor.redact(error instanceof Error ? error.message : String(error));
    const message =
      `The Redis state store is unreachable (${reason}): rate limits and tokens fall back to this process alone ` +
      'until it is back, so other processes using the same credential may now exceed the shared budget.';
    this.#context.logger.warn(`${this.#context.provider}: ${message}`);
    this.#context.events.emit('warning', { provider: this.#context.provider, code: STATE_STORE_UNAVAILABLE, message });
  }

  succeeded(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#context.logger.info(`${this.#context.provider}: the Redis state store is reachable again; budgets and tokens are shared again`);
  }
}
