import { PsaEvents } from '@psagate/core';
import { FakeClock } from '@psagate/core/testing';
import type { SetupServer } from 'msw/node';
import type { AutomateClient } from '../client/automate-client';
import { type CreateAutomateClientOptions, createAutomateClient } from '../client/create-automate-client';
import type { AutomateConfigInput } from '../config';
import { type AutomateSandbox, type AutomateSandboxOptions, createAutomateSandbox } from '../sandbox/automate-sandbox';

export interface SandboxClient {
  readonly sandbox: AutomateSandbox;
  readonly client: AutomateClient;
  readonly clock: FakeClock;
  readonly events: PsaEvents;
}

/** A fresh sandbox served through msw, and a client for it, both on one fake clock. */
export function sandboxClient(
  server: SetupServer,
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
