import type { Writable } from 'node:stream';
import type { Environment } from '@psagate/core';

/** A stream the CLI writes to; `isTTY` decides between tables with live progress and plain lines. */
export type OutputStream = Writable & { readonly isTTY?: boolean | undefined; readonly columns?: number | undefined };

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** Everything the CLI touches outside itself, so it can be embedded and tested in-process. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Environment;
  /** Directory that relative paths (`--config`, `--out`) are resolved against. */
  readonly cwd: string;
  /** Subscribes to Ctrl-C / SIGTERM while a command wants to stop cleanly; returns the unsubscribe. */
  onInterrupt(listener: (signal: InterruptSignal) => void): () => void;
}

/**
 * The real process: its streams, environment and signals. While a listener is subscribed, the
 * first signal goes to it and a second Ctrl-C ends the process at once (status 130).
 */
export function processIo(): CliIo {
  const listeners = new Set<(signal: InterruptSignal) => void>();
  let received = 0;
  const onSignal = (signal: InterruptSignal): void => {
    received++;
    if (received > 1) process.exit(130);
    for (const listener of [...listeners]) listener(signal);
  };
  const onSigint = (): void => onSignal('SIGINT');
  const onSigterm = (): void => onSignal('SIGTERM');
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    onInterrupt(listener) {
      if (listeners.size === 0) {
        process.on('SIGINT', onSigint);
        process.on('SIGTERM', onSigterm);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          process.off('SIGINT', onSigint);
          process.off('SIGTERM', onSigterm);
        }
      };
    },
  };
}
