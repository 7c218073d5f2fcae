import type { AxiosRequestConfig } from 'axios';
import type { z } from 'zod';
import type { AuthStrategy } from '../auth/auth-strategy';
import type { ErrorBodyParser } from '../errors/error-body';
import type { PsaErrorContext } from '../errors/psa-error';
import { PsaEvents } from '../observability/events';
import { type PsaLogger, redactingLogger, silentLogger } from '../observability/logger';
import type { PageFetcher } from '../pagination/page-fetcher';
import { Paginated } from '../pagination/paginated';
import type { PaginationStrategy } from '../pagination/pagination-strategy';
import { parseServiceUrl } from '../security/origin-policy';
import { Redactor } from '../security/redactor';
import { type Clock, systemClock } from '../time/clock';
import { type Overrides, withDefaults } from '../util/with-defaults';
import type { ErrorClassifier } from './http-error';
import { type RateLimitPolicy, type RateLimiter, SlidingWindowRateLimiter } from './rate-limiter';
import type { RequestSpec, TransportResponse } from './request-spec';
import type { ResponseValidationMode } from './response-validation';
import { type RetryOptions, defaultRetryOptions } from './retry-policy';
import { AttemptEventsStep } from './steps/attempt-events-step';
import { AuthStep } from './steps/auth-step';
import { AxiosSender } from './steps/axios-sender';
import { callIdSource } from './steps/call-ids';
import { CallErrors } from './steps/call-errors';
import { ErrorEventStep } from './steps/error-event-step';
import { HttpCall } from './steps/http-call';
import type { HttpStepPlacement, SendNext } from './steps/http-step';
import { HttpErrorsStep } from './steps/http-errors-step';
import { JsonBodyStep } from './steps/json-body-step';
import { RateLimitHeadersStep } from './steps/rate-limit-headers-step';
import { RateLimitStep } from './steps/rate-limit-step';
import { RedirectStep } from './steps/redirect-step';
import { ResponseBodyStep } from './steps/response-body-step';
import { RetryStep } from './steps/retry-step';
import { composeSteps, placeSteps } from './steps/step-chain';
import { stepLog } from './steps/step-log';
import { TimeoutStep } from './steps/timeout-step';
import { UrlAndOriginStep } from './steps/url-and-origin-step';
import { ValidationStep } from './steps/validation-step';

export type { HttpMethod, QueryValue, RequestSpec, TransportResponse } from './request-spec';

export interface HttpTransportOptions {
  /** Provider name used in errors and events, e.g. `atera`. */
  readonly provider: string;
  /** HTTPS origin (and optional path prefix) of the API; plain HTTP only on loopback. */
  readonly baseUrl: string | URL;
  readonly auth: AuthStrategy;
  /** The rate budget of this credential (ignored when `limiter` is given). */
  readonly rateLimit?: Overrides<RateLimitPolicy> | undefined;
  /** A limiter to use instead of a private one, typically a lane from the container's registry. */
  readonly limiter?: RateLimiter | undefined;
  readonly retry?: Overrides<RetryOptions> | undefined;
  /** Per-attempt timeout (default 30 s). */
  readonly timeoutMs?: number | undefined;
  /** Headers sent on every request. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly userAgent?: string | undefined;
  /** Default `strict`. */
  readonly responseValidation?: ResponseValidationMode | undefined;
  readonly errorBodyParser?: ErrorBodyParser | undefined;
  readonly classifyError?: ErrorClassifier | undefined;
  /** Pages fetched at once when a list's total is known (default 4). */
  readonly pageConcurrency?: number | undefined;
  /** Largest response body accepted, in bytes (default 64 MiB); a larger one fails with RESPONSE_TOO_LARGE. */
  readonly maxResponseBytes?: number | undefined;
  /** Same-origin redirects followed (default 3); cross-origin redirects are always refused. */
  readonly maxRedirects?: number | undefined;
  /**
   * The provider's own steps, each placed right `before` or `after` a named step: one of
   * `httpStepNames` or a step placed earlier in this list. An unknown name is a ConfigError.
   */
  readonly steps?: readonly HttpStepPlacement[] | undefined;
  readonly events?: PsaEvents | undefined;
  readonly logger?: PsaLogger | undefined;
  readonly clock?: Clock | undefined;
  /** Source of jitter, `Math.random` by default. */
  readonly random?: (() => number) | undefined;
  /** Replaces axios' HTTP adapter (advanced; tests of connection failures). */
  readonly adapter?: AxiosRequestConfig['adapter'] | undefined;
}

/** Requests per window, window and concurrency used when a provider sets none. */
export const defaultRateLimitPolicy: RateLimitPolicy = { requestsPerWindow: 300, windowMs: 60_000, maxConcurrency: 8 };

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
const DEFAULT_PAGE_CONCURRENCY = 4;

/**
 * The HTTP pipeline every provider call goes through: the built-in steps (see `httpStepNames`) with
 * the provider's own among them, composed once, ending at axios. One transport per client; nothing
 * is shared through module state.
 */
export class HttpTransport {
  readonly provider: string;
  readonly baseUrl: URL;
  readonly events: PsaEvents;
  readonly limiter: RateLimiter;
  /** Pages a list fetches at once when its total is known. */
  readonly pageConcurrency: number;
  readonly #redactor = new Redactor();
  readonly #clock: Clock;
  readonly #staticHeaders: Readonly<Record<string, string>>;
  readonly #nextCallId = callIdSource();
  readonly #validation: ValidationStep;
  readonly #send: SendNext;

  constructor(options: HttpTransportOptions) {
    const { provider, auth } = options;
    const clock = options.clock ?? systemClock;
    const events = options.events ?? new PsaEvents();
    const redactor = this.#redactor;
    for (const secret of auth.secretValues()) redactor.add(secret);
    this.provider = provider;
    this.baseUrl = parseServiceUrl(String(options.baseUrl), `The ${provider} base URL`);
    this.events = events;
    this.limiter = options.limiter ?? new SlidingWindowRateLimiter(withDefaults(defaultRateLimitPolicy, options.rateLimit), clock);
    this.pageConcurrency = options.pageConcurrency ?? DEFAULT_PAGE_CONCURRENCY;
    this.#clock = clock;
    this.#staticHeaders = { Accept: 'application/json', 'User-Agent': options.userAgent ?? 'psagate', ...options.headers };

    const retry = withDefaults(defaultRetryOptions, options.retry);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const log = stepLog(redactingLogger(options.logger ?? silentLogger, redactor));
    const errors = new CallErrors({ auth, retry, timeoutMs, maxResponseBytes, clock, redactor, errorBodyParser: options.errorBodyParser, classifyError: options.classifyError });
    this.#validation = new ValidationStep({ provider, mode: options.responseValidation ?? 'strict', events, redactor });
    const builtIn = [
      new ErrorEventStep(events, errors),
      new UrlAndOriginStep(this.baseUrl),
      new JsonBodyStep(),
      this.#validation,
      new HttpErrorsStep(errors),
      new RetryStep({ retry, auth, events, clock, random: options.random ?? Math.random, timeoutMs, log }),
      new ResponseBodyStep(),
      new RedirectStep(this.baseUrl, options.maxRedirects ?? 3),
      new RateLimitStep({ limiter: this.limiter, events, provider, log }),
      new AuthStep(auth, redactor),
      new TimeoutStep(clock, timeoutMs),
      new AttemptEventsStep(events, clock),
      new RateLimitHeadersStep({ limiter: this.limiter, clock, maxRetryAfterMs: retry.maxRetryAfterMs }),
    ];
    const sender = new AxiosSender({ adapter: options.adapter, maxResponseBytes });
    this.#send = composeSteps(placeSteps(builtIn, options.steps ?? [], provider), (call) => sender.send(call));
  }

  /** Masks this transport's secrets in a text (for providers building their own messages). */
  redact(text: string): string {
    return this.#redactor.redact(text);
  }

  async request<T = unknown>(spec: RequestSpec<T>): Promise<TransportResponse<T>> {
    const startedAt = this.#clock.now();
    const call = new HttpCall({ callId: this.#nextCallId(), provider: this.provider, spec, baseUrl: this.baseUrl, headers: this.#staticHeaders, startedAt });
    const response = await this.#send(call);
    return { status: response.status, headers: response.headers, data: response.data as T, requestId: response.requestId };
  }

  /** Adapts one list route to a pagination strategy: the provider's whole side of paging. */
  fetchPages(request: Omit<RequestSpec, 'schema' | 'url' | 'signal'>): PageFetcher {
    return async ({ query, url, signal }) => {
      const response = await this.request({ ...request, query: { ...request.query, ...query }, url, signal });
      return { body: response.data, headers: response.headers };
    };
  }

  /**
   * A streamed list over one route: pages come from `strategy`, each record is checked against
   * `itemSchema` (strict or lenient, as configured) and then mapped.
   */
  paginate<TRaw, TItem = TRaw>(options: {
    readonly strategy: PaginationStrategy;
    readonly request: Omit<RequestSpec, 'schema' | 'url' | 'signal'>;
    readonly itemSchema?: z.ZodType<TRaw> | undefined;
    readonly map?: ((item: TRaw) => TItem) | undefined;
  }): Paginated<TItem> {
    const { request, itemSchema, map } = options;
    const context = { provider: this.provider, operation: request.operation, method: request.method, path: request.path };
    return Paginated.fromStrategy<TItem>({
      strategy: options.strategy,
      fetchPage: this.fetchPages(request),
      mapItem: (raw, index) => {
        const item = itemSchema ? this.validate(itemSchema, raw, context, `items[${index}]`) : (raw as TRaw);
        return map ? map(item) : (item as unknown as TItem);
      },
      errorContext: context,
      concurrency: this.pageConcurrency,
      warn: (code, message) => this.events.emit('warning', { provider: this.provider, code, message, operation: request.operation }),
      redact: (text) => this.#redactor.redact(text),
    });
  }

  /** Checks data against a schema in this transport's validation mode. */
  validate<T>(schema: z.ZodType<T>, data: unknown, context: PsaErrorContext, pathPrefix?: string): T {
    return this.#validation.validate(schema, data, context, pathPrefix);
  }
}
