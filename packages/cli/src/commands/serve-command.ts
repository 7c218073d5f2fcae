import { randomBytes } from 'node:crypto';
import { type Command, Option } from 'commander';
import { isLoopbackHost } from '@psagate/core/provider';
import type { ServerLogLevel } from '@psagate/server';
import { waitForInterrupt } from '../runtime/wait-for-interrupt';
import { type CommandContext, gatewayFlagsOf, globalsOf, wholeNumber } from './command-context';
import { inSandboxMode, openGateway } from '../runtime/open-gateway';
import { secretValuesOf } from '../config/redact-config';

interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly logLevel: ServerLogLevel;
}

const logLevels: readonly ServerLogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** `psagate serve`: the neutral REST gateway of `@psagate/server` over the configured provider. */
export function addServeCommand(program: Command, context: CommandContext): void {
  program
    .command('serve')
    .description('serve the neutral REST gateway (@psagate/server); callers present a token from PSAGATE_SERVER_TOKENS')
    .option('--port <n>', 'port to listen on (0 picks a free one)', wholeNumber(0, 65_535), 8080)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .addOption(new Option('--log-level <level>', 'request log level (to stderr)').choices(logLevels).default('info'))
    .addHelpText(
      'after',
      '\nCaller tokens come only from PSAGATE_SERVER_TOKENS (comma-separated, 16+ characters each), never from a flag:\nflags show in ps. With --sandbox and no tokens set, a random token is made and printed once to stderr.\n',
    )
    .action(async (options: ServeOptions, command: Command) => {
      const { io } = context;
      // Loaded here so that other commands do not pay for the HTTP server's modules.
      const { callerTokensFromEnv, createGatewayServer } = await import('@psagate/server');
      const flags = gatewayFlagsOf(globalsOf(command));
      const demo = inSandboxMode(flags, io) && !io.env.PSAGATE_SERVER_TOKENS?.trim();
      const callerTokens = demo ? [randomBytes(24).toString('hex')] : callerTokensFromEnv(io.env);
      const opened = await openGateway(flags, io);
      // Listen for Ctrl-C from the start, so one during start-up still closes everything.
      const stop = waitForInterrupt(io);
      try {
        const server = createGatewayServer({
          gateway: opened.gateway,
          callerTokens,
          logLevel: options.logLevel,
          redactValues: secretValuesOf(opened.loaded?.config ?? {}),
        });
        const running = await server.listen({ port: options.port, host: options.host });
        const source = opened.sandboxUrl ? `the ${opened.gateway.displayName} sandbox at ${opened.sandboxUrl}` : opened.gateway.displayName;
        io.stdout.write(`psagate gateway for ${source} listening on ${running.url} (Ctrl-C to stop)\n`);
        if (!isLoopbackHost(options.host)) {
          io.stderr.write(`Warning: plain HTTP on ${options.host}: caller tokens cross the network unencrypted. Put a TLS-terminating proxy in front, or bind 127.0.0.1.\n`);
        }
        if (demo) io.stderr.write(`Demo caller token (shown once; set PSAGATE_SERVER_TOKENS to choose your own): ${callerTokens[0]}\n  curl -H "Authorization: Bearer ${callerTokens[0]}" ${running.url}/v1/tickets\n`);
        await stop.interrupted;
        await running.close();
        io.stderr.write('Gateway stopped.\n');
      } finally {
        await opened.close();
        stop.release();
      }
    });
}
