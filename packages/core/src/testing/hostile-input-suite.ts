import { http, HttpResponse, type RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPsaError, type PsaErrorKind } from '../errors/psa-error';
import type { Gateway } from '../gateway/create-gateway';
import { hostileIds, refusedPathText, trickyPathText } from './hostile-values';

/** One place a hostile id goes in: called with each hostile value, it must be refused before anything is sent. */
export interface HostileIdCase {
  /** Shown in the test name, e.g. `tickets.get ticketId`. */
  readonly name: string;
  call(value: unknown): unknown;
  /** The values to try (default: every `hostileIds`). */
  readonly values?: readonly unknown[] | undefined;
  /** The parameter the ValidationError must name (an issue at it or below it). */
  readonly issuePath?: string | undefined;
}

/** A native GET route taking free text in its path: tricky text must arrive as exactly one encoded segment. */
export interface PathTextCase {
  /** Shown in the test name, e.g. `customValues.getTicketField`. */
  readonly name: string;
  /** The route's path as the server sees it, with the text parameter as `{param}`, e.g. `/api/v3/x/{id}/{fieldName}`. */
  readonly path: string;
  readonly param: string;
  call(text: string): unknown;
}

/** A broken answer and the typed error a call must turn it into. */
export interface BrokenAnswerCase {
  readonly label: string;
  respond(): Response;
  call(): unknown;
  /** The error kind; omitted when the answer is tolerated (the call may succeed, but must not fail untyped). */
  readonly kind?: PsaErrorKind | undefined;
  readonly code?: string | undefined;
}

export interface HostileInputSuiteOptions {
  /** Shown in the test names, e.g. `Atera`. */
  readonly name: string;
  /** The msw path every API request goes to, e.g. `https://atera.test/*`: the suite records and answers them. */
  readonly apiUrl: string;
  /** Handlers that answer without being recorded, e.g. a token endpoint. */
  readonly handlers?: readonly RequestHandler[] | undefined;
  /** What the API answers unless a test says otherwise (a 404 in the provider's own shape). */
  notFound(): Response;
  /** A gateway for the recorded API, with retries off. */
  gateway(): Gateway;
  /** Neutral operations taking an id (or an id filter), keyed by the name shown in the test. */
  readonly gatewayIdOperations: Readonly<Record<string, (gateway: Gateway, id: unknown) => unknown>>;
  /** Calls with good ids in loose forms (`' 42 '`, `42`), and the paths they must reach, in order. */
  readonly goodIds: { readonly calls: readonly ((gateway: Gateway) => unknown)[]; readonly paths: readonly string[] };
  /** Every id parameter of every native route (path, query, record). */
  readonly nativeIdCases: readonly HostileIdCase[];
  readonly nativePathTextCases?: readonly PathTextCase[] | undefined;
  /** A native read of one record, by a client limited to 4 KiB answers (`maxResponseBytes: 4_096`). */
  readOne(): unknown;
  /** The code an HTML page sent with status 200 must fail with, when the provider pins one (the kind is always `response_shape`). */
  readonly htmlWith200Code?: string | undefined;
  /** Broken answers in the provider's own shapes, on top of the ones every provider must handle. */
  readonly brokenAnswers: readonly BrokenAnswerCase[];
  /** Neutral reads answered with a record without its id: each must fail with MISSING_ID. */
  readonly recordsWithoutId: readonly { readonly respond: () => Response; readonly read: () => unknown }[];
  /** A native call answered with a redirect to `https://elsewhere.test/…` (`location`). */
  readonly crossOriginRedirect: { readonly status: number; readonly location: string; readonly call: () => unknown };
  /** Clients built for plain HTTP: refused for a host that is not loopback, accepted on loopback. */
  readonly plainHttp: { readonly refused: readonly (() => unknown)[]; readonly accepted: readonly (() => unknown)[] };
  /** Provider-specific tests, run inside the suite's describe with its server and recorder. */
  readonly extraTests?: ((context: HostileInputContext) => void) | undefined;
}

/** The recorded API behind the suite, for provider-specific tests. */
export interface HostileInputContext {
  /** Requests that reached the API since the test started (or since `forget()`). */
  sent(): readonly URL[];
  forget(): void;
  /** Sets the API's answer for the rest of the test. */
  answerWith(respond: () => Response): void;
  use(...handlers: RequestHandler[]): void;
  /** Runs a call to its end (walking a Paginated to its last page); returns its error, or undefined. */
  settle(call: () => unknown): Promise<unknown>;
  /** Checks `error` is a ValidationError and nothing was sent, not even in the background a moment later. */
  expectRefusedBeforeSending(error: unknown, what: string): Promise<void>;
}

const ELSEWHERE = 'https://elsewhere.test';

const HTML_WITH_200 = 'an HTML page with 200';

/** Broken answers every provider must turn into typed errors, whatever its record shapes. */
const STANDARD_BROKEN_ANSWERS: readonly Omit<BrokenAnswerCase, 'call'>[] = [
  { label: 'malformed JSON', respond: () => new HttpResponse('{"id": 1,', { headers: { 'content-type': 'application/json' } }), kind: 'response_shape', code: 'INVALID_JSON' },
  {
    label: 'an HTML error page',
    respond: () => new HttpResponse('<html><title>Service Unavailable</title></html>', { status: 503, headers: { 'content-type': 'text/html' } }),
    kind: 'server',
  },
  { label: HTML_WITH_200, respond: () => new HttpResponse('<html><body>Login</body></html>', { headers: { 'content-type': 'text/html' } }), kind: 'response_shape' },
  { label: 'a huge body', respond: () => HttpResponse.json({ id: 1, name: 'x'.repeat(10_000) }), kind: 'response_shape', code: 'RESPONSE_TOO_LARGE' },
];

/**
 * Hostile ids and path values through the neutral gateway and every native route: refused before
 * anything is sent, or sent encoded in their one path segment, never to a different path. Hostile
 * answers (malformed JSON, HTML, huge bodies, wrong shapes, missing ids, cross-origin redirects)
 * end in typed errors. Starts its own msw server for the describe block.
 */
export function describeHostileInputSuite(options: HostileInputSuiteOptions): void {
  let sent: URL[] = [];
  let answer: () => Response = options.notFound;
  let server: SetupServer | undefined;

  const context: HostileInputContext = {
    sent: () => sent,
    forget: () => {
      sent = [];
    },
    answerWith: (respond) => {
      answer = respond;
    },
    use: (...handlers) => server?.use(...handlers),
    settle,
    async expectRefusedBeforeSending(error, what) {
      expect(isPsaError(error, 'validation'), `${what}: ${String(error)}`).toBe(true);
      for (let turn = 0; turn < 5; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      expect(sent.map(String), what).toEqual([]);
    },
  };

  const expectRefusedForEach = async (values: readonly unknown[], call: (value: unknown) => unknown, what: (value: unknown) => string, issuePath?: string) => {
    for (const value of values) {
      sent = [];
      const error = await settle(() => call(value));
      await context.expectRefusedBeforeSending(error, what(value));
      if (issuePath !== undefined) {
        expect((error as { issues?: { path: string }[] }).issues?.some((issue) => issue.path === issuePath || issue.path.startsWith(`${issuePath}.`))).toBe(true);
      }
    }
  };

  describe(`hostile input to ${options.name}`, () => {
    beforeAll(() => {
      server = setupServer(
        ...(options.handlers ?? []),
        http.all(options.apiUrl, ({ request }) => {
          sent.push(new URL(request.url));
          return answer();
        }),
      );
      server.listen({ onUnhandledRequest: 'error' });
    });
    beforeEach(() => {
      sent = [];
      answer = options.notFound;
    });
    afterEach(() => server?.resetHandlers());
    afterAll(() => server?.close());

    describe('hostile ids through the gateway', () => {
      const shared = options.gateway();
      it.each(Object.keys(options.gatewayIdOperations))('%s refuses every hostile id before sending anything', async (name) => {
        const operation = options.gatewayIdOperations[name];
        await expectRefusedForEach(hostileIds, (id) => operation?.(shared, id), (id) => `${name}(${JSON.stringify(id)})`);
      });

      it('sends a good id, given as digits with spaces or as a number, to its own path', async () => {
        for (const call of options.goodIds.calls) await settle(() => call(options.gateway()));
        expect(sent.map((url) => url.pathname)).toEqual(options.goodIds.paths);
      });
    });

    describe('hostile values through every native route', () => {
      it.each(options.nativeIdCases.map((idCase) => [idCase.name, idCase] as const))('%s refuses every hostile value before sending anything', async (name, idCase) => {
        await expectRefusedForEach(idCase.values ?? hostileIds, (value) => idCase.call(value), (value) => `${name}: ${JSON.stringify(value)}`, idCase.issuePath);
      });

      const textCases = options.nativePathTextCases ?? [];
      if (textCases.length > 0) {
        it.each(textCases.map((textCase) => [textCase.name, textCase] as const))('%s sends tricky text as one encoded segment, and refuses dot segments', async (_name, textCase) => {
          const template = textCase.path.split('/');
          const position = template.indexOf(`{${textCase.param}}`);
          for (const value of trickyPathText) {
            sent = [];
            await settle(() => textCase.call(value));
            expect(sent, `${textCase.path} with ${JSON.stringify(value)}`).toHaveLength(1);
            const segments = (sent[0] as URL).pathname.split('/');
            expect(segments).toHaveLength(template.length);
            expect(decodeURIComponent(segments[position] as string)).toBe(value);
          }
          await expectRefusedForEach(refusedPathText, (value) => textCase.call(value as string), (value) => `${textCase.path} with ${JSON.stringify(value)}`);
        });
      }
    });

    describe('hostile answers', () => {
      const standard = STANDARD_BROKEN_ANSWERS.map((broken) => ({
        ...broken,
        call: options.readOne,
        ...(broken.label === HTML_WITH_200 && options.htmlWith200Code ? { code: options.htmlWith200Code } : {}),
      }));
      it.each([...standard, ...options.brokenAnswers].map((broken) => [broken.label, broken] as const))('turns %s into a typed error', async (_label, broken) => {
        answer = () => broken.respond();
        const error = await settle(() => broken.call());
        if (broken.kind === undefined) {
          // Tolerated: the client may accept it (an empty page, a record it keeps as sent); it must not throw untyped.
          if (error !== undefined) expect(isPsaError(error), String(error)).toBe(true);
          return;
        }
        expect(isPsaError(error, broken.kind), String(error)).toBe(true);
        if (broken.code) expect((error as { code?: string }).code).toBe(broken.code);
      });

      it('fails a neutral read of a record without its id with a ResponseShapeError, instead of inventing one', async () => {
        expect(options.recordsWithoutId.length).toBeGreaterThan(0);
        for (const { respond, read } of options.recordsWithoutId) {
          answer = respond;
          expect(await settle(read)).toMatchObject({ kind: 'response_shape', code: 'MISSING_ID' });
        }
      });

      it('refuses a redirect to another origin, without sending the credentials there', async () => {
        const elsewhere: string[] = [];
        context.use(http.all(`${ELSEWHERE}/*`, ({ request }) => (elsewhere.push(request.url), HttpResponse.json({}))));
        const { status, location, call } = options.crossOriginRedirect;
        answer = () => new HttpResponse(null, { status, headers: { location } });
        expect(await settle(call)).toMatchObject({ kind: 'response_shape', code: 'CROSS_ORIGIN_REDIRECT' });
        expect(elsewhere).toEqual([]);
      });

      it('refuses plain HTTP to a host that is not loopback, and accepts it on loopback', () => {
        for (const build of options.plainHttp.refused) expect(build).toThrow(expect.objectContaining({ kind: 'config' }));
        for (const build of options.plainHttp.accepted) expect(build).not.toThrow();
      });
    });

    options.extraTests?.(context);
  });
}

async function settle(call: () => unknown): Promise<unknown> {
  try {
    const result = await call();
    if (result && typeof (result as { toArray?: unknown }).toArray === 'function') await (result as { toArray(): Promise<unknown> }).toArray();
  } catch (error) {
    return error;
  }
  return undefined;
}
