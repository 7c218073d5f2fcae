import { PsaEvents } from '@psagate/core';
import { FakeClock } from '@psagate/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { AutomateClient } from '../client/automate-client';
import { type CreateAutomateClientOptions, createAutomateClient } from '../client/create-automate-client';
import type { AutomateConfigInput } from '../config';
import { type AutomateSandbox, type AutomateSandboxOptions, createAutomateSandbox } from '../sandbox/automate-sandbox';

/** One msw server per test file, with the sandbox handlers of the current test. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export interface SandboxClient {
  readonly sandbox: AutomateSandbox;
  readonly client: AutomateClient;
  readonly clock: FakeClock;
  readonly events: PsaEvents;
}

/** A fresh sandbox served through msw, and a client for it, both on one fake clock. */
export function sandboxClient(
  server: ReturnType<typeof setupServer>,
  options: AutomateSandboxOptions = {},
  config: Partial<AutomateConfigInput> = {},
  clientOptions: CreateAutomateClientOptions = {},
): SandboxClient {
  const clock = new FakeClock();
  const sandbox = createAutomateSandbox({ clock, ...options });
  server.resetHandlers(...sandbox.handlers);
  const events = new PsaEvents();
  const { provider: _provider, ...credentials } = sandbox.gatewayConfig();
  const client = createAutomateClient(
    { ...credentials, retry: { maxAttempts: 2 }, requestsPerMinute: 10_000, maxConcurrency: 8, ...config },
    { clock, events, ...clientOptions },
  );
  return { sandbox, client, clock, events };
}
