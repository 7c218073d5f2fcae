import axios, { type AxiosInstance, type AxiosRequestConfig } from 'axios';
import { NetworkError } from '../errors/error-types';
import type { PsaErrorContext } from '../errors/psa-error';
import type { Redactor } from '../security/redactor';
import { type Clock, systemClock } from '../time/clock';
import { linkedAbortController } from '../util/linked-abort-controller';
import { describeNetworkFailure } from './network-failure';

export interface BareRequest {
  readonly method: 'GET' | 'POST';
  readonly url: URL;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Already serialised body. */
  readonly body?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

export interface BareResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON when the body is JSON, else the text (undefined when empty). */
  readonly body: unknown;
}

export interface BareHttpClientOptions {
  readonly timeoutMs?: number | undefined;
  readonly clock?: Clock | undefined;
  /** Masks secrets in any error text. */
  readonly redactor?: Redactor | undefined;
  readonly errorContext?: PsaErrorContext | undefined;
  /** Replaces the HTTP adapter (tests of connection failures). */
  readonly adapter?: AxiosRequestConfig['adapter'];
  /** Largest response body accepted (default 1 MiB; token responses are tiny). */
  readonly maxResponseBytes?: number | undefined;
}

const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

/**
 * A plain HTTP client outside the authenticated pipeline, for token endpoints: no auth, no
 * retries, no redirects, every status returned as a response. Keeping token calls off the main
 * pipeline means authentication can never recurse into itself.
 */
export class BareHttpClient {
  readonly #axios: AxiosInstance;
  readonly #timeoutMs: number;
  readonly #clock: Clock;
  readonly #options: BareHttpClientOptions;

  constructor(options: BareHttpClientOptions = {}) {
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#clock = options.clock ?? systemClock;
    this.#axios = axios.create({
      maxRedirects: 0,
      maxContentLength: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      ...(options.adapter ? { adapter: options.adapter } : {}),
    });
  }

  async send(request: BareRequest): Promise<BareResponse> {
    const { controller, dispose } = linkedAbortController(request.signal);
    let timedOut = false;
    const cancelTimeout = this.#clock.setTimer(this.#timeoutMs, () => {
      timedOut = true;
      controller.abort();
    });
    try {
      const response = await this.#axios.request<string>({
        method: request.method,
        url: request.url.href,
        headers: { Accept: 'application/json', ...request.headers },
        data: request.body,
        signal: controller.signal,
      });
      return { status: response.status, headers: lowerCaseHeaders(response.headers), body: parseBody(response.data) };
    } catch (error) {
      const failure = describeNetworkFailure(error, timedOut, this.#timeoutMs, request.signal?.aborted);
      throw new NetworkError(
        this.#redact(`${this.#options.errorContext?.provider ?? 'psagate'} ${request.method} ${request.url.origin}${request.url.pathname} failed: ${failure.message}`),
        {
          ...this.#options.errorContext,
          method: request.method,
          path: request.url.pathname,
          code: failure.code,
          retryable: failure.retryable,
        },
      );
    } finally {
      cancelTimeout();
      dispose();
    }
  }

  #redact(text: string): string {
    return this.#options.redactor ? this.#options.redactor.redact(text) : text;
  }
}

export function lowerCaseHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!headers || typeof headers !== 'object') return result;
  const source = typeof (headers as { toJSON?: unknown }).toJSON === 'function' ? (headers as { toJSON(): object }).toJSON() : headers;
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || value === null) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return result;
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
