import { type OpenApiDocument, type OpenApiSchema, refName } from './openapi-types';

/**
 * `response` schemas keep fields Atera adds later and accept unknown enum values; `request`
 * schemas are strict, so a typo in a body is caught before anything is sent.
 */
export type SchemaMode = 'response' | 'request';

export interface SchemaNaming {
  /** The TypeScript name of a component schema in one mode. */
  nameOf(schemaName: string, mode: SchemaMode): string;
}

/** The zod expression for one schema. */
export function zodExpression(schema: OpenApiSchema, mode: SchemaMode, naming: SchemaNaming): string {
  const base = baseExpression(schema, mode, naming);
  return schema.nullable ? `${base}.nullable()` : base;
}

function baseExpression(schema: OpenApiSchema, mode: SchemaMode, naming: SchemaNaming): string {
  if (schema.$ref) return naming.nameOf(refName(schema.$ref), mode);
  if (schema.enum) return enumExpression(schema.enum, mode);
  switch (schema.type) {
    case 'string':
      return stringExpression(schema, mode);
    case 'integer':
      return 'z.int()';
    case 'number':
      return 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    case 'array':
      return `z.array(${schema.items ? zodExpression(schema.items, mode, naming) : 'z.unknown()'})`;
    case 'object':
      return schema.properties ? objectExpression(schema, mode, naming) : 'z.record(z.string(), z.unknown())';
    default:
      return 'z.unknown()';
  }
}

export function enumExpression(values: readonly string[], mode: SchemaMode): string {
  const list = `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
  return mode === 'response' ? `openEnum(${list})` : `z.enum(${list})`;
}

function stringExpression(schema: OpenApiSchema, mode: SchemaMode): string {
  if (mode === 'request') {
    if (schema.format === 'date-time') return 'dateTimeInput';
    if (schema.format === 'uuid') return 'guidInput';
  }
  let expression = 'z.string()';
  if (schema.pattern) expression += `.regex(/${schema.pattern.replaceAll('/', '\\/')}/)`;
  if (schema.minLength !== undefined) expression += `.min(${schema.minLength})`;
  return expression;
}

function objectExpression(schema: OpenApiSchema, mode: SchemaMode, naming: SchemaNaming): string {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const expression = zodExpression(property, mode, naming);
    return `  ${propertyKey(name)}: ${required.has(name) ? expression : `${expression}.optional()`},`;
  });
  const factory = mode === 'response' ? 'z.looseObject' : 'z.strictObject';
  return `${factory}({\n${fields.join('\n')}\n})`;
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** Component schemas `schema` refers to, directly or through arrays and properties. */
export function referencedSchemas(schema: OpenApiSchema | undefined, into = new Set<string>()): Set<string> {
  if (!schema) return into;
  if (schema.$ref) into.add(refName(schema.$ref));
  if (schema.items) referencedSchemas(schema.items, into);
  for (const property of Object.values(schema.properties ?? {})) referencedSchemas(property, into);
  return into;
}

/** Every component schema reachable from `roots`, dependencies first. */
export function reachableInOrder(spec: OpenApiDocument, roots: Iterable<string>): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string): void => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`schema ${name} refers to itself; the generator needs z.lazy for that`);
    const schema = spec.components.schemas[name];
    if (!schema) throw new Error(`unknown schema ${name}`);
    visiting.add(name);
    for (const dependency of [...referencedSchemas(schema)].sort()) visit(dependency);
    visiting.delete(name);
    done.add(name);
    ordered.push(name);
  };
  for (const root of [...roots].sort()) visit(root);
  return ordered;
}
