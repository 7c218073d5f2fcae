import type { PsaEvents } from '@psagate/core';
import { type HttpTransport, parseConfig, standaloneProviderContext } from '@psagate/core/provider';
import { type AteraConfigInput, ateraConfigSchema } from '../config';
import type { AteraOperations } from '../generated/operations';
import { wireAtera } from '../wiring';

/**
 * The native Atera v3 client: every operation of the spec as `client.<group>.<method>(params)`,
 * params named as in the spec (path and query parameters, and `body` for writes). Lists return
 * `Paginated` walks; everything else a promise of the parsed response.
 */
export interface AteraClient extends AteraOperations {
  /** The transport every call goes through (rate limiter, retries, events). */
  readonly transport: HttpTransport;
  /** Forgets the cached custom field definitions, after fields were added in Atera. */
  forgetCustomFieldDefinitions(): void;
}

export interface CreateAteraClientOptions {
  /** Receives warnings (schema drift in lenient mode), retries and rate-limit waits. */
  readonly events?: PsaEvents | undefined;
}

/**
 * A standalone native client: `createAteraClient({ apiKey: process.env.ATERA_API_KEY })`. The config
 * is validated at once; every problem is listed in one ConfigError. It is wired as the provider
 * wires it for a gateway, over services of its own (rate lane, reference cache).
 */
export function createAteraClient(config: AteraConfigInput, options: CreateAteraClientOptions = {}): AteraClient {
  const settings = parseConfig('atera', ateraConfigSchema, config);
  return wireAtera(settings, standaloneProviderContext('atera', { events: options.events }));
}
