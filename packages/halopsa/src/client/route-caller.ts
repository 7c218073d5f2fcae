import { type HttpTransport, Paginated, type PsaErrorContext, type QueryValue, type ReferenceCache, type RequestSpec, parseInput } from '@psagate/core';
import type { z } from 'zod';
import { haloRecordSchemas } from '../records/record-schemas';
import type { HaloRoute } from '../routes/halo-route';
import { bodySchemaOf, paramsSchemaOf } from '../routes/param-schemas';
import type { CallOptions } from './call-options';
import { haloPages } from './halo-pages';
import { recordsOf, savedRecordsOf, singleRecordOf } from './response-shapes';

/** Cache tag of reference lists (statuses, priorities, ticket types, agents). */
export const REFERENCE_TAG = 'halo-reference';

/** A list Halo answers whole is still handed out in pages of at most this many. */
const WHOLE_LIST_PAGE_SIZE = 100;

/**
 * Runs routes over the core transport: params are checked against the route's schema first (so
 * bad input sends nothing), then path, query and body are built from the route, and the answer is
 * unwrapped from whichever shape Halo chose and checked against the record schema.
 */
export class HaloRouteCaller {
  readonly #params = new WeakMap<HaloRoute, ReturnType<typeof paramsSchemaOf>>();
  readonly #bodies = new WeakMap<HaloRoute, ReturnType<typeof bodySchemaOf>>();

  constructor(
    private readonly transport: HttpTransport,
    private readonly cache: ReferenceCache,
  ) {}

  /** A list walked with `pageinate=true`; `page_no` and `page_size` set where it starts and its page size. */
  list(route: HaloRoute, params: unknown, options?: CallOptions): Paginated<unknown> {
    const { page_no, page_size, ...rest } = this.#parse(route, params) as { page_no?: number; page_size?: number };
    return this.transport
      .paginate<unknown>({ strategy: haloPages(route.response.key), request: this.#request(route, rest, options), itemSchema: schemaOf(route) })
      .withDefaults({ startPage: page_no, pageSize: page_size, signal: options?.signal });
  }

  /** A list Halo does not page: fetched whole when iterated, handed out in pages. */
  whole(route: HaloRoute, params: unknown, options?: CallOptions): Paginated<unknown> {
    const request = this.#request(route, this.#parse(route, params), options);
    const context = this.#context(route);
    const records = async (signal: AbortSignal | undefined): Promise<unknown[]> => {
      const response = await this.transport.request({ ...request, signal: signal ?? options?.signal });
      return this.#validateAll(route, recordsOf(response.data, route.response.key, context, this.#redact), context);
    };
    return new Paginated<unknown>(
      async function* ({ pageSize, startPage, signal }) {
        const items = await records(signal);
        const totalPages = Math.ceil(items.length / pageSize);
        for (let pageNumber = startPage; pageNumber <= totalPages; pageNumber++) {
          yield { items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize), pageNumber, pageSize, totalItems: items.length, totalPages };
        }
      },
      { defaultPageSize: WHOLE_LIST_PAGE_SIZE, maxPageSize: 1000, supportsStartPage: true, defaultConcurrency: 1, defaultMaxPages: 100_000 },
      context,
    );
  }

  /** Reference data: one unpaged GET, cached (per route and params) until the cache's TTL or `forgetReferenceData()`. */
  async lookup(route: HaloRoute, params: unknown, options?: CallOptions): Promise<unknown[]> {
    const request = this.#request(route, this.#parse(route, params), options);
    const context = this.#context(route);
    const query = Object.entries(request.query ?? {}).map(([name, value]) => `${name}=${String(value)}`);
    const key = `${route.group}.${route.method}?${query.sort().join('&')}`;
    const load = async (): Promise<unknown[]> => {
      const response = await this.transport.request({ ...request, signal: options?.signal });
      return this.#validateAll(route, recordsOf(response.data, route.response.key, context, this.#redact), context);
    };
    const records = await this.cache.getOrLoad(key, load, { tags: [REFERENCE_TAG, `halo-${route.group}`] });
    return [...records];
  }

  async get(route: HaloRoute, params: unknown, options?: CallOptions): Promise<unknown> {
    const response = await this.transport.request({ ...this.#request(route, this.#parse(route, params), options), signal: options?.signal });
    const context = { ...this.#context(route), status: response.status };
    return this.transport.validate(schemaOf(route), singleRecordOf(response.data, route.response.key, context, this.#redact), context);
  }

  /**
   * POSTs records as Halo's array body and answers the saved records. Each record is checked as
   * `checkAs` says (a create or an update) before anything is sent.
   */
  async save(route: HaloRoute, records: readonly unknown[], options?: CallOptions, checkAs: (record: unknown) => HaloRoute = () => route): Promise<unknown[]> {
    const context = this.#context(route);
    const body = records.map((record, index) =>
      parseInput(this.#bodySchema(checkAs(record)), record, { provider: 'halopsa', operation: `${route.group}.${route.method}` }, records.length > 1 ? `record ${index}` : 'record'),
    );
    const response = await this.transport.request({ ...this.#request(route, {}, options), body, signal: options?.signal });
    return this.#validateAll(route, savedRecordsOf(response.data, route.response.key, { ...context, status: response.status }, this.#redact), context);
  }

  async delete(route: HaloRoute, params: unknown, options?: CallOptions): Promise<void> {
    await this.transport.request({ ...this.#request(route, this.#parse(route, params), options), signal: options?.signal });
  }

  /** Forgets cached reference lists, after statuses, priorities or agents changed in Halo. */
  forgetReferenceData(): void {
    this.cache.invalidateTag(REFERENCE_TAG);
  }

  #validateAll(route: HaloRoute, records: readonly unknown[], context: PsaErrorContext): unknown[] {
    const schema = schemaOf(route);
    return records.map((record, index) => this.transport.validate(schema, record, context, `${route.response.key}[${index}]`));
  }

  #parse(route: HaloRoute, params: unknown): Record<string, unknown> {
    let schema = this.#params.get(route);
    if (!schema) {
      schema = paramsSchemaOf(route);
      this.#params.set(route, schema);
    }
    return parseInput(schema, params, { provider: 'halopsa', operation: `${route.group}.${route.method}` }, 'params');
  }

  #bodySchema(route: HaloRoute): ReturnType<typeof bodySchemaOf> {
    let schema = this.#bodies.get(route);
    if (!schema) {
      schema = bodySchemaOf(route);
      this.#bodies.set(route, schema);
    }
    return schema;
  }

  readonly #redact = (text: string): string => this.transport.redact(text);

  #context(route: HaloRoute): PsaErrorContext {
    return { provider: 'halopsa', operation: `${route.group}.${route.method}`, method: route.httpMethod, path: route.path };
  }

  #request(route: HaloRoute, parsed: Record<string, unknown>, options: CallOptions | undefined): Omit<RequestSpec, 'schema' | 'url' | 'signal'> {
    const pathParams: Record<string, number> = {};
    for (const name of route.pathParams) pathParams[name] = parsed[name] as number;
    const query: Record<string, QueryValue> = {};
    for (const name of Object.keys(route.query)) {
      if (parsed[name] !== undefined) query[name] = parsed[name] as QueryValue;
    }
    return {
      operation: `${route.group}.${route.method}`,
      method: route.httpMethod,
      path: route.path,
      pathParams,
      pathParamKinds: Object.fromEntries(route.pathParams.map((name) => [name, 'integer' as const])),
      query,
      headers: options?.headers,
      idempotent: route.idempotent,
    };
  }
}

function schemaOf(route: HaloRoute): z.ZodType<unknown> {
  return haloRecordSchemas[route.response.record] as z.ZodType<unknown>;
}
