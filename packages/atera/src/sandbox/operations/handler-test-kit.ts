import type { AteraOperationId } from '../../generated/operations';
import type { SandboxOperationResult } from '../operation-handler';
import type { AteraSandboxState } from '../state/sandbox-state';
import { sandboxOperationHandlers } from './index';

export interface CallOptions {
  readonly path?: Readonly<Record<string, string | number>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** Calls one operation's handler directly, as the HTTP layer would after routing (tests only). */
export function call(state: AteraSandboxState, operationId: AteraOperationId, options: CallOptions = {}): SandboxOperationResult {
  const pathParams = Object.fromEntries(Object.entries(options.path ?? {}).map(([name, value]) => [name, String(value)]));
  return sandboxOperationHandlers[operationId]({ operationId, pathParams, query: new URLSearchParams(options.query ?? {}), body: options.body }, state);
}

/** Every record of a list result; fails loudly when the result is not a list. */
export function listAll<T = Record<string, unknown>>(result: SandboxOperationResult): T[] {
  if (result.kind !== 'page') throw new Error(`Expected a list, got ${JSON.stringify(result)}`);
  return result.list.slice(0, result.list.total) as T[];
}

/** The JSON body of a result; fails loudly when the result is not JSON. */
export function bodyOf<T = Record<string, unknown>>(result: SandboxOperationResult): T {
  if (result.kind !== 'json') throw new Error(`Expected a JSON body, got ${JSON.stringify(result)}`);
  return result.body as T;
}

/** The id a create answered with (`{ ActionID }`). */
export function createdId(result: SandboxOperationResult): number {
  const body = bodyOf<{ ActionID: string }>(result);
  return Number(body.ActionID);
}
