import type { HttpHandler } from 'msw';
import { isConnectionDrop, type SandboxHandler } from './sandbox-answer';

// msw is an optional peer: a sandbox served with listen() works without it. It is loaded once, up
// front (so `handlers` stays synchronous), and only mswHandlersFor needs it to be there.
const msw = await import('msw').catch(() => undefined);

/**
 * msw handlers that send every request for `baseUrl` (any method, any path under it) to a sandbox.
 * A dropped connection becomes `HttpResponse.error()`, which clients see as a network failure.
 */
export function mswHandlersFor(baseUrl: string, handler: SandboxHandler): HttpHandler[] {
  if (msw === undefined) {
    throw new Error('Sandbox handlers need msw, an optional peer dependency: install msw@2 (npm install -D msw), or serve the sandbox with listen() instead.');
  }
  const { http, HttpResponse } = msw;
  const base = new URL(baseUrl);
  const prefix = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  const serve = async ({ request }: { request: Request }): Promise<Response> => {
    const answer = await handler(request);
    return isConnectionDrop(answer) ? HttpResponse.error() : answer;
  };
  return [http.all(`${prefix}/*`, serve)];
}
