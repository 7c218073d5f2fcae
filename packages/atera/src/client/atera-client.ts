import { HttpTransport, LruReferenceCache, type PsaEvents, type ReferenceCache, RouteCaller, parseConfig, transportSettings } from '@psagate/core';
import { createAteraAuth } from '../auth/atera-auth';
import { type AteraConfigInput, ateraConfigSchema, ateraRatePolicy } from '../config';
import { type AteraOperations, bindAteraOperations } from '../generated/operations';
import { classifyAteraError } from './atera-errors';
import { ateraPaging } from './atera-pages';
import { CustomFieldCheck } from './custom-field-check';
import type { AteraOperation } from '../routes/atera-operation';

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

export interface AteraClientWiring {
  /** Where custom field definitions are cached; a private five-minute cache when absent. */
  readonly cache?: ReferenceCache | undefined;
  readonly validateCustomFieldNames?: boolean | undefined;
}

/** A client over a transport you built (the provider does this with the gateway's shared pieces). */
export function ateraClientOver(transport: HttpTransport, wiring: AteraClientWiring = {}): AteraClient {
  const cache = wiring.cache ?? new LruReferenceCache({ ttlMs: 300_000 }).scoped('atera');
  // The check loads definitions through the client it guards; listing them names no field, so it never recurses.
  const check = wiring.validateCustomFieldNames === false ? undefined : new CustomFieldCheck(cache, () => operations.customValues.listCustomFields());
  const operations: AteraOperations = bindAteraOperations(new RouteCaller<AteraOperation>({ transport, paging: ateraPaging, hooks: check?.hooks() }));
  return {
    ...operations,
    transport,
    forgetCustomFieldDefinitions: () => check?.forget(),
  };
}

export interface CreateAteraClientOptions {
  /** Receives warnings (schema drift in lenient mode), retries and rate-limit waits. */
  readonly events?: PsaEvents | undefined;
}

/**
 * A standalone native client: `createAteraClient({ apiKey: process.env.ATERA_API_KEY })`. The config
 * is validated at once; every problem is listed in one ConfigError.
 */
export function createAteraClient(config: AteraConfigInput, options: CreateAteraClientOptions = {}): AteraClient {
  const settings = parseConfig('atera', ateraConfigSchema, config);
  const transport = new HttpTransport({
    provider: 'atera',
    baseUrl: settings.baseUrl,
    auth: createAteraAuth(settings.apiKey, settings.authStyle),
    ...transportSettings(settings, { rateLimit: ateraRatePolicy(settings) }),
    classifyError: classifyAteraError,
    events: options.events,
  });
  return ateraClientOver(transport, { validateCustomFieldNames: settings.validateCustomFieldNames });
}
