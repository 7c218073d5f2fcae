import type { Gateway } from '@psagate/core';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface GatewayMetricsOptions {
  readonly processMetrics?: boolean | undefined;
}

/**
 * The server's Prometheus metrics, in a registry of its own (never prom-client's global one, so
 * two servers in one process do not mix). HTTP metrics come from the request middleware, PSA
 * metrics from the gateway's events.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly #httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly #httpDuration: Histogram<'method' | 'route'>;
  readonly #psaResponses: Counter<'provider' | 'operation' | 'status'>;
  readonly #psaRetries: Counter<'provider' | 'operation'>;
  readonly #psaRateLimited: Counter<'provider'>;
  readonly #psaRateLimitWaits: Counter<'provider' | 'reason'>;
  readonly #psaRateLimitWaitSeconds: Counter<'provider' | 'reason'>;
  readonly #psaRateRemaining: Gauge<'provider'>;
  readonly #psaErrors: Counter<'provider' | 'kind'>;
  readonly #psaTokenRefreshes: Counter<'provider' | 'outcome'>;
  readonly #cacheHits: Counter<'provider' | 'namespace'>;
  readonly #cacheMisses: Counter<'provider' | 'namespace'>;
  readonly #processRegistry: Registry | undefined;

  constructor(options: GatewayMetricsOptions = {}) {
    const registers = [this.registry];
    this.#httpRequests = new Counter({ name: 'psagate_http_requests_total', help: 'HTTP requests answered by the gateway.', labelNames: ['method', 'route', 'status'], registers });
    this.#httpDuration = new Histogram({
      name: 'psagate_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, PSA calls included.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.#psaResponses = new Counter({ name: 'psagate_psa_requests_total', help: 'HTTP responses received from the PSA, each attempt counted.', labelNames: ['provider', 'operation', 'status'], registers });
    this.#psaRetries = new Counter({ name: 'psagate_psa_retries_total', help: 'PSA requests retried.', labelNames: ['provider', 'operation'], registers });
    this.#psaRateLimited = new Counter({ name: 'psagate_psa_rate_limited_total', help: 'PSA responses with status 429.', labelNames: ['provider'], registers });
    this.#psaRateLimitWaits = new Counter({ name: 'psagate_psa_rate_limit_waits_total', help: 'Times a PSA request waited for rate budget.', labelNames: ['provider', 'reason'], registers });
    this.#psaRateLimitWaitSeconds = new Counter({ name: 'psagate_psa_rate_limit_wait_seconds_total', help: 'Time spent waiting for rate budget.', labelNames: ['provider', 'reason'], registers });
    this.#psaRateRemaining = new Gauge({ name: 'psagate_psa_rate_limit_remaining', help: 'Requests left in the PSA rate window, as the PSA last reported it.', labelNames: ['provider'], registers });
    this.#psaErrors = new Counter({ name: 'psagate_psa_errors_total', help: 'PSA calls that failed, by error kind.', labelNames: ['provider', 'kind'], registers });
    this.#psaTokenRefreshes = new Counter({ name: 'psagate_psa_token_refreshes_total', help: 'PSA token logins and refreshes.', labelNames: ['provider', 'outcome'], registers });
    this.#cacheHits = new Counter({
      name: 'psagate_cache_hits_total',
      help: 'Reference-data lookups the gateway cache answered, by kind of entry.',
      labelNames: ['provider', 'namespace'],
      registers,
    });
    this.#cacheMisses = new Counter({
      name: 'psagate_cache_misses_total',
      help: 'Reference-data lookups that had to ask the PSA, by kind of entry.',
      labelNames: ['provider', 'namespace'],
      registers,
    });
    this.#processRegistry = options.processMetrics ?? true ? processMetricsRegistry() : undefined;
  }

  /** Counts what the gateway reports while it talks to the PSA, until the returned function is called. */
  observe(gateway: Gateway): () => void {
    const { events } = gateway;
    const subscriptions = [
      events.on('response', (event) => {
      this.#psaResponses.inc({ provider: event.provider, operation: event.operation, status: String(event.status) });
      if (event.status === 429) this.#psaRateLimited.inc({ provider: event.provider });
      const remaining = event.rateLimit?.remaining;
      if (remaining !== undefined) this.#psaRateRemaining.set({ provider: event.provider }, remaining);
      }),
      events.on('retry', (event) => this.#psaRetries.inc({ provider: event.provider, operation: event.operation })),
      events.on('rateLimitWait', (event) => {
        this.#psaRateLimitWaits.inc({ provider: event.provider, reason: event.reason });
        this.#psaRateLimitWaitSeconds.inc({ provider: event.provider, reason: event.reason }, event.waitMs / 1000);
      }),
      events.on('error', ({ error }) => this.#psaErrors.inc({ provider: error.provider ?? gateway.provider, kind: error.kind })),
      events.on('token', (event) => this.#psaTokenRefreshes.inc({ provider: event.provider, outcome: event.outcome })),
      events.on('cache', (event) => (event.hit ? this.#cacheHits : this.#cacheMisses).inc({ provider: event.provider, namespace: event.namespace })),
    ];
    return () => {
      for (const unsubscribe of subscriptions) unsubscribe();
    };
  }

  recordHttp(method: string, route: string, status: number, seconds: number): void {
    this.#httpRequests.inc({ method, route, status: String(status) });
    this.#httpDuration.observe({ method, route }, seconds);
  }

  async text(): Promise<string> {
    const own = await this.registry.metrics();
    return this.#processRegistry ? `${own}${await this.#processRegistry.metrics()}` : own;
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

let sharedProcessRegistry: Registry | undefined;

/**
 * Node process metrics (CPU, memory, event loop, GC), collected once per process into a registry
 * of their own and shown by every server that wants them. prom-client cannot stop them once started
 * (an event-loop monitor and a GC observer), so one set for the process, never one per server.
 */
export function processMetricsRegistry(): Registry {
  if (!sharedProcessRegistry) {
    sharedProcessRegistry = new Registry();
    collectDefaultMetrics({ register: sharedProcessRegistry, prefix: 'psagate_' });
  }
  return sharedProcessRegistry;
}
