import {
  answerWithFault,
  type FaultPlan,
  isWriteMethod,
  jsonResponse,
  type Latency,
  rateLimitHeaders,
  type RequestRecorder,
  retryAfterHeader,
  type SandboxAnswer,
  type SandboxFaultKind,
  type SandboxHandler,
  type SlidingWindowCounter,
} from '@psagate/core/sandbox-kit';
import type { AteraOperationId } from '../generated/operations';
import { ateraErrorResponse } from './atera-error-response';
import type { SandboxOperationRequest, SandboxOperationResult } from './operation-handler';
import { pageEnvelope, type Paging, readPaging, type TotalsField } from './paging';
import { checkPathParams } from './path-params';
import { AteraRouteMatcher, type RouteMatch } from './route-matcher';
import { authenticate, type SandboxKeys } from './sandbox-auth';
import type { AteraSandboxRequest } from './sandbox-request-log';

/** An operation handler over any state: the real table uses `AteraSandboxState`, tests a small fake. */
export type StateOperationHandler<State> = (request: SandboxOperationRequest, state: State) => SandboxOperationResult;
export type StateOperationHandlers<State> = { readonly [Id in AteraOperationId]?: StateOperationHandler<State> };

export interface AteraHttpLayerConfig<State> {
  readonly state: State;
  readonly handlers: StateOperationHandlers<State>;
  readonly keys: SandboxKeys;
  readonly totalsField: TotalsField;
  /** The budget per key; undefined for none. */
  readonly rateLimit: SlidingWindowCounter | undefined;
  readonly faults: FaultPlan;
  readonly latency: Latency;
  readonly recorder: RequestRecorder<AteraSandboxRequest>;
}

const BODYLESS_METHODS = new Set(['GET', 'HEAD']);
const NO_HEADERS: Readonly<Record<string, string>> = {};
const matcher = new AteraRouteMatcher();

/**
 * Atera's HTTP behaviour in front of the operation handlers: routing (404/405), auth (401), the rate
 * budget per key (429 and `X-RateLimit-*` on every authenticated answer), path parameter and body
 * checks (400), paging and its envelope, latency, faults, and the request log.
 */
export function createAteraHttpLayer<State>(config: AteraHttpLayerConfig<State>): SandboxHandler {
  const { recorder } = config;

  return async function handle(request: Request): Promise<SandboxAnswer> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const match = matcher.match(method, url.pathname);
    const operationId = match.kind === 'operation' ? match.operationId : null;
    recorder.countRequest(operationId ?? undefined);
    const text = BODYLESS_METHODS.has(method) ? '' : await request.text();
    const seen: Seen = { body: text === '' ? undefined : text, fault: null };
    const result = await respond(config, { request, url, method, match, text }, seen);
    // Latency delays the answer, not the arrival: the rate budget counts requests when they are sent.
    await config.latency.wait();
    if (recorder.recording) {
      const status = result instanceof Response ? result.status : null;
      recorder.record({ method, path: url.pathname, operationId, query: Object.fromEntries(url.searchParams), body: seen.body, status, fault: seen.fault });
    }
    return result;
  };
}

/** What the log shows of a request, filled in as it is handled. */
interface Seen {
  /** The parsed JSON once it parsed, else the raw text. */
  body: unknown;
  fault: SandboxFaultKind | null;
}

interface Incoming {
  readonly request: Request;
  readonly url: URL;
  readonly method: string;
  readonly match: RouteMatch;
  readonly text: string;
}

async function respond<State>(config: AteraHttpLayerConfig<State>, incoming: Incoming, seen: Seen): Promise<SandboxAnswer> {
  const { request, url, method, match, text } = incoming;
  const { recorder } = config;
  if (match.kind === 'not-found') {
    return ateraErrorResponse(404, `No HTTP resource was found that matches the request URI '${url.pathname}'.`);
  }
  if (match.kind === 'method-not-allowed') {
    return ateraErrorResponse(405, `The requested resource does not support http method '${method}'.`, { Allow: match.allowed.join(', ') });
  }
  const auth = authenticate(request.headers, config.keys);
  if (!auth.ok) return ateraErrorResponse(401, auth.message);

  let headers = NO_HEADERS;
  if (config.rateLimit) {
    const decision = config.rateLimit.hit(auth.credential);
    headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      recorder.countRateLimited();
      return ateraErrorResponse(429, `API rate limit of ${decision.limit} requests per window exceeded; retry after the Retry-After header's seconds.`, {
        ...headers,
        ...retryAfterHeader(decision.retryAfterMs),
      });
    }
  }
  const error = (status: number, message: string, extra?: Readonly<Record<string, string>>): Response =>
    ateraErrorResponse(status, message, extra ? { ...headers, ...extra } : headers);

  const params = checkPathParams(match.route, match.rawParams);
  if (!params.ok) return error(400, `The value '${params.value}' is not valid.`);
  let body: unknown;
  if (match.route.body !== null && text.trim() !== '') {
    try {
      body = seen.body = JSON.parse(text) as unknown;
    } catch (cause) {
      return error(400, `The request body is not valid JSON: ${(cause as Error).message}. Send a JSON ${match.route.body}.`);
    }
  }
  let paging: Paging | undefined;
  if (match.route.response.kind === 'page') {
    const read = readPaging(url.searchParams);
    if (!read.ok) return error(400, `The value '${read.value}' is not valid.`);
    paging = read.paging;
  }

  const write = isWriteMethod(method);
  const fault = config.faults.draw({ route: match.operationId, write });
  if (fault !== undefined) {
    seen.fault = fault;
    recorder.countFault(fault);
  }
  const run = async (): Promise<Response> => {
    const handler = config.handlers[match.operationId];
    if (!handler) return error(501, `The sandbox does not implement ${match.operationId}.`);
    const query = new URLSearchParams(url.searchParams);
    query.delete('page');
    query.delete('itemsInPage');
    let result: SandboxOperationResult;
    try {
      result = handler({ operationId: match.operationId, pathParams: params.params, query, body }, config.state);
    } catch (cause) {
      return error(500, `The sandbox failed on ${match.operationId}: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
    const response = toResponse(result, paging, url, config.totalsField, headers);
    if (write && response.status < 400) recorder.countWriteApplied();
    return response;
  };
  return answerWithFault({
    fault,
    run,
    error,
    pause: (ms) => config.latency.pause(ms),
    slowMs: config.faults.slowMs,
    burstRetryAfterMs: config.faults.burstRetryAfterMs,
  });
}

function toResponse(
  result: SandboxOperationResult,
  paging: Paging | undefined,
  url: URL,
  totalsField: TotalsField,
  headers: Readonly<Record<string, string>>,
): Response {
  switch (result.kind) {
    case 'json':
      return jsonResponse(result.body, result.status, headers);
    case 'page':
      return jsonResponse(pageEnvelope(result.list, paging ?? { page: 1, itemsInPage: 20 }, url, totalsField), 200, headers);
    case 'empty':
      return new Response(null, { status: result.status, headers });
    case 'error':
      return ateraErrorResponse(result.status, result.message, headers);
  }
}
