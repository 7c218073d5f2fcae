import { CommanderError } from 'commander';
import { isPsaError } from '@psagate/core';
import { type CliIo, processIo } from './cli-io';
import type { CommandContext } from './commands/command-context';
import { ExitCode, exitCodeFor, isInterruption } from './exit-codes';
import { terminalSafe } from './output/terminal-text';
import { createProgram } from './program';
import { UsageError } from './usage-error';

/**
 * Runs one `psagate` command line (without the `node` and script arguments) and resolves with the
 * exit status; it never calls `process.exit`. Errors are printed as one message, without a stack.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const context: CommandContext = { io, exitCode: ExitCode.ok };
  const program = createProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    // Messages may quote the PSA's answers: show their control characters, never obey them.
    io.stderr.write(`${terminalSafe(describeError(error, argv.includes('--debug')))}\n`);
    return exitCodeFor(error);
  }
}

/** Help and version end with 0; every other commander error is a usage error (2), already printed. */
function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
  return ExitCode.usage;
}

function describeError(error: unknown, debug: boolean): string {
  if (isPsaError(error)) {
    const hint = error.maybeApplied
      ? '\n(the write may have been applied: check whether it was before running the command again)'
      : error.kind === 'validation' && error.status === undefined
        ? '\n(run with --help for usage)'
        : '';
    const interrupted = isInterruption(error) ? 'interrupted: ' : '';
    return `psagate: ${interrupted}${error.message}${error.requestId ? ` (request id ${error.requestId})` : ''}${hint}`;
  }
  if (error instanceof UsageError) return `psagate: ${error.message}\n(run with --help for usage)`;
  if (error instanceof Error) {
    if (debug) return `psagate: ${error.stack ?? error.message}`;
    return `psagate: ${error.message}\n(unexpected error; run with --debug for the stack trace)`;
  }
  return `psagate: ${String(error)}`;
}
