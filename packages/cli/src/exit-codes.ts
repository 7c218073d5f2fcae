import { isPsaError } from '@psagate/core';
import { UsageError } from './usage-error';

/**
 * What the process exit status means. Scripts may rely on these numbers: they are documented in
 * `psagate --help` and the README, and only ever added to.
 */
export const ExitCode = {
  ok: 0,
  /** A bug, a malformed response, a conflict: anything not listed below. */
  unexpected: 1,
  /** Unknown command or flag, a missing argument, an input the API would refuse. */
  usage: 2,
  /** The config (flags, environment, config file) is missing or invalid. */
  config: 3,
  /** The credentials were refused, or they lack the permission. */
  auth: 4,
  /** The record (or route) does not exist. */
  notFound: 5,
  /** Rate limited, the server failed or could not be reached: trying later may work. */
  unavailable: 6,
  /** The provider's API cannot do this (see `gateway.capabilities`). */
  unsupported: 7,
  /** A write failed after it may have reached the provider: check whether it was applied before retrying. */
  maybeApplied: 8,
  /** Stopped by Ctrl-C (SIGINT) or SIGTERM; whatever was written is complete. */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The exit status for an error that ended a command. A write that may have been applied wins over
 * the error's kind: a created ticket whose read-back got a 404 must not read as "not found", or a
 * script would create it again.
 */
export function exitCodeFor(error: unknown): ExitCodeValue {
  if (error instanceof UsageError) return ExitCode.usage;
  if (!isPsaError(error)) return ExitCode.unexpected;
  if (error.maybeApplied) return ExitCode.maybeApplied;
  // Only the CLI's own signal aborts its calls: Ctrl-C or SIGTERM stopped this one.
  if (isInterruption(error)) return ExitCode.interrupted;
  switch (error.kind) {
    case 'config':
      return ExitCode.config;
    case 'validation':
      return ExitCode.usage;
    case 'authentication':
    case 'permission':
      return ExitCode.auth;
    case 'not_found':
      return ExitCode.notFound;
    case 'rate_limit':
    case 'server':
    case 'network':
      return ExitCode.unavailable;
    case 'unsupported':
      return ExitCode.unsupported;
    default:
      return ExitCode.unexpected;
  }
}

/** A call the first Ctrl-C or SIGTERM aborted (see `interruptibly`): NetworkError ABORTED. */
export function isInterruption(error: unknown): boolean {
  return isPsaError(error, 'network') && error.code === 'ABORTED';
}

/** The exit-code table as `psagate --help` and the README print it. */
export const exitCodeHelp = `Exit codes:
  0    ok
  1    unexpected error (a bug, a malformed response, a conflict)
  2    usage: unknown command or flag, missing argument, invalid input
  3    configuration missing or invalid (flags, environment, --config file)
  4    authentication or permission refused
  5    not found
  6    rate limited, server error or unreachable: try again later
  7    the provider does not support this operation
  8    the write may have been applied: check before retrying (the message says how)
  130  interrupted (Ctrl-C / SIGTERM); files written so far are complete`;
