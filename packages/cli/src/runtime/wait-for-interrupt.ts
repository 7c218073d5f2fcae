import type { CliIo, InterruptSignal } from '../cli-io';

/**
 * Resolves on the first Ctrl-C or SIGTERM. The returned `release` must be called once the command
 * has shut down: until then, further signals stay with the CLI (a second Ctrl-C forces the exit).
 */
export function waitForInterrupt(io: CliIo): { readonly interrupted: Promise<InterruptSignal>; release(): void } {
  let release = (): void => undefined;
  const interrupted = new Promise<InterruptSignal>((resolve) => {
    release = io.onInterrupt(resolve);
  });
  return { interrupted, release };
}
