import type { Gateway, Paginated } from '@psagate/core';

export interface ReadinessOptions {
  /** How long a good PSA answer counts as proof of readiness. */
  readonly ttlMs: number;
  /** Longest a probe may take. */
  readonly timeoutMs: number;
  readonly now?: (() => number) | undefined;
}

/** The longest a failed probe is remembered; shorter when the TTL is short (a sixth of it). */
const MAX_FAILURE_TTL_MS = 5_000;

/**
 * Readiness: the PSA answered recently. Any successful PSA response the gateway sees counts; when
 * none is recent, one cheap probe (the first page of size 1 of a list the provider supports) runs,
 * shared by every concurrent `/readyz` call. A failed probe is remembered for a few seconds too:
 * `/readyz` needs no token, and must not let anyone turn it into a stream of PSA calls (spending
 * the rate budget, or repeating a login the PSA refuses).
 */
export class Readiness {
  #lastSuccessAt: number | undefined;
  #lastFailureAt: number | undefined;
  #probe: Promise<boolean> | undefined;
  readonly #now: () => number;
  readonly #failureTtlMs: number;

  constructor(
    private readonly gateway: Gateway,
    private readonly options: ReadinessOptions,
  ) {
    this.#now = options.now ?? Date.now;
    this.#failureTtlMs = Math.min(MAX_FAILURE_TTL_MS, Math.ceil(options.ttlMs / 6));
  }

  /** Counts every successful PSA answer the gateway sees as proof of readiness, until the returned function is called. */
  observe(): () => void {
    return this.gateway.events.on('response', (event) => {
      if (event.status < 400) this.#lastSuccessAt = this.#now();
    });
  }

  async isReady(): Promise<boolean> {
    const now = this.#now();
    if (this.#lastSuccessAt !== undefined && now - this.#lastSuccessAt < this.options.ttlMs) return true;
    if (this.#lastFailureAt !== undefined && now - this.#lastFailureAt < this.#failureTtlMs) return false;
    this.#probe ??= this.#runProbe().finally(() => {
      this.#probe = undefined;
    });
    return this.#probe;
  }

  async #runProbe(): Promise<boolean> {
    const list = this.#cheapestList();
    if (!list) return true; // Nothing to ask: the provider has no list, so there is nothing to be unready for.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      for await (const page of list.byPage({ pageSize: 1, maxPages: 1, concurrency: 1, signal: controller.signal })) {
        void page;
        break;
      }
      this.#lastSuccessAt = this.#now();
      return true;
    } catch {
      this.#lastFailureAt = this.#now();
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  #cheapestList(): Paginated<unknown> | undefined {
    const { capabilities, customers, tickets, devices, alerts } = this.gateway;
    if (capabilities.customers.operations.list) return customers.list();
    if (capabilities.tickets.operations.list) return tickets.list();
    if (capabilities.devices.operations.list) return devices.list();
    if (capabilities.alerts.operations.list) return alerts.list();
    return undefined;
  }
}
