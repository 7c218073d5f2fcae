import { Argument, type Command, InvalidArgumentError } from 'commander';
import { type AnyPsaProvider, envSourcesOf } from '@psagate/core';
import { isLoopbackHost } from '@psagate/core/provider';
import { type SandboxSettings, providerCatalogue, providerNames } from '../config/provider-catalogue';
import { waitForInterrupt } from '../runtime/wait-for-interrupt';
import { type CommandContext, share, wholeNumber } from './command-context';

interface SandboxOptions {
  readonly port: number;
  readonly host: string;
  readonly seed?: number | undefined;
  readonly faults?: number | undefined;
  readonly latency?: number | undefined;
  readonly size?: number | undefined;
  readonly rateLimit?: number | undefined;
}

/** `psagate sandbox <provider>`: serves a provider's simulator on loopback until Ctrl-C. */
export function addSandboxCommand(program: Command, context: CommandContext): void {
  program
    .command('sandbox')
    .description("serve a provider's sandbox (seeded fake data, real paging, auth and rate limits) on loopback until Ctrl-C")
    .addArgument(new Argument('<provider>', 'which simulator').choices(providerNames))
    .option('--port <n>', 'port to listen on (0 picks a free one)', wholeNumber(0, 65_535), 0)
    .option('--host <host>', 'loopback address to bind: 127.0.0.1 (any 127.x.x.x), ::1 or localhost', loopbackHost, '127.0.0.1')
    .option('--seed <n>', 'seed of the generated data and keys', wholeNumber(0))
    .option('--faults <share>', 'share of requests (0..1) answered with a random fault', share)
    .option('--latency <ms>', 'added latency per request', wholeNumber(0))
    .option('--size <n>', 'records of each big list (tickets, devices, alerts)', wholeNumber(0))
    .option('--rate-limit <perMinute>', "requests a minute per key (0: no limit; default: the provider's)", wholeNumber(0))
    .action(async (name: string, options: SandboxOptions) => {
      const entry = providerCatalogue[name];
      if (!entry) throw new Error(`No sandbox for ${name}.`);
      const settings: SandboxSettings = {
        seed: options.seed,
        faults: options.faults,
        latencyMs: options.latency,
        size: options.size,
        requestsPerMinute: options.rateLimit,
      };
      // Listen for Ctrl-C before saying how to stop, or a quick one could find no handler yet.
      const stop = waitForInterrupt(context.io);
      try {
        const sandbox = await entry.createSandbox(settings);
        const server = await sandbox.listen({ port: options.port, host: options.host });
        context.io.stdout.write(instructions(entry.provider, server.url, sandbox.gatewayConfig(server.url), options));
        await stop.interrupted;
        await server.close();
        context.io.stderr.write('Sandbox stopped.\n');
      } finally {
        stop.release();
      }
    });
}

/**
 * The sandbox serves fake data under well-known keys, so it must not be reachable from the network;
 * psagate itself refuses a plain-http base URL that is not loopback, so nothing could use it anyway.
 */
function loopbackHost(raw: string): string {
  const host = raw.trim();
  if (!isLoopbackHost(host)) throw new InvalidArgumentError('The sandbox only serves on loopback: use 127.0.0.1 (or any 127.x.x.x), ::1 or localhost.');
  // Node binds an IPv6 address written bare, not in URL brackets.
  return host === '[::1]' ? '::1' : host;
}

/** How to reach the sandbox: its URL, then the variables and the config file that point psagate at it. */
function instructions(provider: AnyPsaProvider, url: string, gatewayConfig: object, options: SandboxOptions): string {
  const config = gatewayConfig as Readonly<Record<string, unknown>>;
  const variables = envSourcesOf(provider);
  const assignments = [
    `PSAGATE_PROVIDER=${provider.name}`,
    ...Object.entries(config)
      .filter(([key, value]) => key !== 'provider' && variables[key] !== undefined && value !== undefined)
      .map(([key, value]) => `${variables[key]}=${String(value)}`),
  ];
  const tuning = [
    options.seed !== undefined ? `seed ${options.seed}` : undefined,
    options.faults ? `faults ${options.faults}` : undefined,
    options.latency ? `latency ${options.latency} ms` : undefined,
    options.size !== undefined ? `size ${options.size}` : undefined,
    options.rateLimit !== undefined ? `rate limit ${options.rateLimit === 0 ? 'off' : `${options.rateLimit}/min`}` : undefined,
  ].filter(Boolean);
  return [
    `${provider.displayName} sandbox listening on ${url}${tuning.length > 0 ? ` (${tuning.join(', ')})` : ''}`,
    '',
    'Use it from another shell (sandbox keys, not real credentials):',
    `  export ${assignments.join(' ')}`,
    '  psagate tickets list',
    '',
    'or with a config file (psagate --config sandbox.json …):',
    `  ${JSON.stringify(config)}`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
