/** One operation of the Automate REST API. */
export interface AutomateRoute {
  /** Client group: `client.<group>.<method>()`. */
  readonly group: string;
  readonly method: string;
  readonly httpMethod: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template below the API root `https://<server>/cwa/api`, e.g. `/v1/Computers/{computerId}`. */
  readonly path: string;
  /** Path parameters; Automate's are all int32 ids. */
  readonly pathParams: readonly string[];
  /**
   * Query options the route takes: `list` (condition, orderBy, includedFields, excludedFields, ids,
   * expand, page, pageSize), `fields` (includedFields, excludedFields, expand), or none.
   */
  readonly options: 'list' | 'fields' | 'none';
  /** Other query parameters, by name. */
  readonly queryParams: readonly string[];
  /** What the body is (`Client`, `PatchOperation[]`), or null when the operation takes none. */
  readonly body: string | null;
  /** `list`: a bare JSON array, paged by `page`/`pageSize`; `object`: one record; `none`: no body (204). */
  readonly response: 'list' | 'object' | 'none';
  /** Whether sending it twice has the effect of sending it once, so it may be retried. */
  readonly idempotent: boolean;
  /**
   * The operationId in Automate's OpenAPI document, or null for routes that document leaves out
   * but public clients use (GET /Computers/{id}, /Batch/ScriptExecute).
   */
  readonly specOperationId: string | null;
}
