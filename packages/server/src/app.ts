import { randomUUID } from 'node:crypto';
import { isPsaError } from '@psagate/core';
import { type Redactor, isAbortFailure } from '@psagate/core/provider';
import { Hono } from 'hono';
import type { CallerAuth } from './caller-auth';
import type { RequestLogger } from './logging';
import { gatewayInputProblem } from './gateway-input-problem';
import { HttpProblem, problemFor, problemResponse } from './problem';
import type { RouteServices, RouteSpec } from './route-spec';

interface AppVariables {
  requestId: string;
  /** The matched route's path template, the `route` label of metrics and logs. */
  route: string;
}

export interface AppParts {
  readonly routes: readonly RouteSpec[];
  readonly services: RouteServices;
  readonly callerAuth: CallerAuth;
  readonly log: RequestLogger;
  readonly redactor: Redactor;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A caller-supplied request id is echoed only when it is short and plain (it ends up in logs). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The Hono app: request ids, one log line and metrics per request, caller auth, routes, problem documents. */
export function buildApp({ routes, services, callerAuth, log, redactor }: AppParts): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    c.set('route', 'unmatched');
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
    const route = c.get('route');
    const seconds = (performance.now() - started) / 1000;
    services.metrics.recordHttp(c.req.method, route, c.res.status, seconds);
    log.request({ requestId, method: c.req.method, route, path: new URL(c.req.url).pathname, status: c.res.status, durationMs: seconds * 1000 });
  });

  for (const route of routes) {
    app.on(route.method.toUpperCase(), honoPath(route.path), async (c) => {
      c.set('route', route.path);
      if (route.auth) callerAuth.require(c.req.header('authorization'));
      try {
        // The node adapter aborts the request's signal when the response closes before it was
        // written out: the caller hung up (gateway-server.lifecycle.test.ts proves it on a socket).
        const request = c.req.raw;
        return await route.handle({ request, url: new URL(c.req.url), params: c.req.param() as Record<string, string>, signal: request.signal }, services);
      } catch (error) {
        throw gatewayInputProblem(error, route) ?? error;
      }
    });
  }

  const matchers = routes.map((route) => ({ route, pattern: patternOf(route.path) }));
  app.notFound((c) => {
    const { pathname } = new URL(c.req.url);
    const allowed = matchers.filter(({ pattern }) => pattern.test(pathname)).map(({ route }) => route.method.toUpperCase());
    const problem =
      allowed.length > 0
        ? new HttpProblem('method-not-allowed', `${c.req.method} is not allowed on ${pathname}; use ${[...new Set(allowed)].join(', ')}.`, {
            code: 'METHOD_NOT_ALLOWED',
            headers: { Allow: [...new Set([...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])])].join(', ') },
          })
        : new HttpProblem('not-found', `No route ${pathname}. See /docs or /openapi.json for the API.`, { code: 'NO_ROUTE' });
    return problemResponse(problemFor(problem, { instance: pathname, requestId: c.get('requestId'), redactor }));
  });

  app.onError((error, c) => {
    const requestId = c.get('requestId');
    const { signal } = c.req.raw;
    if (signal.aborted && isAbortFailure(error, signal)) {
      // The caller hung up and its PSA calls were cancelled: not the gateway's failure, and nobody reads the answer.
      const maybeApplied = isPsaError(error) && error.maybeApplied;
      log.info('caller hung up; its PSA calls were aborted', { requestId, method: c.req.method, route: c.get('route'), maybeApplied });
      const problem = new HttpProblem('client-closed-request', 'The caller closed the connection before the answer; the PSA calls it started were aborted.', { code: 'CLIENT_CLOSED_REQUEST' });
      return problemResponse(problemFor(problem, { instance: new URL(c.req.url).pathname, requestId, redactor }));
    }
    const answer = problemFor(error, { instance: new URL(c.req.url).pathname, requestId, redactor, write: !SAFE_METHODS.has(c.req.method) });
    if (answer.serverFault) log.failure(requestId, error);
    return problemResponse(answer);
  });

  return app;
}

/** `/v1/tickets/{id}` → `/v1/tickets/:id`. */
function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function patternOf(path: string): RegExp {
  const source = path
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`);
}
