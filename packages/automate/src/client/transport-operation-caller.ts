import { type HttpTransport, type Paginated, type QueryValue, type RequestSpec, parseInput } from '@psagate/core';
import type { z } from 'zod';
import type { RenderOptions } from '../condition/condition';
import { automatePages } from './automate-pages';
import { optionsQuery } from './list-options';
import type { AutomateOperation, CallOptions, OperationCaller } from './operation';

type ParsedParams = Readonly<Record<string, unknown>>;

/** Runs operations over the core transport: params checked first, then path, query and body built from the route. */
export class TransportOperationCaller implements OperationCaller {
  constructor(
    private readonly transport: HttpTransport,
    private readonly render: RenderOptions = {},
  ) {}

  list<P extends z.ZodType, R extends z.ZodType>(operation: AutomateOperation<P, R>, params: z.input<P>, options?: CallOptions): Paginated<z.output<R>> {
    const parsed = this.#parse(operation, params);
    const { page, pageSize, ...rest } = parsed as { page?: number; pageSize?: number };
    return this.transport
      .paginate<z.output<R>>({ strategy: automatePages, request: this.#request(operation, rest, options), itemSchema: operation.response as z.ZodType<z.output<R>> })
      .withDefaults({ startPage: page, pageSize, signal: options?.signal });
  }

  async send<P extends z.ZodType, R extends z.ZodType>(operation: AutomateOperation<P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>> {
    const parsed = this.#parse(operation, params);
    const response = await this.transport.request({
      ...this.#request(operation, parsed, options),
      signal: options?.signal,
      schema: operation.response as z.ZodType<z.output<R>>,
    });
    return response.data;
  }

  async sendForNothing<P extends z.ZodType>(operation: AutomateOperation<P, undefined>, params: z.input<P>, options?: CallOptions): Promise<void> {
    const parsed = this.#parse(operation, params);
    await this.transport.request({ ...this.#request(operation, parsed, options), signal: options?.signal });
  }

  #parse(operation: AutomateOperation, params: unknown): ParsedParams {
    return parseInput(operation.params, params, { provider: 'automate', operation: operation.id }, 'params') as ParsedParams;
  }

  #request(operation: AutomateOperation, parsed: ParsedParams, options: CallOptions | undefined): Omit<RequestSpec, 'schema' | 'url' | 'signal'> {
    const { route } = operation;
    const pathParams: Record<string, string | number> = {};
    for (const name of route.pathParams) pathParams[name] = parsed[name] as string | number;
    const query: Record<string, QueryValue> = route.options === 'none' ? {} : optionsQuery(parsed, this.render);
    for (const name of route.queryParams) {
      if (parsed[name] !== undefined) query[name] = parsed[name] as QueryValue;
    }
    return {
      operation: operation.id,
      method: route.httpMethod,
      path: route.path,
      pathParams,
      pathParamKinds: Object.fromEntries(route.pathParams.map((name) => [name, 'integer' as const])),
      query,
      body: route.body === null ? undefined : parsed.body,
      headers: options?.headers,
      idempotent: route.idempotent,
    };
  }
}
