import axios, { AxiosHeaders, type AxiosRequestConfig, type AxiosResponse, type InternalAxiosRequestConfig, type RawAxiosHeaders, isAxiosError } from 'axios';
import { lowerCaseHeaders } from '../bare-http-client';
import { type CallResponse, requestIdOf } from './call-response';
import type { HttpCall } from './http-call';

type Adapter = (config: InternalAxiosRequestConfig) => Promise<AxiosResponse>;

export interface AxiosSenderOptions {
  /** Replaces axios' HTTP adapter (tests of connection failures). */
  readonly adapter?: AxiosRequestConfig['adapter'] | undefined;
  /** Largest response body read, in bytes. */
  readonly maxResponseBytes: number;
}

/** axios' own request() sets this Content-Type on these methods when none is given; kept, so bodiless writes go out as before. */
const FORM_DEFAULT_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The end of the chain: sends one attempt through axios' HTTP adapter and hands back the answer,
 * whatever its status. Rejects only when no answer arrived: the connection failed, the attempt was
 * aborted or timed out, or the body passed maxResponseBytes. Redirects are not followed here.
 * A body that broke off after the status arrived comes back as the answer's `readFailure`, and the
 * error never keeps the response (so an error with a response in the chain is always a step's own).
 */
export class AxiosSender {
  readonly #adapter: Adapter;
  readonly #config: AxiosRequestConfig;
  /** axios' default headers of each method: they go first, as in axios' own request(), so the wire is what it always was. */
  readonly #defaultHeaders = new Map<string, RawAxiosHeaders>();

  constructor(options: AxiosSenderOptions) {
    this.#adapter = axios.getAdapter(options.adapter ?? axios.defaults.adapter) as Adapter;
    const { headers, ...config } = axios.mergeConfig(axios.defaults as AxiosRequestConfig, {
      maxRedirects: 0,
      responseType: 'text',
      validateStatus: null,
      maxContentLength: options.maxResponseBytes,
      maxBodyLength: 16 * 1024 * 1024,
    });
    this.#config = config;
    const defaults = (headers ?? {}) as Record<string, RawAxiosHeaders | undefined>;
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      this.#defaultHeaders.set(method, { ...defaults.common, ...defaults[method.toLowerCase()] });
    }
  }

  /** Headers: axios' defaults, then the call's, then the credential, which wins over a header of the same name. */
  async send(call: HttpCall): Promise<CallResponse> {
    const { method } = call.spec;
    const headers = AxiosHeaders.concat(this.#defaultHeaders.get(method), call.headers, call.authHeaders);
    if (FORM_DEFAULT_METHODS.has(method)) headers.setContentType('application/x-www-form-urlencoded', false);
    // Object.assign, not a spread: V8 pretenures spread copies of this 40-key config, which then
    // keep every attempt's objects alive until the next full GC.
    const signal = call.attemptSignal ?? call.signal;
    const config = Object.assign({}, this.#config, { method: method.toLowerCase(), url: call.url.href, data: call.body, headers, signal });
    const earlier = call.mayHaveTakenEffect;
    // axios turns down an attempt whose signal has already fired without sending anything.
    if (!signal?.aborted) call.mayHaveTakenEffect = true;
    let answer: CallResponse;
    try {
      answer = answerOf(await this.#adapter(config as InternalAxiosRequestConfig));
    } catch (error) {
      if (!isAxiosError(error) || !error.response) throw error;
      const partial = error.response;
      delete error.response;
      answer = { ...answerOf(partial), readFailure: error };
    }
    // A 4xx turned this attempt away: whatever the call did, this attempt changed nothing.
    if (answer.status >= 400 && answer.status < 500) call.mayHaveTakenEffect = earlier;
    return answer;
  }
}

function answerOf(response: AxiosResponse): CallResponse {
  const headers = lowerCaseHeaders(response.headers);
  return { status: response.status, headers, body: response.data as string | undefined, requestId: requestIdOf(headers) };
}
