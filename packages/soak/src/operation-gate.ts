/**
 * Lets operations run side by side while keeping the soak's checks sound: a walk of a resource runs
 * alone with respect to the writes that add to that resource (its scope), and operations on the same
 * record (by key) run one at a time, so each can check what it wrote.
 */
export class OperationGate {
  readonly #scopes = new Map<string, ScopeLock>();
  readonly #keys = new Map<string, Promise<void>>();

  /** Runs `task` alongside the other shared tasks of `scope` (if any), one at a time per `key` (if any). */
  async shared<T>(scope: string | undefined, key: string | undefined, task: () => Promise<T>): Promise<T> {
    const run = key === undefined ? task : () => this.#byKey(key, task);
    return scope === undefined ? run() : this.#scope(scope).shared(run);
  }

  /** Runs `task` with no shared task of `scope` running. */
  exclusive<T>(scope: string, task: () => Promise<T>): Promise<T> {
    return this.#scope(scope).exclusive(task);
  }

  #scope(name: string): ScopeLock {
    let lock = this.#scopes.get(name);
    if (!lock) {
      lock = new ScopeLock();
      this.#scopes.set(name, lock);
    }
    return lock;
  }

  async #byKey<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#keys.get(key) ?? Promise.resolve();
    let done = (): void => undefined;
    const current = new Promise<void>((resolve) => {
      done = resolve;
    });
    const chained = previous.then(() => current);
    this.#keys.set(key, chained);
    await previous;
    try {
      return await task();
    } finally {
      done();
      if (this.#keys.get(key) === chained) this.#keys.delete(key);
    }
  }
}

/** A readers-writer lock: shared tasks together, an exclusive one alone (waiting for the shared ones to finish). */
class ScopeLock {
  #running = 0;
  #exclusive: Promise<void> | undefined;
  #onIdle: (() => void) | undefined;

  async shared<T>(task: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    this.#running++;
    try {
      return await task();
    } finally {
      this.#running--;
      if (this.#running === 0) this.#onIdle?.();
    }
  }

  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    let release = (): void => undefined;
    this.#exclusive = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      if (this.#running > 0) {
        await new Promise<void>((resolve) => {
          this.#onIdle = resolve;
        });
      }
      this.#onIdle = undefined;
      return await task();
    } finally {
      this.#exclusive = undefined;
      release();
    }
  }
}
