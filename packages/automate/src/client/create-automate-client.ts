import type { Clock, PsaEvents } from '@psagate/core';
import { parseConfig, standaloneProviderContext } from '@psagate/core/provider';
import { type AutomateConfigInput, automateConfigSchema } from '../config';
import { type AutomateWiringOptions, wireAutomate } from '../wiring';
import type { AutomateClient } from './automate-client';

/** What a standalone client takes besides its config: a two-factor passcode source, how condition dates are written, and shared services. */
export interface CreateAutomateClientOptions extends AutomateWiringOptions {
  /** Receives warnings (schema drift in lenient mode), retries, token refreshes and rate-limit waits. */
  readonly events?: PsaEvents | undefined;
  /** Time for token expiry, backoff and rate-limit waits (tests pass a fake clock). */
  readonly clock?: Clock | undefined;
}

/**
 * A standalone native client:
 * `createAutomateClient({ baseUrl, username, password, clientId })`. The config is validated at
 * once; every problem is listed in one ConfigError. It is wired like the provider's, over a
 * context of its own (rate lane, token store), sharing only the events and clock you pass.
 */
export function createAutomateClient(config: AutomateConfigInput, options: CreateAutomateClientOptions = {}): AutomateClient {
  const settings = parseConfig('automate', automateConfigSchema, config);
  const context = standaloneProviderContext('automate', { events: options.events, clock: options.clock });
  return wireAutomate(settings, context, options);
}
