import type { Gateway, Paginated } from '@psagate/core';

export interface ReadinessOptions {
  /** How long a good PSA answer counts as proof of readiness. */
  readonly ttlMs: number;
  /** Longest a probe may take. */
  readonly timeoutMs: number;
  readonly now?: (() => number) | undefined;
}

/**
 * Readiness: the PSA answered recently. Any successful PSA response the gateway sees counts; when
 * none is recent, one cheap probe (the first page of size 1 of a list the provider supports) runs,
 * shared by every concurrent `/readyz` call.
 */
export class Readiness {
  #lastSuccessAt: number | undefined;
  #probe: Promise<boolean> | undefined;
  readonly #now: () => number;

  constructor(
    private readonly gateway: Gateway,
    private readonly options: ReadinessOptions,
  ) {
    this.#now = options.now ?? Date.now;
    // Lives as long as the gateway, which outlives the server.
    gateway.events.on('response', (event) => {
      if (event.status < 400) this.#lastSuccessAt = this.#now();
    });
  }

  async isReady(): Promise<boolean> {
    if (this.#lastSuccessAt !== undefined && this.#now() - this.#lastSuccessAt < this.options.ttlMs) return true;
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
