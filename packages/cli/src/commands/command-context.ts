import { type Command, InvalidArgumentError } from 'commander';
import type { Gateway } from '@psagate/core';
import type { CliIo } from '../cli-io';
import { terminalSafe } from '../output/terminal-text';
import { type GatewayFlags, type OpenGatewayOptions, type OpenedGateway, openGateway } from '../runtime/open-gateway';

/** What every command action gets: the outside world, and where to leave the exit status. */
export interface CommandContext {
  readonly io: CliIo;
  /** The status the process ends with when the action returns normally. */
  exitCode: number;
}

/** Options of the `psagate` command itself, accepted before or after a subcommand. */
export interface GlobalOptions {
  readonly provider?: string | undefined;
  readonly config?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly timeout?: number | undefined;
  readonly sandbox?: boolean | undefined;
  readonly quiet?: boolean | undefined;
  readonly debug?: boolean | undefined;
}

export function globalsOf(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

export function gatewayFlagsOf(globals: GlobalOptions): GatewayFlags {
  return { provider: globals.provider, config: globals.config, baseUrl: globals.baseUrl, timeoutMs: globals.timeout, sandbox: globals.sandbox };
}

/** Opens the configured gateway for the length of `work`, and closes it (and any sandbox) after. */
export async function withGateway<T>(
  command: Command,
  context: CommandContext,
  work: (gateway: Gateway, opened: OpenedGateway) => Promise<T>,
  options: OpenGatewayOptions = {},
): Promise<T> {
  const opened = await openGateway(gatewayFlagsOf(globalsOf(command)), context.io, options);
  try {
    return await work(opened.gateway, opened);
  } finally {
    await opened.close();
  }
}

/**
 * Runs `work` with a signal that the first Ctrl-C or SIGTERM aborts, for commands that make a
 * single call (or a short walk): pass it to the neutral call as `{ signal }`. The call then fails
 * with NetworkError ABORTED, which ends the command with status 130, or 8 when a write may have
 * been applied (see exitCodeFor). A second Ctrl-C still ends the process at once.
 */
export async function interruptibly<T>(context: CommandContext, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const unsubscribe = context.io.onInterrupt(() => controller.abort());
  try {
    return await work(controller.signal);
  } finally {
    unsubscribe();
  }
}

/** A commander parser for a whole number within bounds. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      throw new InvalidArgumentError(`Expected a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}.`);
    }
    return value;
  };
}

/** A commander parser for a share between 0 and 1. */
export function share(raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !(value >= 0 && value <= 1)) throw new InvalidArgumentError('Expected a number between 0 and 1, e.g. 0.2.');
  return value;
}

/** Writes a line to stderr unless `--quiet`; it may quote PSA text, so control characters are shown, not obeyed. */
export function note(context: CommandContext, command: Command, line: string): void {
  if (!globalsOf(command).quiet) context.io.stderr.write(`${terminalSafe(line)}\n`);
}
