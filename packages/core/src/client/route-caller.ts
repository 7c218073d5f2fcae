import type { z } from 'zod';
import { parseInput } from '../gateway/parse-input';
import type { HttpTransport, QueryValue, RequestSpec, TransportResponse } from '../http/http-transport';
import { Paginated } from '../pagination/paginated';
import type { PaginationStrategy } from '../pagination/pagination-strategy';
import type { Route } from './route';
import type { CallOptions, RouteOperation } from './route-operation';

/** Params after their schema parsed them. */
export type ParsedParams = Readonly<Record<string, unknown>>;

/** Any operation the route caller can run. */
export type AnyRouteOperation = RouteOperation<string, Route, z.ZodType, z.ZodType | undefined>;

/** How the list operations of a client are paged. */
export interface RoutePaging {
  readonly strategy: PaginationStrategy;
  /** The param that sets where a walk starts (`page`, Halo `page_no`); the walk sends it, not the query. */
  readonly startPageParam: string;
  /** The param that sets a walk's page size (`itemsInPage`, `pageSize`, Halo `page_size`). */
  readonly pageSizeParam: string;
}

/** What differs between vendors, as hooks; everything else the route caller does the same for all. */
export interface RouteCallerHooks<Op extends AnyRouteOperation = AnyRouteOperation> {
  /** Query parameters besides the route's named ones (Automate's condition and order options). */
  extraQuery?(parsed: ParsedParams, operation: Op): Readonly<Record<string, QueryValue>>;
  /**
   * Runs after the params are parsed and before anything is sent (a list: when its walk starts);
   * throws to refuse the call, e.g. Atera's check of custom field names.
   */
  beforeSend?(parsed: ParsedParams, operation: Op, options: CallOptions | undefined): Promise<void> | void;
}

export interface RouteCallerOptions<Op extends AnyRouteOperation = AnyRouteOperation> {
  readonly transport: HttpTransport;
  /** Paging of list operations: one for the client, or one per operation (Halo names its records per list). */
  readonly paging: RoutePaging | ((operation: Op) => RoutePaging);
  readonly hooks?: RouteCallerHooks<Op> | undefined;
}

/** What `request()` sends besides the route's params. */
export interface RouteRequestOptions<T> extends CallOptions {
  /** A body to send instead of `params.body` (already checked by the caller). */
  readonly body?: unknown;
  /** Validates the response body. */
  readonly schema?: z.ZodType<T> | undefined;
}

/**
 * Runs the operations of a native client built from route data: params are checked against the
 * operation's schema first (bad input sends nothing), then path, query and body are built from the
 * route and sent through the transport; responses (or a list's items) are checked against the
 * operation's response schema. Every provider's client goes through one of these.
 */
export class RouteCaller<Op extends AnyRouteOperation = AnyRouteOperation> {
  readonly transport: HttpTransport;
  readonly #paging: RoutePaging | ((operation: Op) => RoutePaging);
  readonly #hooks: RouteCallerHooks<Op>;

  constructor(options: RouteCallerOptions<Op>) {
    this.transport = options.transport;
    this.#paging = options.paging;
    this.#hooks = options.hooks ?? {};
  }

  /** A paged list, walked lazily. The start-page and page-size params set where the walk starts and its page size. */
  list<P extends z.ZodType, R extends z.ZodType>(operation: Op & RouteOperation<string, Route, P, R>, params: z.input<P>, options?: CallOptions): Paginated<z.output<R>> {
    const paging = typeof this.#paging === 'function' ? this.#paging(operation) : this.#paging;
    const parsed = this.parse(operation, params);
    const { [paging.startPageParam]: startPage, [paging.pageSizeParam]: pageSize, ...rest } = parsed;
    const defaults = { startPage: startPage as number | undefined, pageSize: pageSize as number | undefined, signal: options?.signal };
    const list = this.transport
      .paginate<z.output<R>>({ strategy: paging.strategy, request: this.spec(operation, rest, options), itemSchema: operation.response as z.ZodType<z.output<R>> })
      .withDefaults(defaults);
    const { beforeSend } = this.#hooks;
    if (!beforeSend) return list;
    // The lazy list resolves the walk's options itself, so it needs the params' start page and page size too.
    return Paginated.lazy(async (signal) => {
      // The walk's signal: the call's, unless the walk was given one of its own.
      await beforeSend(parsed, operation, { ...options, signal });
      return list;
    }, list).withDefaults(defaults);
  }

  /** Sends the operation and answers its parsed response. */
  async send<P extends z.ZodType, R extends z.ZodType>(operation: Op & RouteOperation<string, Route, P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>> {
    const response = await this.request(operation, params, { ...options, schema: operation.response as z.ZodType<z.output<R>> });
    return response.data;
  }

  /** Sends an operation whose response is a bare array of `operation.response`. */
  async sendForArray<P extends z.ZodType, R extends z.ZodType>(operation: Op & RouteOperation<string, Route, P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>[]> {
    const response = await this.request(operation, params, { ...options, schema: arrayOf(operation.response as R) });
    return response.data;
  }

  /** Sends an operation that answers nothing worth reading (deletes). */
  async sendForNothing<P extends z.ZodType>(operation: Op & RouteOperation<string, Route, P, undefined>, params: z.input<P>, options?: CallOptions): Promise<void> {
    await this.request(operation, params, options);
  }

  /**
   * Parses, checks and sends one operation, answering the transport's response: for clients that
   * unwrap the vendor's envelopes themselves before validating.
   */
  async request<T = unknown>(operation: Op, params: unknown, options?: RouteRequestOptions<T>): Promise<TransportResponse<T>> {
    const parsed = this.parse(operation, params);
    await this.#hooks.beforeSend?.(parsed, operation, options);
    const spec = this.spec(operation, parsed, options);
    return this.transport.request<T>({ ...spec, ...(options?.body === undefined ? {} : { body: options.body }), schema: options?.schema, signal: options?.signal });
  }

  /** Checks params against the operation's schema; a ValidationError naming each problem sends nothing. */
  parse(operation: Op, params: unknown): ParsedParams {
    return parseInput(operation.params, params, { provider: this.transport.provider, operation: operation.id }, 'params') as ParsedParams;
  }

  /** The request an operation makes for parsed params (without schema and signal). */
  spec(operation: Op, parsed: ParsedParams, options?: CallOptions): Omit<RequestSpec, 'schema' | 'url' | 'signal'> {
    const { route } = operation;
    const pathParams: Record<string, string | number> = {};
    const pathParamKinds: Record<string, Route['pathParams'][number]['kind']> = {};
    for (const param of route.pathParams) {
      pathParams[param.name] = parsed[param.name] as string | number;
      pathParamKinds[param.name] = param.kind;
    }
    const query: Record<string, QueryValue> = { ...this.#hooks.extraQuery?.(parsed, operation) };
    for (const name of route.queryParams) {
      if (parsed[name] !== undefined) query[name] = parsed[name] as QueryValue;
    }
    return {
      operation: operation.id,
      method: route.httpMethod,
      path: route.path,
      pathParams,
      pathParamKinds,
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
