import { http, type RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPsaError } from '../errors/psa-error';
import { createPsaContainer } from '../container/psa-container';
import { buildGateway, type Gateway } from '../gateway/create-gateway';
import type { AnyPsaProvider } from '../provider/provider-definition';
import { FakeClock } from './fake-clock';
import { echoingAnswers, failureOf, type HostileAnswer, outcomeOf } from './hostile-answers';
import { createLeakWatch, type LeakWatch } from './secret-canaries';

export interface SecretCanarySuiteOptions<Native> {
  /** Shown in the test names, e.g. `Atera legacy key` or `HaloPSA credentials`. */
  readonly name: string;
  readonly provider: AnyPsaProvider;
  /** The fake secrets to watch for: the credentials in `config`, and any token the login endpoint issues. */
  readonly canaries: Readonly<Record<string, string>>;
  /** A valid config (without `provider`) holding the canaries, with `retry.maxAttempts: 2`. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The msw path every API request goes to, e.g. `https://halo.test/api/*`. */
  readonly apiUrl: string;
  /** For token-based providers: a handler issuing a (canary) token, and the msw path of the login endpoint. */
  readonly login?: { readonly issuesToken: RequestHandler; readonly url: string } | undefined;
  /** Calls made after the first failed `tickets.get('1')`; each may succeed (an echoing 200) or fail typed. */
  calls(gateway: Gateway, native: Native): Readonly<Record<string, () => Promise<unknown>>>;
  /** Values inspected and serialised after the calls (default: the gateway and its native client). */
  inspected?(gateway: Gateway, native: Native): Readonly<Record<string, unknown>>;
  /** Configs holding a canary next to other mistakes: each must throw a ConfigError that shows none. */
  readonly configMistakes: readonly (() => unknown)[];
  /** A valid native client holding the canaries, inspected as it is. */
  validClient(): unknown;
  /** Provider-specific tests, run inside the suite's describe with its server. */
  readonly extraTests?: ((context: SecretCanaryContext<Native>) => void) | undefined;
}

/** A gateway whose logger, events and clock the leak watch sees. */
export interface WatchedGateway<Native> {
  readonly watch: LeakWatch;
  readonly clock: FakeClock;
  readonly gateway: Gateway;
  readonly native: Native;
}

export interface SecretCanaryContext<Native> {
  watchedGateway(): WatchedGateway<Native>;
  use(...handlers: RequestHandler[]): void;
}

/**
 * Canary credentials against servers (the API and, for token-based providers, the login endpoint)
 * that echo every request back in every place they can: no error, log line, event or inspection
 * may show any canary, in any form. Starts its own msw server for the describe block.
 */
export function describeSecretCanarySuite<Native>(options: SecretCanarySuiteOptions<Native>): void {
  let server: SetupServer | undefined;
  const context: SecretCanaryContext<Native> = {
    watchedGateway() {
      const watch = createLeakWatch(options.canaries);
      const clock = new FakeClock();
      const gateway = buildGateway(
        { provider: options.provider.name, ...options.config },
        { providers: [options.provider], container: createPsaContainer({ logger: watch.logger, clock }) },
      );
      watch.watchEvents(gateway.events);
      return { watch, clock, gateway, native: gateway.native as Native };
    },
    use: (...handlers) => server?.use(...handlers),
  };

  async function expectNoLeaksAfterCalls(answer: HostileAnswer, firstKind: HostileAnswer['kind'] | undefined): Promise<void> {
    const { watch, clock, gateway, native } = context.watchedGateway();
    const first = await failureOf(() => gateway.tickets.get('1'), clock);
    expect(firstKind ? isPsaError(first, firstKind) : isPsaError(first), `tickets.get failed with ${String(first)}`).toBe(true);
    watch.recordError(first, 'tickets.get');
    for (const [label, call] of Object.entries(options.calls(gateway, native))) {
      // A tolerant read may accept an echoing 200: what it returns is the server's own data.
      const outcome = await outcomeOf(call, clock);
      if (outcome.ok) continue;
      expect(isPsaError(outcome.error), `${label} failed with ${String(outcome.error)} (${answer.name})`).toBe(true);
      watch.recordError(outcome.error, label);
    }
    const inspected = options.inspected?.(gateway, native) ?? { gateway, 'native client': native };
    for (const [label, value] of Object.entries(inspected)) watch.recordValue(value, label);
    watch.assertNoLeaks();
  }

  const answers = () => echoingAnswers().map((answer) => [answer.name, answer] as const);

  describe(options.name, () => {
    beforeAll(() => {
      server = setupServer();
      server.listen({ onUnhandledRequest: 'error' });
    });
    afterEach(() => server?.resetHandlers());
    afterAll(() => server?.close());

    it.each(answers())('never show after the API answers with %s', async (_name, answer) => {
      // With a token, a 401 makes the client fetch a fresh one and replay once; the login endpoint keeps working.
      context.use(...(options.login ? [options.login.issuesToken] : []), http.all(options.apiUrl, ({ request }) => answer.respond(request)));
      await expectNoLeaksAfterCalls(answer, answer.kind);
    });

    const { login } = options;
    if (login) {
      it.each(answers())('never show after the login endpoint answers with %s', async (_name, answer) => {
        context.use(
          http.all(login.url, ({ request }) => answer.respond(request)),
          http.all(options.apiUrl, () => new Response('{}', { status: 500, headers: { 'content-type': 'application/json' } })),
        );
        await expectNoLeaksAfterCalls(answer, undefined);
      });
    }

    it('never show in a ConfigError, even next to other mistakes', () => {
      const watch = createLeakWatch(options.canaries);
      expect(options.configMistakes.length).toBeGreaterThan(0);
      for (const attempt of options.configMistakes) {
        let error: unknown;
        try {
          attempt();
        } catch (caught) {
          error = caught;
        }
        expect(isPsaError(error, 'config')).toBe(true);
        watch.recordError(error, 'config error');
      }
      watch.recordValue(options.validClient(), 'native client');
      watch.assertNoLeaks();
    });

    options.extraTests?.(context);
  });
}
