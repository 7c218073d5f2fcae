import { type Gateway, createGateway, createPsaContainer } from '@psagate/core';
import type { CliIo } from '../cli-io';
import { type ConfigFlags, type LoadedConfig, chosenProviderName, loadConfig, requireProvider } from '../config/load-config';
import { type CliSandbox, cliProviders, cliStateStores, providerCatalogue } from '../config/provider-catalogue';
import { sandboxRequested, sandboxSettingsFromEnv } from '../config/sandbox-settings-from-env';

export interface GatewayFlags extends ConfigFlags {
  /** Start the provider's sandbox in-process and point the gateway at it. */
  readonly sandbox?: boolean | undefined;
}

export interface OpenedGateway {
  readonly gateway: Gateway;
  /** The config as loaded (absent in sandbox mode, where the sandbox supplies it). */
  readonly loaded: LoadedConfig | undefined;
  /** The in-process sandbox's URL in sandbox mode. */
  readonly sandboxUrl: string | undefined;
  /** Closes the gateway, then the sandbox. */
  close(): Promise<void>;
}

/** The container type of core (inversify's), without depending on inversify here. */
export type PsaContainer = ReturnType<typeof createPsaContainer>;

export interface OpenGatewayOptions {
  /** A container with rebound services (doctor watches the rate limiter through it). */
  readonly container?: PsaContainer | undefined;
}

/** True when the command should run against an in-process sandbox (`--sandbox` or `PSAGATE_SANDBOX=1`). */
export function inSandboxMode(flags: GatewayFlags, io: CliIo): boolean {
  return flags.sandbox === true || sandboxRequested(io.env);
}

/** Builds the gateway the flags, environment and config file describe, or one over a fresh sandbox. */
export async function openGateway(flags: GatewayFlags, io: CliIo, options: OpenGatewayOptions = {}): Promise<OpenedGateway> {
  const container = options.container ?? createPsaContainer();
  if (!inSandboxMode(flags, io)) {
    const loaded = loadConfig(flags, io.env, io.cwd);
    const gateway = createGateway(loaded.config as never, { providers: cliProviders, stateStores: cliStateStores, container });
    return { gateway, loaded, sandboxUrl: undefined, close: () => gateway.close() };
  }
  const { sandbox, name } = await sandboxFor(flags, io);
  const server = await sandbox.listen({ port: 0 });
  try {
    const gateway = createGateway(sandbox.gatewayConfig(server.url) as never, { providers: cliProviders, container });
    return {
      gateway,
      loaded: undefined,
      sandboxUrl: server.url,
      async close() {
        try {
          await gateway.close();
        } finally {
          await server.close();
        }
      },
    };
  } catch (error) {
    await server.close();
    throw new Error(`Could not open a gateway over the ${name} sandbox: ${(error as Error).message}`, { cause: error });
  }
}

async function sandboxFor(flags: GatewayFlags, io: CliIo): Promise<{ sandbox: CliSandbox; name: string }> {
  const name = chosenProviderName(flags, io.env, io.cwd, 'atera');
  const entry = providerCatalogue[requireProvider(name).name];
  if (!entry) throw new Error(`No sandbox for provider ${name}.`);
  return { sandbox: await entry.createSandbox(sandboxSettingsFromEnv(io.env)), name };
}
