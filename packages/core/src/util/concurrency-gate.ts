/**
 * A counting semaphore: at most `limit` tasks run at once, the rest wait in arrival order. A waiter
 * whose signal aborts leaves the queue at once and never runs.
 */
export class ConcurrencyGate {
  #running = 0;
  readonly #waiting: { readonly start: () => void; readonly signal: AbortSignal | undefined }[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A concurrency gate needs a positive integer limit, got ${String(limit)}.`);
  }

  /** Tasks running now. */
  get running(): number {
    return this.#running;
  }

  /** Runs `task` once a slot is free; the slot is released when the task settles. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.#enter(signal);
    try {
      return await task();
    } finally {
      this.#leave();
    }
  }

  #enter(signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted();
    if (this.#running < this.limit) {
      this.#running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        signal,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          this.#running++;
          resolve();
        },
      };
      const onAbort = (): void => {
        const index = this.#waiting.indexOf(waiter);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #leave(): void {
    this.#running--;
    this.#waiting.shift()?.start();
  }
}
