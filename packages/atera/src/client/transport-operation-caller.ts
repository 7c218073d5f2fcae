import { type HttpTransport, type Paginated, type QueryValue, type RequestSpec, parseInput } from '@psagate/core';
import type { z } from 'zod';
import type { AteraOperation, CallOptions, OperationCaller } from './operation';
import { ateraPages } from './atera-pages';
import type { CustomFieldCheck } from './custom-field-check';

type ParsedParams = Readonly<Record<string, unknown>>;

/** Runs operations over the core transport: params checked first, then path, query and body built from the route. */
export class TransportOperationCaller implements OperationCaller {
  constructor(
    private readonly transport: HttpTransport,
    private readonly customFields?: CustomFieldCheck,
  ) {}

  list<P extends z.ZodType, R extends z.ZodType>(operation: AteraOperation<P, R>, params: z.input<P>, options?: CallOptions): Paginated<z.output<R>> {
    const parsed = this.#parse(operation, params);
    const { page, itemsInPage, ...rest } = parsed as { page?: number; itemsInPage?: number };
    return this.transport
      .paginate<z.output<R>>({ strategy: ateraPages, request: this.#request(operation, rest, options), itemSchema: operation.response as z.ZodType<z.output<R>> })
      .withDefaults({ startPage: page, pageSize: itemsInPage, signal: options?.signal });
  }

  async send<P extends z.ZodType, R extends z.ZodType>(operation: AteraOperation<P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>> {
    const response = await this.transport.request({ ...(await this.#prepare(operation, params, options)), schema: operation.response as z.ZodType<z.output<R>> });
    return response.data;
  }

  async sendForArray<P extends z.ZodType, R extends z.ZodType>(operation: AteraOperation<P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>[]> {
    const response = await this.transport.request({ ...(await this.#prepare(operation, params, options)), schema: arrayOf(operation.response) });
    return response.data;
  }

  async sendForNothing<P extends z.ZodType>(operation: AteraOperation<P, undefined>, params: z.input<P>, options?: CallOptions): Promise<void> {
    await this.transport.request(await this.#prepare(operation, params, options));
  }

  async #prepare(operation: AteraOperation, params: unknown, options: CallOptions | undefined): Promise<RequestSpec & { signal?: AbortSignal | undefined }> {
    const parsed = this.#parse(operation, params);
    if (this.customFields && typeof parsed.fieldName === 'string') await this.customFields.check(operation.route, operation.id, parsed.fieldName);
    return { ...this.#request(operation, parsed, options), signal: options?.signal };
  }

  #parse(operation: AteraOperation, params: unknown): ParsedParams {
    return parseInput(operation.params, params, { provider: 'atera', operation: operation.id }, 'params') as ParsedParams;
  }

  #request(operation: AteraOperation, parsed: ParsedParams, options: CallOptions | undefined): Omit<RequestSpec, 'schema' | 'url' | 'signal'> {
    const { route } = operation;
    const pathParams: Record<string, string | number> = {};
    for (const param of route.pathParams) pathParams[param.name] = parsed[param.name] as string | number;
    const query: Record<string, QueryValue> = {};
    for (const name of route.queryParams) {
      if (parsed[name] !== undefined) query[name] = parsed[name] as QueryValue;
    }
    return {
      operation: operation.id,
      method: route.httpMethod,
      path: route.path,
      pathParams,
      pathParamKinds: Object.fromEntries(route.pathParams.map((param) => [param.name, param.kind])),
      query,
      body: route.body === null ? undefined : parsed.body,
      headers: options?.headers,
      idempotent: route.idempotent,
    };
  }
}

const arrays = new WeakMap<z.ZodType, z.ZodType>();

function arrayOf<R extends z.ZodType>(item: R): z.ZodType<z.output<R>[]> {
  let schema = arrays.get(item);
  if (!schema) {
    schema = item.array();
    arrays.set(item, schema);
  }
  return schema as z.ZodType<z.output<R>[]>;
}
