import { ConfigError } from '@psagate/core';
import { nowOf } from '@psagate/core/sandbox-kit';
import { sandboxOperationHandlers } from './operations/index';
import { type AteraSandboxHttpOptions, type AteraSandboxOf, assembleAteraSandbox } from './sandbox-assembly';
import { type AteraSandboxState, createSandboxState } from './state/sandbox-state';
import type { AteraSandboxSizes } from './state/sandbox-sizes';

export interface AteraSandboxOptions extends AteraSandboxHttpOptions {
  /** Records per resource (`{ agents: 100_000 }`); the others keep their defaults. */
  readonly size?: Partial<AteraSandboxSizes> | undefined;
}

/** An Atera simulator with seeded data. */
export type AteraSandbox = AteraSandboxOf<AteraSandboxState>;

/**
 * An in-process Atera API v3: seeded, deterministic data for all 134 operations, both key styles,
 * Atera's paging, rate-limit headers and error bodies, with adjustable latency and faults. Serve it
 * to tests through `handlers` (msw) or to anything over HTTP with `listen()`.
 */
export function createAteraSandbox(options: AteraSandboxOptions = {}): AteraSandbox {
  const seed = options.seed ?? 1;
  let state: AteraSandboxState;
  try {
    state = createSandboxState({ seed, size: options.size, now: nowOf(options.clock) });
  } catch (error) {
    if (error instanceof RangeError) throw new ConfigError(error.message, { provider: 'atera', code: 'INVALID_SANDBOX_OPTIONS', cause: error });
    throw error;
  }
  return assembleAteraSandbox({ ...options, seed }, state, sandboxOperationHandlers);
}
