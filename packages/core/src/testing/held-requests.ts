import type { SandboxAnswer, SandboxHandler } from '../sandbox-kit/sandbox-answer';

/** A sandbox handler whose chosen requests wait at a gate, to abort a call while its request is out. */
export interface HeldRequests {
  /** Serves every request; those `hold` picks only once `release()` is called. */
  readonly handler: SandboxHandler;
  /** Requests waiting at the gate, or let through after waiting, so far. */
  held(): number;
  /** Lets every waiting request (and any later one) through to the sandbox. */
  release(): void;
}

/**
 * Puts a gate in front of a sandbox: a request that `hold` picks waits there before the sandbox
 * sees it, until `release()`. Serve `handler` with `mswHandlersFor(sandbox.baseUrl, handler)`.
 * A request released after its caller aborted still reaches the sandbox, as one already on the
 * wire reaches a real server: which is why an aborted write may have been applied.
 */
export function holdRequests(sandbox: SandboxHandler, hold: (request: Request) => boolean): HeldRequests {
  let held = 0;
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return {
    handler: async (request): Promise<SandboxAnswer> => {
      if (hold(request)) {
        held++;
        await gate;
      }
      return sandbox(request);
    },
    held: () => held,
    release: () => open(),
  };
}
