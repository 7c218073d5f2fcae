import { bodyArrayLimits, idempotentPosts, operationNames } from '../operation-names';
import { HTTP_METHODS, type OpenApiDocument, type OpenApiMediaType, type OpenApiOperation, type OpenApiSchema, refName } from './openapi-types';

export type ParamKind = 'integer' | 'uuid' | 'string';
export type ResponseKind = 'page' | 'object' | 'array' | 'none';

export interface ParamModel {
  readonly name: string;
  readonly schema: OpenApiSchema;
  readonly required: boolean;
}

export interface OperationModel {
  /** `agents.list` */
  readonly id: string;
  readonly group: string;
  readonly method: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly pathParams: readonly (ParamModel & { readonly kind: ParamKind })[];
  readonly queryParams: readonly ParamModel[];
  readonly body: OpenApiSchema | undefined;
  /** Schema name of the body (`CreateTicketModel`), or a short description of an inline one. */
  readonly bodyName: string | null;
  readonly bodyMaxItems: number | undefined;
  readonly successStatus: number;
  readonly response: { readonly kind: ResponseKind; readonly schema: OpenApiSchema | undefined; readonly name: string | null };
  readonly idempotent: boolean;
  readonly deprecated: boolean;
}

const PAGED_RESULT = /PagedResult$/;

/** Reads every operation of the spec into the generator's model, checking it against the name table. */
export function readOperations(spec: OpenApiDocument): OperationModel[] {
  const operations: OperationModel[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const verb of HTTP_METHODS) {
      const operation = item[verb];
      if (!operation) continue;
      const key = `${verb.toUpperCase()} ${path}`;
      const id = operationNames[key];
      if (!id) throw new Error(`The spec has ${key}, which scripts/operation-names.ts does not name. Add it there.`);
      if (seen.has(id)) throw new Error(`Two operations are named ${id}.`);
      seen.add(id);
      operations.push(readOperation(spec, id, verb.toUpperCase(), path, operation));
    }
  }
  const stale = Object.entries(operationNames).filter(([, id]) => !seen.has(id));
  if (stale.length > 0) throw new Error(`operation-names.ts names operations the spec lacks: ${stale.map(([key]) => key).join(', ')}`);
  return operations;
}

function readOperation(spec: OpenApiDocument, id: string, httpMethod: string, path: string, operation: OpenApiOperation): OperationModel {
  const [group, method] = id.split('.') as [string, string];
  const parameters = operation.parameters ?? [];
  const pathParams = parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => ({ name: parameter.name, schema: parameter.schema, required: true, kind: paramKind(spec, parameter.schema) }));
  const queryParams = parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => ({ name: parameter.name, schema: parameter.schema, required: parameter.required === true }));
  const body = jsonSchemaOf(operation.requestBody?.content);
  return {
    id,
    group,
    method,
    httpMethod,
    path,
    pathParams,
    queryParams,
    body,
    bodyName: body ? describeSchema(body) : null,
    bodyMaxItems: bodyArrayLimits[id],
    ...readResponse(spec, operation),
    idempotent: httpMethod !== 'POST' || idempotentPosts.has(id),
    deprecated: operation.deprecated === true,
  };
}

function readResponse(spec: OpenApiDocument, operation: OpenApiOperation): Pick<OperationModel, 'successStatus' | 'response'> {
  const successes = Object.entries(operation.responses)
    .filter(([status]) => /^2\d\d$/.test(status))
    .map(([status, response]) => ({ status: Number(status), schema: jsonSchemaOf(response.content) }));
  const withBody = successes.find((success) => success.schema);
  if (!withBody) {
    const status = successes.some((success) => success.status === 204) ? 204 : (successes[0]?.status ?? 200);
    return { successStatus: status, response: { kind: 'none', schema: undefined, name: null } };
  }
  const { schema, status } = withBody as { schema: OpenApiSchema; status: number };
  if (schema.$ref && PAGED_RESULT.test(schema.$ref)) {
    const paged = spec.components.schemas[refName(schema.$ref)];
    const items = paged?.properties?.items?.items;
    if (!items) throw new Error(`${schema.$ref} has no items array`);
    return { successStatus: status, response: { kind: 'page', schema: items, name: describeSchema(items) } };
  }
  if (schema.type === 'array') {
    if (!schema.items) throw new Error('array response without items');
    return { successStatus: status, response: { kind: 'array', schema: schema.items, name: describeSchema(schema.items) } };
  }
  return { successStatus: status, response: { kind: 'object', schema, name: describeSchema(schema) } };
}

function jsonSchemaOf(content: Readonly<Record<string, OpenApiMediaType>> | undefined): OpenApiSchema | undefined {
  return content?.['application/json']?.schema;
}

function paramKind(spec: OpenApiDocument, schema: OpenApiSchema): ParamKind {
  const resolved = schema.$ref ? spec.components.schemas[refName(schema.$ref)] : schema;
  if (resolved?.type === 'integer') return 'integer';
  if (resolved?.format === 'uuid') return 'uuid';
  return 'string';
}

/** `AgentDto`, `integer[]`, `string`: how the route table names a body or response. */
export function describeSchema(schema: OpenApiSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.type === 'array' && schema.items) return `${describeSchema(schema.items)}[]`;
  return schema.type ?? 'unknown';
}
