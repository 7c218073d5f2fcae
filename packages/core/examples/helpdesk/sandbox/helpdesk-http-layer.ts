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
import type { HelpdeskOperationId } from '../routes/helpdesk-routes';
import { HELPDESK_MAX_PAGE_SIZE } from '../schemas/helpdesk-params';
import { helpdeskErrorResponse } from './helpdesk-error-response';
import { type HelpdeskOperationResult, helpdeskOperationHandlers } from './helpdesk-operation-handlers';
import { matchHelpdeskRoute } from './helpdesk-route-matcher';
import type { HelpdeskSandboxState } from './helpdesk-sandbox-state';

/** One request as the sandbox saw it. */
export interface HelpdeskSandboxRequest {
  readonly method: string;
  /** The path below the base URL, without the query (`/v1/tickets/1000`). */
  readonly path: string;
  /** The operation it matched, or null for an unknown path or method. */
  readonly operationId: HelpdeskOperationId | null;
  /** The status answered, or null when the connection was dropped. */
  readonly status: number | null;
  /** The fault the request got, if any. */
  readonly fault: SandboxFaultKind | null;
}

/** What the HTTP layer works with: the state, the key, and the sandbox-kit parts the sandbox built. */
export interface HelpdeskHttpLayerConfig {
  readonly state: HelpdeskSandboxState;
  /** The path of the base URL (`''` for an origin), cut from each request's path before routing. */
  readonly basePath: string;
  readonly apiKey: string;
  /** The budget per key; undefined for none. */
  readonly rateLimit: SlidingWindowCounter | undefined;
  readonly faults: FaultPlan;
  readonly latency: Latency;
  readonly recorder: RequestRecorder<HelpdeskSandboxRequest>;
}

const NO_HEADERS: Readonly<Record<string, string>> = {};

/**
 * Helpdesk's HTTP behaviour in front of its operations: routing (404, 405), bearer-token auth (401),
 * the rate budget per key (429, and `X-RateLimit-*` on every authenticated answer), paging checks
 * (400) and the `{ data, total }` envelope, JSON bodies (400), faults, latency and the request log.
 */
export function createHelpdeskHttpLayer(config: HelpdeskHttpLayerConfig): SandboxHandler {
  const { recorder } = config;
  return async function handle(request: Request): Promise<SandboxAnswer> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname.startsWith(config.basePath) ? url.pathname.slice(config.basePath.length) : url.pathname;
    const match = matchHelpdeskRoute(method, path);
    const operationId = match.kind === 'operation' ? match.operationId : null;
    recorder.countRequest(operationId ?? undefined);
    const seen: { fault: SandboxFaultKind | null } = { fault: null };
    const answer = await respond(config, request, url, match, seen);
    // Latency delays the answer, not the arrival: the rate budget counts requests when they are sent.
    await config.latency.wait();
    recorder.record({ method, path, operationId, status: answer instanceof Response ? answer.status : null, fault: seen.fault });
    return answer;
  };
}

async function respond(
  config: HelpdeskHttpLayerConfig,
  request: Request,
  url: URL,
  match: ReturnType<typeof matchHelpdeskRoute>,
  seen: { fault: SandboxFaultKind | null },
): Promise<SandboxAnswer> {
  if (match.kind === 'not-found') return helpdeskErrorResponse(404, 'not_found', `No route ${request.method} ${url.pathname}`);
  if (match.kind === 'method-not-allowed') {
    return helpdeskErrorResponse(405, 'method_not_allowed', `${url.pathname} takes ${match.allowed.join(', ')}`, { headers: { Allow: match.allowed.join(', ') } });
  }
  if (request.headers.get('authorization') !== `Bearer ${config.apiKey}`) return helpdeskErrorResponse(401, 'unauthorized', 'Invalid API token');

  let headers = NO_HEADERS;
  if (config.rateLimit) {
    const decision = config.rateLimit.hit(config.apiKey);
    headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      config.recorder.countRateLimited();
      return helpdeskErrorResponse(429, 'rate_limited', `Rate limit of ${decision.limit} requests exceeded; retry after the Retry-After header's seconds`, {
        headers: { ...headers, ...retryAfterHeader(decision.retryAfterMs) },
      });
    }
  }
  const error = (status: number, message: string, extra?: Readonly<Record<string, string>>): Response =>
    helpdeskErrorResponse(status, status === 429 ? 'rate_limited' : status >= 500 ? 'server_error' : 'invalid', message, { headers: { ...headers, ...extra } });

  const paging = (match.route.queryParams as readonly string[]).includes('page') ? readPaging(url.searchParams) : undefined;
  if (typeof paging === 'string') return error(400, paging);
  let body: unknown;
  if (match.route.body !== null) {
    const text = await request.text();
    try {
      body = text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return error(400, 'The request body is not valid JSON');
    }
  }

  const write = isWriteMethod(request.method);
  const fault = config.faults.draw({ route: match.operationId, write });
  if (fault !== undefined) {
    seen.fault = fault;
    config.recorder.countFault(fault);
  }
  const run = async (): Promise<Response> => {
    const result = helpdeskOperationHandlers[match.operationId]({ params: match.params, query: url.searchParams, body }, config.state);
    const response = toResponse(result, paging, headers);
    if (write && response.status < 400) config.recorder.countWriteApplied();
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

interface Paging {
  readonly page: number;
  readonly perPage: number;
}

/** `page` (default 1) and `per_page` (default 25, at most 100), or the message of the 400 they get. */
function readPaging(query: URLSearchParams): Paging | string {
  const page = Number(query.get('page') ?? '1');
  const perPage = Number(query.get('per_page') ?? '25');
  if (!Number.isInteger(page) || page < 1) return 'page must be a positive integer';
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > HELPDESK_MAX_PAGE_SIZE) return `per_page must be between 1 and ${HELPDESK_MAX_PAGE_SIZE}`;
  return { page, perPage };
}

function toResponse(result: HelpdeskOperationResult, paging: Paging | undefined, headers: Readonly<Record<string, string>>): Response {
  switch (result.kind) {
    case 'record':
      return jsonResponse(result.body, result.status, headers);
    case 'page': {
      const { page, perPage } = paging ?? { page: 1, perPage: 25 };
      return jsonResponse({ data: result.records.slice((page - 1) * perPage, page * perPage), total: result.records.length }, 200, headers);
    }
    case 'error':
      return helpdeskErrorResponse(result.status, result.code, result.message, { details: result.details, headers });
  }
}
