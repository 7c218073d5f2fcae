import { type OperationModel, readOperations } from './operation-model';
import type { OpenApiDocument, OpenApiSchema } from './openapi-types';
import { type SchemaNaming, reachableInOrder, referencedSchemas, zodExpression } from './zod-emitter';

export const GENERATED_HEADER = '// Generated from spec/atera-v3.openapi.json by scripts/generate.ts. Do not edit: run `pnpm generate`.\n';

/** The generated files of `src/generated/`, by file name. */
export function generateAteraSources(spec: OpenApiDocument): Record<string, string> {
  const operations = readOperations(spec);
  const naming = schemaNaming(spec, operations);
  return {
    'schemas.ts': emitSchemas(spec, naming),
    'operations.ts': emitOperations(operations, naming),
  };
}

interface Naming extends SchemaNaming {
  readonly responseSchemas: readonly string[];
  readonly requestSchemas: readonly string[];
}

/**
 * Schemas reachable only from request bodies and parameters are emitted once, strict. The rest are
 * emitted loose, and those also used in requests get a strict twin named `<Name>Input`.
 */
function schemaNaming(spec: OpenApiDocument, operations: readonly OperationModel[]): Naming {
  const requestRoots = new Set<string>();
  for (const operation of operations) {
    referencedSchemas(operation.body, requestRoots);
    for (const parameter of [...operation.pathParams, ...operation.queryParams]) referencedSchemas(parameter.schema, requestRoots);
  }
  const requestSchemas = reachableInOrder(spec, requestRoots);
  const responseRoots = new Set<string>();
  for (const operation of operations) referencedSchemas(operation.response.schema, responseRoots);
  const responseReachable = new Set(reachableInOrder(spec, responseRoots));
  const requestOnly = new Set(requestSchemas.filter((name) => !responseReachable.has(name)));
  const responseSchemas = reachableInOrder(
    spec,
    Object.keys(spec.components.schemas).filter((name) => !requestOnly.has(name)),
  );
  const emittedAsResponse = new Set(responseSchemas);
  return {
    responseSchemas,
    requestSchemas,
    nameOf: (name, mode) => (mode === 'request' && emittedAsResponse.has(name) ? `${name}Input` : name),
  };
}

function emitSchemas(spec: OpenApiDocument, naming: Naming): string {
  const blocks: string[] = [];
  const emit = (name: string, mode: 'response' | 'request') => {
    const schema = spec.components.schemas[name] as OpenApiSchema;
    const constName = naming.nameOf(name, mode);
    const infer = mode === 'response' ? 'z.output' : 'z.input';
    blocks.push(`export const ${constName} = ${zodExpression(schema, mode, naming)};\nexport type ${constName} = ${infer}<typeof ${constName}>;`);
  };
  for (const name of naming.responseSchemas) emit(name, 'response');
  for (const name of naming.requestSchemas) emit(name, 'request');
  return [
    GENERATED_HEADER,
    "import { z } from 'zod';",
    "import { dateTimeInput, guidInput, openEnum } from '../schemas/schema-helpers';",
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** The route of an operation as the fields of a `defineOperation` call, indented by `indent`. */
function emitRoute(operation: OperationModel, indent: string): string {
  const fields = [
    `group: '${operation.group}'`,
    `method: '${operation.method}'`,
    `httpMethod: '${operation.httpMethod}'`,
    `path: '${operation.path}'`,
    `pathParams: [${operation.pathParams.map((param) => `{ name: '${param.name}', kind: '${param.kind}' }`).join(', ')}]`,
    `queryParams: [${operation.queryParams.map((param) => `'${param.name}'`).join(', ')}]`,
    `body: ${operation.bodyName ? `'${operation.bodyName}'` : 'null'}`,
    `successStatus: ${operation.successStatus}`,
    `response: { kind: '${operation.response.kind}', schema: ${operation.response.name ? `'${operation.response.name}'` : 'null'} }`,
    `idempotent: ${operation.idempotent}`,
  ];
  return fields.map((field) => `${indent}${field},`).join('\n');
}

const CALLER_BY_KIND = { page: 'list', object: 'send', array: 'sendForArray', none: 'sendForNothing' } as const;

function emitOperations(operations: readonly OperationModel[], naming: Naming): string {
  const declarations = operations.map((operation) => emitOperationDeclaration(operation, naming));
  const groups = new Map<string, OperationModel[]>();
  for (const operation of operations) groups.set(operation.group, [...(groups.get(operation.group) ?? []), operation]);
  const groupBlocks = [...groups].map(([group, members]) => {
    const methods = members.map((operation) => {
      const optional = hasRequiredParams(operation) ? '' : ' = {}';
      const docs = [`${operation.httpMethod} ${operation.path}`, ...(operation.deprecated ? ['@deprecated'] : [])];
      return [
        `      /** ${docs.join(' ')} */`,
        `      ${operation.method}: (params: ${typeName(operation)}${optional}, options?: CallOptions) =>`,
        `        call.${CALLER_BY_KIND[operation.response.kind]}(${constName(operation)}, params, options),`,
      ].join('\n');
    });
    return `    ${group}: {\n${methods.join('\n')}\n    },`;
  });
  return [
    GENERATED_HEADER,
    "import { z } from 'zod';",
    "import type { CallOptions } from '@psagate/core';",
    "import type { RouteCaller } from '@psagate/core/provider';",
    "import { type AteraOperation, defineOperation, routesOf } from '../routes/atera-operation';",
    "import { dateTimeInput, guidInput, idParam, pageNumber, pageSize, pathText } from '../schemas/schema-helpers';",
    "import * as schemas from './schemas';",
    '',
    declarations.join('\n\n'),
    '',
    '/** Every operation of Atera API v3, in the order of the spec. */',
    `export const ateraOperations = [\n${operations.map((operation) => `  ${constName(operation)},`).join('\n')}\n] as const;`,
    '',
    '/** Every operation of Atera API v3 as route data: one entry per method and path of the spec, in its order. */',
    'export const ateraRoutes = routesOf(ateraOperations);',
    '',
    '/** `agents.list`, `tickets.updateViaPost`, ...: one per operation. */',
    "export type AteraOperationId = (typeof ateraOperations)[number]['id'];",
    '/** The client groups: `client.<group>.<method>()`. */',
    "export type AteraGroup = (typeof ateraRoutes)[number]['group'];",
    '',
    '/** Binds every operation to a route caller: `client.<group>.<method>(params, options)`. */',
    'export function bindAteraOperations(call: RouteCaller<AteraOperation>) {',
    '  return {',
    groupBlocks.join('\n'),
    '  };',
    '}',
    '',
    'export type AteraOperations = ReturnType<typeof bindAteraOperations>;',
    '',
  ].join('\n');
}

function emitOperationDeclaration(operation: OperationModel, naming: Naming): string {
  const qualified: typeof naming = { ...naming, nameOf: (name, mode) => `schemas.${naming.nameOf(name, mode)}` };
  const fields: string[] = [];
  for (const param of operation.pathParams) {
    const expression = param.schema.$ref ? zodExpression(param.schema, 'request', qualified) : PATH_PARAM_EXPRESSION[param.kind];
    fields.push(`  ${param.name}: ${expression},`);
  }
  for (const param of operation.queryParams) {
    const expression = queryParamExpression(param.name, param.schema, qualified);
    fields.push(`  ${param.name}: ${param.required ? expression : `${expression}.optional()`},`);
  }
  if (operation.body) {
    const body = zodExpression(operation.body, 'request', qualified);
    fields.push(`  body: ${operation.bodyMaxItems === undefined ? body : `${body}.max(${operation.bodyMaxItems})`},`);
  }
  const paramsName = `${constName(operation)}Params`;
  const response = operation.response.schema ? zodExpression(operation.response.schema, 'response', qualified) : 'undefined';
  return [
    `export const ${paramsName} = z.strictObject({${fields.length > 0 ? `\n${fields.join('\n')}\n` : ''}});`,
    `export type ${typeName(operation)} = z.input<typeof ${paramsName}>;`,
    `const ${constName(operation)} = defineOperation({`,
    '  route: {',
    emitRoute(operation, '    '),
    '  },',
    `  params: ${paramsName},`,
    `  response: ${response},`,
    '});',
  ].join('\n');
}

const PATH_PARAM_EXPRESSION = { integer: 'idParam', uuid: 'guidInput', string: 'pathText' } as const;

function queryParamExpression(name: string, schema: OpenApiSchema, naming: SchemaNaming): string {
  if (name === 'page') return 'pageNumber';
  if (name === 'itemsInPage') return 'pageSize';
  return zodExpression(schema, 'request', naming);
}

function hasRequiredParams(operation: OperationModel): boolean {
  return operation.pathParams.length > 0 || operation.body !== undefined || operation.queryParams.some((param) => param.required);
}

/** `agents.listByCustomer` → `agentsListByCustomer` */
function constName(operation: OperationModel): string {
  return `${operation.group}${upperFirst(operation.method)}`;
}

/** `agents.listByCustomer` → `AgentsListByCustomerParams` */
function typeName(operation: OperationModel): string {
  return `${upperFirst(constName(operation))}Params`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
