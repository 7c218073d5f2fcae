/** The parts of an OpenAPI 3.0 document the Atera generator reads. */
export interface OpenApiSchema {
  readonly type?: string;
  readonly format?: string;
  readonly nullable?: boolean;
  readonly enum?: readonly string[];
  readonly items?: OpenApiSchema;
  readonly properties?: Readonly<Record<string, OpenApiSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | OpenApiSchema;
  readonly $ref?: string;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly readOnly?: boolean;
  readonly deprecated?: boolean;
}

export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema: OpenApiSchema;
}

export interface OpenApiMediaType {
  readonly schema?: OpenApiSchema;
}

export interface OpenApiOperation {
  readonly tags?: readonly string[];
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { readonly content: Readonly<Record<string, OpenApiMediaType>> };
  readonly responses: Readonly<Record<string, { readonly content?: Readonly<Record<string, OpenApiMediaType>> }>>;
  readonly deprecated?: boolean;
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, OpenApiSchema>> };
}

export const HTTP_METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

/** `#/components/schemas/AgentDto` → `AgentDto`. */
export function refName(ref: string): string {
  const name = ref.split('/').pop();
  if (!name) throw new Error(`unsupported $ref ${ref}`);
  return name;
}
