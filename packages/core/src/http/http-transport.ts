import axios, {
  AxiosHeaders,
  type AxiosInstance,
  type AxiosRequestConfig,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
  isAxiosError,
} from 'axios';
import axiosRetry from 'axios-retry';
import type { z } from 'zod';
import type { AuthStamp, AuthStrategy } from '../auth/auth-strategy';
import type { ErrorBodyParser } from '../errors/error-body';
import { NetworkError, ResponseShapeError, ValidationError } from '../errors/error-types';
import { type PsaError, type PsaErrorContext, describeRequest, isPsaError } from '../errors/psa-error';
import { PsaEvents, type RequestEvent } from '../observability/events';
import { type LogLevel, type PsaLogger, redactingLogger, silentLogger } from '../observability/logger';
import type { PageFetcher } from '../pagination/page-fetcher';
import { Paginated } from '../pagination/paginated';
import type { PaginationStrategy } from '../pagination/pagination-strategy';
import { parseServiceUrl, sameOrigin } from '../security/origin-policy';
import { Redactor } from '../security/redactor';
import { type Clock, systemClock } from '../time/clock';
import { linkedAbortController } from '../util/linked-abort-controller';
import { type Overrides, withDefaults } from '../util/with-defaults';
import { lowerCaseHeaders } from './bare-http-client';
import { type ErrorClassifier, httpError } from './http-error';
import { describeNetworkFailure } from './network-failure';
import { LONE_SURROGATE, type PathParamKind, type PathParamValue, expandPath } from './path-template';
import { type RateLimitInfo, parseRateLimitHeaders } from './rate-limit-headers';
import { type RateLimitPolicy, type RateLimitWaitReason, type RateLimiter, SlidingWindowRateLimiter } from './rate-limiter';
import { type RetryDecision, type RetryOptions, type RetryQuestion, decideRetry, defaultRetryOptions, isIdempotent } from './retry-policy';
import { type ResponseValidationMode, validateResponse } from './response-validation';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/** One API call, described by its route rather than by a URL. */
export interface RequestSpec<T = unknown> {
  /** Logical name for errors and events, e.g. `tickets.get`. */
  readonly operation: string;
  readonly method: HttpMethod;
  /** Path template relative to the base URL, e.g. `/api/v3/tickets/{ticketId}`. */
  readonly path: string;
  readonly pathParams?: Readonly<Record<string, PathParamValue | undefined>> | undefined;
  /** Shape each path parameter must have (default `string`). */
  readonly pathParamKinds?: Readonly<Record<string, PathParamKind>> | undefined;
  /** Query parameters; undefined and null are left out, arrays repeat the parameter. */
  readonly query?: Readonly<Record<string, QueryValue>> | undefined;
  /** JSON body. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Validates the parsed response body. */
  readonly schema?: z.ZodType<T> | undefined;
  /** Marks a POST or PATCH as safe to replay (an update that sets values), allowing retries. */
  readonly idempotent?: boolean | undefined;
  /** A link to follow instead of `path` (next pages). Refused unless it has the base URL's origin. */
  readonly url?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

export interface TransportResponse<T> {
  readonly status: number;
  /** Response headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly data: T;
  readonly requestId?: string | undefined;
}

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
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid'];
/** Any of these makes a response worth showing to the rate limiter, and puts `rateLimit` on its response event. */
const RATE_LIMIT_HEADERS = [
  'retry-after',
  'x-ratelimit-remaining',
  'ratelimit-remaining',
  'x-rate-limit-remaining',
  'x-ratelimit-reset',
  'ratelimit-reset',
  'x-rate-limit-reset',
  'x-ratelimit-limit',
  'ratelimit-limit',
  'x-rate-limit-limit',
];

type CallContext = PsaErrorContext & { readonly provider: string; readonly method: string; readonly path: string; readonly operation: string };

/** Per-call state shared by every attempt (axios copies configs, but keeps class instances by reference). */
class CallState {
  attempt = 0;
  stamp: AuthStamp | undefined;
  timedOut = false;
  decision: RetryDecision | undefined;
  /** Where the next attempt goes (changes when a same-origin redirect is followed). */
  url: URL | undefined;
  constructor(
    readonly context: CallContext,
    readonly idempotent: boolean,
    readonly startedAt: number,
    /** The caller's signal (attempts run on a linked one that also carries the timeout). */
    readonly signal: AbortSignal | undefined,
  ) {}
}

type ConfigWithCall = InternalAxiosRequestConfig & { psagate?: CallState };

/**
 * The HTTP pipeline every provider call goes through: path and origin checks → rate limiter →
 * auth → axios → response checks, with axios-retry replaying only what is safe. One transport per
 * client; nothing is shared through module state.
 */
export class HttpTransport {
  readonly provider: string;
  readonly baseUrl: URL;
  readonly events: PsaEvents;
  readonly limiter: RateLimiter;
  readonly #auth: AuthStrategy;
  readonly #axios: AxiosInstance;
  readonly #baseAdapter: (config: InternalAxiosRequestConfig) => Promise<AxiosResponse>;
  readonly #redactor = new Redactor();
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #retry: RetryOptions;
  readonly #timeoutMs: number;
  readonly #logger: PsaLogger;
  readonly #options: HttpTransportOptions;
  readonly #staticHeaders: Record<string, string>;
  readonly #lowerCased = new WeakMap<AxiosResponse, Readonly<Record<string, string>>>();
  /** Auth header values already given to the redactor (they rarely change). */
  #rememberedAuth = '';

  constructor(options: HttpTransportOptions) {
    this.#options = options;
    this.provider = options.provider;
    this.baseUrl = parseServiceUrl(String(options.baseUrl), `The ${options.provider} base URL`);
    this.#auth = options.auth;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#retry = withDefaults(defaultRetryOptions, options.retry);
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#logger = redactingLogger(options.logger ?? silentLogger, this.#redactor);
    this.events = options.events ?? new PsaEvents();
    this.limiter = options.limiter ?? new SlidingWindowRateLimiter(withDefaults(defaultRateLimitPolicy, options.rateLimit), this.#clock);
    for (const secret of options.auth.secretValues()) this.#redactor.add(secret);
    this.#staticHeaders = {
      Accept: 'application/json',
      'User-Agent': options.userAgent ?? 'psagate',
      ...options.headers,
    };
    this.#baseAdapter = axios.getAdapter(options.adapter ?? axios.defaults.adapter) as (config: InternalAxiosRequestConfig) => Promise<AxiosResponse>;
    this.#axios = axios.create({
      adapter: (config) => this.#attempt(config as ConfigWithCall),
      maxRedirects: 0,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: acceptsStatus,
      maxContentLength: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      maxBodyLength: 16 * 1024 * 1024,
    });
    axiosRetry(this.#axios, {
      // decideRetry owns the caps; with axios-retry's own cap it would not even be asked about the
      // last failure, and the error could not say that the retries ran out.
      retries: Number.MAX_SAFE_INTEGER,
      retryCondition: (error) => this.#shouldRetry(error),
      retryDelay: () => 0,
      onRetry: (_count, error) => this.#beforeRetry(error),
      shouldResetTimeout: true,
    });
  }

  /** Masks this transport's secrets in a text (for providers building their own messages). */
  redact(text: string): string {
    return this.#redactor.redact(text);
  }

  async request<T = unknown>(spec: RequestSpec<T>): Promise<TransportResponse<T>> {
    const context: CallContext = { provider: this.provider, operation: spec.operation, method: spec.method, path: spec.path };
    const call = new CallState(context, isIdempotent(spec.method, spec.idempotent), this.#clock.now(), spec.signal);
    let replayedAfter401 = false;
    let redirects = 0;
    try {
      call.url = this.#urlFor(spec, context);
      const body = jsonBody(spec.body, context);
      const headers = { ...this.#staticHeaders, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...spec.headers };
      for (;;) {
        let response: AxiosResponse<string>;
        try {
          response = await this.#axios.request<string>({
            method: spec.method,
            url: call.url.href,
            data: body,
            headers,
            signal: spec.signal,
            psagate: call,
          } as AxiosRequestConfig);
        } catch (error) {
          const failed = isAxiosError(error) ? error.response : undefined;
          if (!failed) throw this.#noResponseError(error, call);
          if (failed.status === 401 && !replayedAfter401 && this.#auth.onUnauthorized) {
            replayedAfter401 = true;
            if (await this.#auth.onUnauthorized(call.stamp, spec.signal)) continue;
          }
          if (failed.status >= 300 && failed.status < 400) {
            call.url = this.#redirectTarget(failed, call.url, spec, context, ++redirects);
            continue;
          }
          throw this.#responseError(failed, call);
        }
        let data: unknown;
        try {
          data = parseJsonBody(response.data, this.#headersOf(response));
        } catch {
          // A body cut short or garbled on the way: transient, so an idempotent call tries again.
          if (await this.#retryUnusableBody(call, 'invalid JSON')) continue;
          throw this.#invalidJsonError(response, call);
        }
        return this.#readResponse(response, data, spec, call);
      }
    } catch (error) {
      // An abort can also surface from the auth strategy (a token refresh after a 401) as the signal's bare reason.
      const failure = !isPsaError(error) && call.signal?.aborted ? this.#noResponseError(error, call) : error;
      if (isPsaError(failure)) this.events.emit('error', { error: failure });
      throw failure;
    }
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
      concurrency: this.#options.pageConcurrency ?? 4,
      warn: (code, message) => this.events.emit('warning', { provider: this.provider, code, message, operation: request.operation }),
      redact: (text) => this.#redactor.redact(text),
    });
  }

  /** Checks data against a schema in this transport's validation mode. */
  validate<T>(schema: z.ZodType<T>, data: unknown, context: PsaErrorContext, pathPrefix?: string): T {
    return validateResponse(schema, data, {
      mode: this.#options.responseValidation ?? 'strict',
      context,
      pathPrefix,
      redact: (text) => this.#redactor.redact(text),
      onWarning: (message, issues) =>
        this.events.emit('warning', { provider: this.provider, code: 'SCHEMA_DRIFT', message, operation: context.operation, issues }),
    });
  }

  #urlFor(spec: RequestSpec<unknown>, context: PsaErrorContext): URL {
    if (spec.url !== undefined) {
      let link: URL;
      try {
        link = new URL(spec.url, this.baseUrl);
      } catch {
        throw new ResponseShapeError(`${describeRequest(context)} received a next link that is not a URL.`, { ...context, code: 'INVALID_LINK' });
      }
      if (!sameOrigin(link, this.baseUrl)) {
        throw new ResponseShapeError(
          `${describeRequest(context)} received a link to another origin (${link.origin}); psagate only sends credentials to ${this.baseUrl.origin} and did not follow it.`,
          { ...context, code: 'CROSS_ORIGIN_LINK' },
        );
      }
      return link;
    }
    const path = expandPath(spec.path, spec.pathParams, spec.pathParamKinds, context);
    // One slash between prefix and path: `//host` at the start would make the path a protocol-relative URL.
    const url = new URL(`${this.baseUrl.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`, this.baseUrl.origin);
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        const text = String(item);
        if (LONE_SURROGATE.test(text)) {
          throw new ValidationError(`${describeRequest(context)}: query parameter ${name} must be valid Unicode text (it holds a lone surrogate, which would be sent as another character).`, {
            ...context,
            code: 'INVALID_QUERY_PARAMETER',
            issues: [{ path: name, message: 'holds a lone surrogate' }],
          });
        }
        url.searchParams.append(name, text);
      }
    }
    return url;
  }

  /** One attempt: wait for the rate budget, authorize, send, observe. axios-retry calls it again per retry. */
  async #attempt(config: ConfigWithCall): Promise<AxiosResponse> {
    const call = config.psagate as CallState;
    call.attempt += 1;
    call.timedOut = false;
    const signal = call.signal;
    const permit = await this.limiter.acquire({ signal, onWait: this.#onRateLimitWait });
    const { controller, dispose } = linkedAbortController(signal);
    let cancelTimeout: (() => void) | undefined;
    try {
      const authHeaders: Record<string, string> = {};
      call.stamp = await this.#auth.authorize({ method: call.context.method, url: call.url as URL, headers: authHeaders, signal });
      this.#rememberSecrets(authHeaders);
      // A copy: the config outlives the attempt (axios-retry replays it) and must not keep credentials.
      const headers = new AxiosHeaders(config.headers);
      for (const [name, value] of Object.entries(authHeaders)) headers.set(name, value);
      const event = { ...call.context, attempt: call.attempt };
      if (this.events.has('request')) this.events.emit('request', event);
      cancelTimeout = this.#clock.setTimer(this.#timeoutMs, () => {
        call.timedOut = true;
        controller.abort();
      });
      const started = this.#clock.now();
      try {
        const response = await this.#baseAdapter({ ...config, headers, signal: controller.signal });
        this.#afterResponse(response, event, started);
        return response;
      } catch (error) {
        if (isAxiosError(error)) {
          if (error.response) this.#afterResponse(error.response, event, started);
          // axios-retry replays error.config: it must be the caller's config, not this attempt's
          // (whose signal is the attempt's own, already spent, and whose headers hold the credential).
          error.config = config;
          if (error.response) error.response.config = config;
          // A success whose body broke off mid-way: a failed read, retried (or not) like a dropped
          // connection after sending, not an answer with that status.
          if (error.response && acceptsStatus(error.response.status)) delete error.response;
        }
        throw error;
      }
    } finally {
      cancelTimeout?.();
      dispose();
      permit.release();
    }
  }

  #afterResponse(response: AxiosResponse, event: RequestEvent, started: number): void {
    const headers = this.#headersOf(response);
    const sentRateLimit = RATE_LIMIT_HEADERS.some((name) => headers[name] !== undefined);
    const rateLimit = sentRateLimit || response.status === 429 || response.status === 503 ? parseRateLimitHeaders(headers, this.#clock.now()) : undefined;
    if (rateLimit) this.limiter.observe(response.status, this.#laneInfo(response.status, rateLimit));
    if (this.events.has('response')) {
      const reported = sentRateLimit && rateLimit ? definedFields(rateLimit) : undefined;
      this.events.emit('response', {
        ...event,
        status: response.status,
        durationMs: this.#clock.now() - started,
        requestId: requestIdOf(headers),
        ...(reported ? { rateLimit: reported } : {}),
      });
    }
  }

  /**
   * What the limiter is told. A wait longer than maxRetryAfterMs is not imposed on the lane: the
   * call that got it fails fast with RateLimitError, and so should the next ones, instead of hanging.
   */
  #laneInfo(status: number, info: RateLimitInfo): RateLimitInfo {
    const now = this.#clock.now();
    const pauseMs = info.retryAfterMs ?? (status === 429 && info.resetAt !== undefined ? info.resetAt - now : undefined);
    if (pauseMs !== undefined && pauseMs > this.#retry.maxRetryAfterMs) return { limit: info.limit };
    return info;
  }

  #log(level: LogLevel, message: string): void {
    try {
      this.#logger[level](message);
    } catch {
      // A broken logger must not break the request it reports on.
    }
  }

  #onRateLimitWait = (waitMs: number, reason: RateLimitWaitReason): void => {
    if (reason !== 'concurrency') this.#log('debug', `${this.provider}: waited ${waitMs} ms for the rate budget (${reason})`);
    this.events.emit('rateLimitWait', { provider: this.provider, waitMs, reason });
  };

  #shouldRetry(error: unknown): boolean {
    if (!isAxiosError(error)) return false;
    const call = (error.config as ConfigWithCall | undefined)?.psagate;
    if (!call) return false;
    let failure: RetryQuestion['failure'];
    if (error.response) {
      const headers = this.#headersOf(error.response);
      failure = { kind: 'status', status: error.response.status, retryAfterMs: parseRateLimitHeaders(headers, this.#clock.now()).retryAfterMs };
    } else {
      const network = describeNetworkFailure(error, call.timedOut, this.#timeoutMs, call.signal?.aborted);
      failure = { kind: 'network', code: network.code, beforeSend: network.beforeSend, retryable: network.retryable };
    }
    const question: RetryQuestion = {
      method: call.context.method,
      idempotent: call.idempotent,
      attempts: call.attempt,
      elapsedMs: this.#clock.now() - call.startedAt,
      failure,
    };
    const decision = decideRetry(question, this.#retry, this.#random);
    call.decision = decision;
    return decision.retry;
  }

  async #beforeRetry(error: unknown): Promise<void> {
    const config = isAxiosError(error) ? (error.config as ConfigWithCall | undefined) : undefined;
    const call = config?.psagate;
    if (call) await this.#waitBeforeRetry(call);
  }

  /** Reports the retry that `call.decision` asks for and waits out its delay. */
  async #waitBeforeRetry(call: CallState): Promise<void> {
    if (!call.decision?.retry) return;
    const { delayMs, reason } = call.decision;
    this.events.emit('retry', { ...call.context, attempt: call.attempt, nextAttempt: call.attempt + 1, delayMs, reason });
    this.#log('warn', `${describeRequest(call.context)}: ${reason}, retrying in ${delayMs} ms (attempt ${call.attempt + 1} of ${this.#retry.maxAttempts})`);
    await this.#clock.sleep(delayMs, call.signal);
  }

  /**
   * A response arrived but its body cannot be used. Under the same policy and attempt budget as
   * any other failure, says whether to send the request again (after the backoff wait).
   */
  async #retryUnusableBody(call: CallState, problem: string): Promise<boolean> {
    call.decision = decideRetry(
      {
        method: call.context.method,
        idempotent: call.idempotent,
        attempts: call.attempt,
        elapsedMs: this.#clock.now() - call.startedAt,
        failure: { kind: 'body', problem },
      },
      this.#retry,
      this.#random,
    );
    if (!call.decision.retry) return false;
    await this.#waitBeforeRetry(call);
    return true;
  }

  /** Response headers with lower-case names, computed once per response. */
  #headersOf(response: AxiosResponse): Readonly<Record<string, string>> {
    let headers = this.#lowerCased.get(response);
    if (!headers) {
      headers = lowerCaseHeaders(response.headers);
      this.#lowerCased.set(response, headers);
    }
    return headers;
  }

  #rememberSecrets(authHeaders: Record<string, string>): void {
    const values = Object.values(authHeaders);
    const key = values.join('\n');
    if (key === this.#rememberedAuth) return;
    this.#rememberedAuth = key;
    for (const value of values) {
      this.#redactor.addRotating(value);
      const credential = /^\S+ (.+)$/.exec(value)?.[1];
      if (credential) this.#redactor.addRotating(credential);
    }
  }

  #readResponse<T>(response: AxiosResponse<string>, data: unknown, spec: RequestSpec<T>, call: CallState): TransportResponse<T> {
    const headers = this.#headersOf(response);
    const requestId = requestIdOf(headers);
    const context = { ...call.context, status: response.status, requestId };
    const value = spec.schema ? this.validate(spec.schema, data, context) : (data as T);
    return { status: response.status, headers, data: value, requestId };
  }

  /**
   * The body of a success was not valid JSON (typically cut short). Retried already when that was
   * safe, so an idempotent call may be tried again later; a write may have been applied.
   */
  #invalidJsonError(response: AxiosResponse<string>, call: CallState): ResponseShapeError {
    const context = { ...call.context, status: response.status, requestId: requestIdOf(this.#headersOf(response)) };
    const gaveUp = this.#gaveUp(call);
    return new ResponseShapeError(
      `${describeRequest(context)} answered ${response.status} with a body that is not valid JSON (it may have been cut short).` +
        (call.idempotent
          ? `${gaveUp ? ` ${gaveUp}` : ''} The request is safe to repeat: try again later, and report it if it persists.`
          : ' The write may have been applied: check before sending it again.'),
      { ...context, code: 'INVALID_JSON', retryable: call.idempotent, maybeApplied: !call.idempotent },
    );
  }

  #responseError(response: AxiosResponse<string>, call: CallState): PsaError {
    const headers = this.#headersOf(response);
    let body: unknown = response.data;
    try {
      body = parseJsonBody(response.data, headers);
    } catch {
      // Error bodies are often plain text or HTML: the body parser copes with strings (httpError redacts either).
    }
    const retryAfterMs = parseRateLimitHeaders(headers, this.#clock.now()).retryAfterMs;
    const decision = call.decision;
    const note =
      decision && !decision.retry && decision.retryAfterTooLong
        ? `Not retried: the server asked for a wait longer than maxRetryAfterMs (${this.#retry.maxRetryAfterMs} ms).`
        : this.#gaveUp(call);
    return httpError(
      {
        context: { ...call.context, status: response.status, requestId: requestIdOf(headers) },
        body,
        idempotent: call.idempotent,
        retryAfterMs,
        authDescription: this.#auth.describe(),
        note,
      },
      { parser: this.#options.errorBodyParser, classifier: this.#options.classifyError, redactor: this.#redactor },
    );
  }

  /** Says that retries ran out, when they did. */
  #gaveUp(call: CallState): string | undefined {
    const exhausted = call.decision && !call.decision.retry ? call.decision.exhausted : undefined;
    if (!exhausted) return undefined;
    const attempts = `${call.attempt} attempt${call.attempt === 1 ? '' : 's'}`;
    return exhausted === 'attempts'
      ? `Gave up after ${attempts} (maxAttempts).`
      : `Gave up after ${attempts}: another retry would pass maxElapsedMs (${this.#retry.maxElapsedMs} ms).`;
  }

  #noResponseError(error: unknown, call: CallState): PsaError {
    if (isPsaError(error)) return error;
    // The caller's abort wins, even when it landed in a backoff wait after a timeout.
    const failure = describeNetworkFailure(error, call.timedOut, this.#timeoutMs, call.signal?.aborted);
    if (failure.code === 'RESPONSE_TOO_LARGE') {
      const limit = this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
      return new ResponseShapeError(
        `${describeRequest(call.context)} answered with a body larger than ${limit} bytes, which psagate does not read (maxResponseBytes).` +
          (call.idempotent ? ' Ask for smaller pages, or raise maxResponseBytes if such answers are expected.' : ' The write may have been applied: check before sending it again.'),
        { ...call.context, code: 'RESPONSE_TOO_LARGE', maybeApplied: !call.idempotent },
      );
    }
    const mayHaveApplied = !call.idempotent && !failure.beforeSend && failure.code !== 'ABORTED';
    const attempts = call.attempt > 1 ? ` after ${call.attempt} attempts` : '';
    const gaveUp = failure.code === 'ABORTED' ? undefined : this.#gaveUp(call);
    return new NetworkError(
      this.#redactor.redact(
        `${describeRequest(call.context)} failed${attempts}: ${failure.message}.` +
          (mayHaveApplied ? ' The request may have been applied: check before sending it again.' : '') +
          (gaveUp ? ` ${gaveUp}` : ''),
      ),
      {
        ...call.context,
        code: failure.code,
        retryable: failure.retryable && (call.idempotent || failure.beforeSend),
        maybeApplied: mayHaveApplied,
      },
    );
  }

  #redirectTarget(response: AxiosResponse, current: URL, spec: RequestSpec<unknown>, context: PsaErrorContext, count: number): URL {
    const location = response.headers.location as string | undefined;
    const fail = (message: string, code: string): ResponseShapeError =>
      new ResponseShapeError(`${describeRequest(context)} was redirected (${response.status}) ${message}`, { ...context, status: response.status, code });
    if (!location) throw fail('without a Location header.', 'INVALID_REDIRECT');
    let target: URL;
    try {
      target = new URL(location, current);
    } catch {
      throw fail('to an invalid location.', 'INVALID_REDIRECT');
    }
    if (!sameOrigin(target, this.baseUrl)) {
      throw fail(
        `to another origin (${target.origin}); psagate only sends credentials to ${this.baseUrl.origin}. Check the configured base URL.`,
        'CROSS_ORIGIN_REDIRECT',
      );
    }
    if (count > (this.#options.maxRedirects ?? 3)) throw fail('too many times.', 'TOO_MANY_REDIRECTS');
    const keepsMethod = response.status === 307 || response.status === 308;
    if (!keepsMethod && spec.method !== 'GET' && spec.method !== 'HEAD') {
      throw fail(`with ${response.status}, which would turn the ${spec.method} into a GET; check the configured base URL.`, 'UNSAFE_REDIRECT');
    }
    return target;
  }
}

/** Serialises a JSON body, refusing (before anything is sent) values JSON cannot carry. */
function jsonBody(body: unknown, context: PsaErrorContext): string | undefined {
  if (body === undefined) return undefined;
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new ValidationError(
      `${describeRequest(context)}: the request body cannot be sent as JSON (${error instanceof Error ? error.message.split('\n')[0] : 'not serialisable'}).`,
      { ...context, code: 'INVALID_BODY' },
    );
  }
}

/** Statuses that are results. 304 answers a conditional request the caller made (If-None-Match): a result, not a redirect. */
function acceptsStatus(status: number): boolean {
  return (status >= 200 && status < 300) || status === 304;
}

/** The fields that hold a value, so events carry only what the server sent. */
function definedFields(info: RateLimitInfo): RateLimitInfo {
  return Object.fromEntries(Object.entries(info).filter(([, value]) => value !== undefined)) as RateLimitInfo;
}

function requestIdOf(headers: Readonly<Record<string, string>>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) if (headers[name]) return headers[name];
  return undefined;
}

/** Parses a JSON body; empty bodies are undefined, non-JSON text comes back as a string. Throws on malformed JSON. */
function parseJsonBody(text: string | undefined, headers: Readonly<Record<string, string>>): unknown {
  if (text === undefined || text === '') return undefined;
  const type = headers['content-type'] ?? '';
  const trimmed = text.trimStart();
  if (type.includes('json') || trimmed.startsWith('{') || trimmed.startsWith('[')) return JSON.parse(text);
  return text;
}
