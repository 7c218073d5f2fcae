import type { Gateway } from '@psagate/core';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE, type ProblemKind, problemKinds } from './problem';
import type { NamedSchema, RouteSpec } from './route-spec';

type JsonSchema = Record<string, unknown>;
type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

const SERVER_VERSION = '0.1.0';

/**
 * The OpenAPI 3.1 document of the routes, built from the same zod schemas that validate requests
 * (`z.toJSONSchema`, draft 2020-12, which OpenAPI 3.1 uses as its schema dialect). Operations the
 * configured provider does not implement are kept, marked `x-psagate-supported: false` (they answer 501).
 */
export function buildOpenApiDocument(routes: readonly RouteSpec[], gateway: Gateway): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = { Problem: problemSchema() };
  const componentFor = ({ name, schema }: NamedSchema, io: 'input' | 'output'): JsonSchema => {
    schemas[name] ??= jsonSchemaOf(schema, io);
    return { $ref: `#/components/schemas/${name}` };
  };

  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const parameters = [...pathParameters(route.path), ...(route.list ? pagingParameters() : []), ...(route.query ? queryParameters(route.query) : [])];
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      security: route.auth ? [{ callerToken: [] }] : [],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.supported ? { 'x-psagate-supported': route.supported(gateway.capabilities) } : {}),
      responses: responsesOf(route, componentFor),
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: componentFor(route.body, 'input') } },
      };
    }
    paths[route.path] = { ...paths[route.path], [route.method]: operation };
  }

  return {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'psagate gateway',
      version: SERVER_VERSION,
      description:
        `The neutral psagate API over ${gateway.displayName} (provider \`${gateway.provider}\`). ` +
        'Lists are cursor-paginated: pass `nextCursor` back as `cursor` until it is null. Errors are RFC 9457 problem documents.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        callerToken: { type: 'http', scheme: 'bearer', description: 'A caller token issued by the gateway operator (PSAGATE_SERVER_TOKENS). Not a PSA credential.' },
      },
    },
  };
}

function responsesOf(route: RouteSpec, component: (schema: NamedSchema, io: 'input' | 'output') => JsonSchema): Record<string, unknown> {
  const { response } = route;
  const success: Record<string, unknown> = { description: response.description };
  if (response.contentType) {
    success.content = { [response.contentType]: { schema: { type: 'string' } } };
  } else if (response.schema) {
    const item = component(response.schema, 'output');
    success.content = {
      'application/json': {
        schema: route.list
          ? {
              type: 'object',
              required: ['data', 'nextCursor'],
              properties: {
                data: { type: 'array', items: item },
                nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null at the end.' },
              },
            }
          : item,
      },
    };
    if (route.list) success.headers = { Link: { description: 'RFC 8288 link to the next page (`rel="next"`), while there is one.', schema: { type: 'string' } } };
  } else {
    success.content = { 'application/json': { schema: { type: 'object' } } };
  }

  const statuses = new Set<number>([500, ...(route.problems ?? [])]);
  if (route.auth) statuses.add(401);
  if (route.list || route.query || route.path.includes('{')) statuses.add(400);
  if (route.body) [400, 413, 415, 422].forEach((status) => statuses.add(status));
  if (route.supported) [429, 501, 502, 503, 504].forEach((status) => statuses.add(status));

  const responses: Record<string, unknown> = { [String(response.status)]: success };
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const kind = kindOfStatus(status);
    responses[String(status)] = {
      description: problemKinds[kind].title,
      ...(status === 401 ? { headers: { 'WWW-Authenticate': { schema: { type: 'string' } } } } : {}),
      ...(status === 429 || status === 503 ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } } : {}),
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return responses;
}

function kindOfStatus(status: number): ProblemKind {
  const found = (Object.keys(problemKinds) as ProblemKind[]).find((kind) => problemKinds[kind].status === status);
  if (!found) throw new Error(`No problem kind for status ${status}`);
  return found;
}

function pathParameters(path: string): JsonSchema[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    description: 'Record id, as the neutral records return it.',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  }));
}

function pagingParameters(): JsonSchema[] {
  return [
    { name: 'limit', in: 'query', required: false, description: 'Items per page; clamped to the provider maximum. Ignored with a cursor.', schema: { type: 'integer', minimum: 1 } },
    { name: 'cursor', in: 'query', required: false, description: 'The `nextCursor` of the previous page, as returned. Only valid with the same filters.', schema: { type: 'string' } },
  ];
}

function queryParameters(query: z.ZodObject): JsonSchema[] {
  const object = jsonSchemaOf(query, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, schema]) => {
    const listItems = listItemsOf(schema);
    return {
      name,
      in: 'query',
      required: false,
      ...(listItems
        ? { description: 'One value, several values separated by commas, or the parameter repeated.', style: 'form', explode: true, schema: { type: 'array', items: listItems } }
        : { schema: scalarOf(schema) }),
    };
  });
}

/** `oneOrMany(enum)` renders as anyOf [enum, array of enum]: the items of the array branch. */
function listItemsOf(schema: JsonSchema): JsonSchema | undefined {
  const branches = schema.anyOf as JsonSchema[] | undefined;
  const array = branches?.find((branch) => branch.type === 'array');
  return array ? (array.items as JsonSchema) : undefined;
}

/** Query values are strings on the wire: ids given as numbers and dates as Date become plain strings. */
function scalarOf(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf as JsonSchema[] | undefined;
  if (!branches) return schema;
  return branches.find((branch) => branch.type === 'string') ?? { type: 'string' };
}

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: (context) => {
      // Dates arrive as ISO-8601 strings over HTTP.
      if (context.zodSchema._zod.def.type === 'date') Object.assign(context.jsonSchema, { type: 'string', format: 'date-time' });
    },
  }) as JsonSchema;
  const { $schema: _dialect, ...rest } = generated;
  return rest;
}

function problemSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'An RFC 9457 problem document.',
    required: ['type', 'title', 'status', 'detail', 'code'],
    properties: {
      type: { type: 'string', format: 'uri', description: '`urn:psagate:problem:<kind>`.' },
      title: { type: 'string' },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string', description: 'What went wrong and what to do about it.' },
      instance: { type: 'string', description: 'Path of the request.' },
      code: { type: 'string', description: 'Stable machine-readable code, e.g. NOT_FOUND, INVALID_CURSOR.' },
      requestId: { type: 'string', description: 'Also in the X-Request-Id header; quote it to the operator.' },
      maybeApplied: { type: 'boolean', description: 'A write may have reached the PSA before it failed: check before sending it again.' },
      retryable: { type: 'boolean', description: 'Set with maybeApplied: whether sending the same request again is safe; when false, find the record instead.' },
      retryAfterSeconds: { type: 'integer', minimum: 1 },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['message'],
          properties: {
            pointer: { type: 'string', description: 'JSON Pointer (RFC 6901) into the request body.' },
            parameter: { type: 'string', description: 'Query or path parameter.' },
            message: { type: 'string' },
          },
        },
      },
    },
  };
}
