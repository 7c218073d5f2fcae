import type { Route } from '@psagate/core/provider';

/**
 * One operation of the Automate REST API: a core `Route` (its path parameters are all int32 ids,
 * `{ name, kind: 'integer' }`) with what Automate adds to it.
 */
export interface AutomateRoute extends Route {
  readonly httpMethod: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Query options the route takes: `list` (condition, orderBy, includedFields, excludedFields, ids,
   * expand, page, pageSize), `fields` (includedFields, excludedFields, expand), or none.
   */
  readonly options: 'list' | 'fields' | 'none';
  /** `list`: a bare JSON array, paged by `page`/`pageSize`; `object`: one record; `none`: no body (204). */
  readonly response: 'list' | 'object' | 'none';
  /**
   * The operationId in Automate's OpenAPI document, or null for routes that document leaves out
   * but public clients use (GET /Computers/{id}, /Batch/ScriptExecute).
   */
  readonly specOperationId: string | null;
}
