import { http, type HttpHandler, HttpResponse } from 'msw';
import { isConnectionDrop, type SandboxHandler } from './sandbox-answer';

/**
 * msw handlers that send every request for `baseUrl` (any method, any path under it) to a sandbox.
 * A dropped connection becomes `HttpResponse.error()`, which clients see as a network failure.
 */
export function mswHandlersFor(baseUrl: string, handler: SandboxHandler): HttpHandler[] {
  const base = new URL(baseUrl);
  const prefix = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  const serve = async ({ request }: { request: Request }): Promise<Response> => {
    const answer = await handler(request);
    return isConnectionDrop(answer) ? HttpResponse.error() : answer;
  };
  return [http.all(`${prefix}/*`, serve)];
}
