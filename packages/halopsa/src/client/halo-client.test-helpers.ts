import { PsaEvents } from '@psagate/core';
import { FakeClock } from '@psagate/core/testing';
import type { SetupServer } from 'msw/node';
import type { HaloConfigInput } from '../config';
import { createHaloSandbox, type HaloSandbox, type HaloSandboxOptions } from '../sandbox';
import { createHaloClient, type HaloClient } from './halo-client';

export interface SandboxedClient {
  readonly sandbox: HaloSandbox;
  readonly client: HaloClient;
  readonly clock: FakeClock;
  readonly events: PsaEvents;
}

/**
 * A fresh sandbox served through `server`, and a native client for it on a shared fake clock
 * (token expiry and rate limits follow virtual time; nothing sleeps).
 */
export function sandboxedClient(
  server: SetupServer,
  options: { readonly sandbox?: HaloSandboxOptions; readonly config?: Partial<HaloConfigInput> } = {},
): SandboxedClient {
  const clock = new FakeClock();
  const sandbox = createHaloSandbox({ clock, ...options.sandbox });
  server.resetHandlers(...sandbox.handlers);
  const events = new PsaEvents();
  const client = createHaloClient(
    {
      baseUrl: sandbox.baseUrl,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      ...(sandbox.tenant === undefined ? {} : { tenant: sandbox.tenant }),
      retry: { maxAttempts: 1 },
      ...options.config,
    },
    { clock, events },
  );
  return { sandbox, client, clock, events };
}

/** Query strings of the recorded requests to one route. */
export function requestsTo(sandbox: HaloSandbox, route: string): URLSearchParams[] {
  return sandbox.requests.filter((request) => request.route === route).map((request) => new URL(request.url, 'http://sandbox').searchParams);
}
