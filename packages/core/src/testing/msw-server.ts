import type { RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export interface MswServerOptions {
  /** Handlers every test starts with; `server.use()` adds per-test ones, reset after each test. */
  readonly handlers?: readonly RequestHandler[] | undefined;
  /** What an unmatched request does (default `error`: a test never reaches the network by accident). */
  readonly onUnhandledRequest?: 'error' | 'warn' | 'bypass' | undefined;
  /** Runs after each test, once the handlers are reset (clear what a test recorded). */
  readonly afterEach?: (() => void) | undefined;
}

/**
 * An msw server for the test file that calls it: listening before the first test, back to its
 * initial handlers after each one, closed after the last. Call it at the top level of the file.
 */
export function useMswServer(options: MswServerOptions = {}): SetupServer {
  const server = setupServer(...(options.handlers ?? []));
  beforeAll(() => server.listen({ onUnhandledRequest: options.onUnhandledRequest ?? 'error' }));
  afterEach(() => {
    server.resetHandlers();
    options.afterEach?.();
  });
  afterAll(() => server.close());
  return server;
}
