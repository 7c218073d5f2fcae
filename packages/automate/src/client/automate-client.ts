import { isPsaError } from '@psagate/core';
import type { HttpTransport } from '@psagate/core/provider';
import type { AutomateBatchScriptResponse } from '../schemas/records';
import { type AutomateOperations, bindAutomateOperations } from './automate-operations';
import type { AutomateRouteCaller } from './automate-route-caller';
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

/** The client's methods over a route caller (the wiring builds the caller and its transport). */
export function automateClientOver(caller: AutomateRouteCaller): AutomateClient {
  const operations = bindAutomateOperations(caller);
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
  return { ...operations, scripts: { ...operations.scripts, runBatch }, transport: caller.transport };
}
