import type { AnyPsaProvider, StateStorePlugin } from '@psagate/core';
import { ateraProvider } from '@psagate/atera';
import { automateProvider } from '@psagate/automate';
import { haloProvider } from '@psagate/halopsa';
import { redisStateStore } from '@psagate/redis';

/** How a sandbox is tuned from the command line; every field is optional. */
export interface SandboxSettings {
  readonly seed?: number | undefined;
  /** Share of requests (0..1) answered with a random fault. */
  readonly faults?: number | undefined;
  readonly latencyMs?: number | undefined;
  /** Requests a minute the sandbox allows per key; 0 switches its rate limit off. */
  readonly requestsPerMinute?: number | undefined;
  /** Records of each big list (tickets, devices, alerts). */
  readonly size?: number | undefined;
}

/** A sandbox as the CLI uses it: served on loopback, with the gateway config that reaches it. */
export interface CliSandbox {
  listen(options: { port?: number; host?: string }): Promise<{ readonly url: string; close(): Promise<void> }>;
  gatewayConfig(url: string): { readonly provider: string };
}

export interface CatalogueEntry {
  readonly provider: AnyPsaProvider;
  /** Loads the sandbox module on first use: commands against a real account never pay for it. */
  readonly createSandbox: (settings: SandboxSettings) => Promise<CliSandbox>;
}

const common = (settings: SandboxSettings) => ({
  ...(settings.latencyMs ? { latencyMs: settings.latencyMs } : {}),
  ...(settings.faults ? { faults: { rate: settings.faults } } : {}),
  ...(settings.requestsPerMinute === 0
    ? { rateLimit: false as const }
    : settings.requestsPerMinute !== undefined
      ? { rateLimit: { requestsPerMinute: settings.requestsPerMinute } }
      : {}),
  // A sandbox behind the CLI may serve millions of requests: keep no log of them.
  recordRequests: false,
});

/** The providers this CLI knows, with their sandboxes. */
export const providerCatalogue: Readonly<Record<string, CatalogueEntry>> = {
  atera: {
    provider: ateraProvider,
    createSandbox: async (settings) =>
      (await import('@psagate/atera/sandbox')).createAteraSandbox({
        ...common(settings),
        ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
        ...(settings.size !== undefined ? { size: { agents: settings.size, tickets: settings.size, alerts: settings.size, commentsPerTicket: 1, workHoursPerTicket: 0 } } : {}),
      }),
  },
  halopsa: {
    provider: haloProvider,
    createSandbox: async (settings) =>
      (await import('@psagate/halopsa/sandbox')).createHaloSandbox({
        ...common(settings),
        ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
        ...(settings.size !== undefined ? { size: { tickets: settings.size, assets: settings.size, alerts: settings.size, actionsPerTicket: 1 } } : {}),
      }),
  },
  automate: {
    provider: automateProvider,
    createSandbox: async (settings) =>
      (await import('@psagate/automate/sandbox')).createAutomateSandbox({
        ...common(settings),
        ...(settings.size !== undefined ? { size: { computers: settings.size, tickets: settings.size, alerts: settings.size } } : {}),
      }),
  },
};

export const providerNames = Object.keys(providerCatalogue);
export const cliProviders: readonly AnyPsaProvider[] = Object.values(providerCatalogue).map((entry) => entry.provider);
export const cliStateStores: readonly StateStorePlugin[] = [redisStateStore];
