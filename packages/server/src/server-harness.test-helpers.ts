import { type Gateway, createGateway } from '@psagate/core';
import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import { createDefaultLogger } from './logging';
import { createGatewayServer } from './create-gateway-server';
import type { GatewayServerOptions } from './options';

/** A caller token that must never show up in a log line or a response. */
export const CALLER_TOKEN = 'caller-canary-7c1e9b2d4f6a8e0c';

export interface Harness {
  readonly url: string;
  readonly gateway: Gateway;
  readonly logLines: string[];
  call(path: string, init?: RequestInit & { readonly token?: string | null }): Promise<Response>;
  close(): Promise<void>;
}

/** Serves `gateway` on loopback with a capturing logger; `call` sends the caller token unless told otherwise. */
export async function serveGateway(gateway: Gateway, options: Partial<GatewayServerOptions> = {}, closeUpstream: () => Promise<void> = async () => undefined): Promise<Harness> {
  const logLines: string[] = [];
  const logger = createDefaultLogger('debug', { write: (line: string) => void logLines.push(line) });
  const server = createGatewayServer({ gateway, callerTokens: [CALLER_TOKEN], logger, processMetrics: false, ...options });
  const running = await server.listen({ port: 0 });
  return {
    url: running.url,
    gateway,
    logLines,
    call: (path, init = {}) => {
      const { token = CALLER_TOKEN, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (token !== null && !merged.has('authorization')) merged.set('authorization', `Bearer ${token}`);
      return fetch(`${running.url}${path}`, { ...rest, headers: merged });
    },
    close: async () => {
      await running.close();
      await gateway.close();
      await closeUpstream();
    },
  };
}

/** The Atera sandbox on loopback, a gateway over it (retries quick, no cache surprises), and the server over that. */
export async function serveAteraSandbox(options: Partial<GatewayServerOptions> = {}) {
  const sandbox = createAteraSandbox({ seed: 7 });
  const psa = await sandbox.listen({ port: 0 });
  const gateway = createGateway(
    { ...sandbox.gatewayConfig(psa.url), retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 0 } },
    { providers: [ateraProvider] },
  ) as Gateway;
  const harness = await serveGateway(gateway, options, () => psa.close());
  return { ...harness, sandbox };
}
