import { type Clock, HttpTransport, type PsaEvents, isPsaError, parseConfig, transportSettings } from '@psagate/core';
import { AutomateAuth, type TwoFactorPasscodeSource } from '../auth/automate-auth';
import type { DateStyle } from '../condition/condition-value';
import { type AutomateConfigInput, automateApiUrl, automateConfigSchema, automateRatePolicy } from '../config';
import type { AutomateBatchScriptResponse } from '../schemas/records';
import { type AutomateOperations, bindAutomateOperations } from './automate-operations';
import { classifyAutomateError } from './automate-errors';
import { automateRouteCaller } from './automate-route-caller';
import type { CallOptions } from './operation';

type BatchParams = Parameters<AutomateOperations['scripts']['scheduleBatch']>[0];

/**
 * The native Automate client: `client.<group>.<method>(params)`, params named as in the API (path
 * ids, list options, and `body` for writes). Lists return `Paginated` walks over bare-array pages;
 * everything else a promise of the parsed response.
 */
export interface AutomateClient extends AutomateOperations {
  /** The transport every call goes through (rate limiter, retries, events). */
  readonly transport: HttpTransport;
  readonly scripts: AutomateOperations['scripts'] & {
    /**
     * Schedules a script on many computers in one call. Uses `/Batch/ScriptSchedule` (Automate's
     * OpenAPI document) and, if the server has no such route (404), `/Batch/ScriptExecute` (what
     * public clients call), remembering which one answered.
     */
    runBatch(params: BatchParams, options?: CallOptions): Promise<AutomateBatchScriptResponse>;
  };
}

export interface AutomateClientWiring {
  /** How Date values are written in conditions (default `bare`, as in Automate's examples). */
  readonly conditionDates?: DateStyle | undefined;
}

/** A client over a transport you built (the provider does this with the gateway's shared pieces). */
export function automateClientOver(transport: HttpTransport, wiring: AutomateClientWiring = {}): AutomateClient {
  const operations = bindAutomateOperations(automateRouteCaller(transport, { dates: wiring.conditionDates }));
  let batchRoute: 'schedule' | 'execute' | undefined;
  const runBatch = async (params: BatchParams, options?: CallOptions): Promise<AutomateBatchScriptResponse> => {
    if (batchRoute === 'execute') return operations.scripts.executeBatch(params, options);
    try {
      const result = await operations.scripts.scheduleBatch(params, options);
      batchRoute = 'schedule';
      return result;
    } catch (error) {
      // A 404 for the route itself means nothing was scheduled, so trying the other route is safe.
      if (batchRoute !== undefined || !isPsaError(error, 'not_found')) throw error;
      const result = await operations.scripts.executeBatch(params, options);
      batchRoute = 'execute';
      return result;
    }
  };
  return { ...operations, scripts: { ...operations.scripts, runBatch }, transport };
}

export interface CreateAutomateClientOptions {
  /** Receives warnings (schema drift in lenient mode), retries, token refreshes and rate-limit waits. */
  readonly events?: PsaEvents | undefined;
  /** A function that supplies a fresh two-factor code when the server asks for one (overrides the config's). */
  readonly twoFactorPasscode?: TwoFactorPasscodeSource | undefined;
  readonly conditionDates?: DateStyle | undefined;
  /** Time for token expiry, backoff and rate-limit waits (tests pass a fake clock). */
  readonly clock?: Clock | undefined;
}

/**
 * A standalone native client:
 * `createAutomateClient({ baseUrl, username, password, clientId })`. The config is validated at
 * once; every problem is listed in one ConfigError.
 */
export function createAutomateClient(config: AutomateConfigInput, options: CreateAutomateClientOptions = {}): AutomateClient {
  const settings = parseConfig('automate', automateConfigSchema, config);
  const transport = new HttpTransport({
    provider: 'automate',
    baseUrl: automateApiUrl(settings.baseUrl),
    auth: new AutomateAuth({
      baseUrl: settings.baseUrl,
      username: settings.username,
      password: settings.password,
      clientId: settings.clientId,
      twoFactorPasscode: options.twoFactorPasscode ?? settings.twoFactorPasscode,
      refreshWindowMs: settings.refreshWindowMs,
      timeoutMs: settings.timeoutMs,
      clock: options.clock,
    }),
    ...transportSettings(settings, { rateLimit: automateRatePolicy(settings) }),
    classifyError: classifyAutomateError,
    events: options.events,
    clock: options.clock,
  });
  return automateClientOver(transport, { conditionDates: options.conditionDates });
}
