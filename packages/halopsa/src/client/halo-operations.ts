import type { CallOptions, Paginated } from '@psagate/core';
import type { HaloRecordTypes } from '../schemas/record-schemas';
import type { HaloParamKind } from '../routes/halo-route';
import type { haloRoutes } from '../routes/halo-routes';
import type { HaloRouteCaller } from './route-caller';
import { type HaloOperation, haloOperationTable } from './route-operations';

type Route = (typeof haloRoutes)[number];

/** What each kind of parameter accepts. */
interface ParamInputs {
  id: number | string;
  ids: number | string | readonly (number | string)[];
  integer: number;
  boolean: boolean;
  text: string;
  date: string | Date;
}

type Query<R extends Route> = R['query'];
type Required<R extends Route> = R['requiredQuery'][number];
type QueryParams<R extends Route> = {
  -readonly [K in keyof Query<R> as K extends Required<R> ? never : K]?: (Query<R>[K] extends HaloParamKind ? ParamInputs[Query<R>[K]] : never) | undefined;
} & {
  -readonly [K in keyof Query<R> as K extends Required<R> ? K : never]: Query<R>[K] extends HaloParamKind ? ParamInputs[Query<R>[K]] : never;
};
type PathParams<R extends Route> = { -readonly [K in R['pathParams'][number]['name']]: number | string };
type PagingParams<R extends Route> = R['response']['kind'] extends 'page' ? { page_no?: number | undefined; page_size?: number | undefined } : unknown;

/** The params object of a route: path ids, query parameters and, for paged lists, `page_no`/`page_size`. */
export type HaloParams<R extends Route> = PathParams<R> & QueryParams<R> & PagingParams<R>;

type RecordOf<R extends Route> = HaloRecordTypes[R['response']['record']];

/** A record to create: any fields but `id`. */
export type HaloCreate<T> = Partial<T> & { readonly id?: never };
/** A record to update: its `id` and the fields to change. */
export type HaloUpdate<T> = Partial<T> & { readonly id: number | string };

/** Params are optional only when nothing in them is required. */
type ParamsArgs<P> = object extends P ? [params?: P, options?: CallOptions] : [params: P, options?: CallOptions];

type MethodOf<R extends Route> = R['response']['kind'] extends 'page' | 'whole'
  ? (...args: ParamsArgs<HaloParams<R>>) => Paginated<RecordOf<R>>
  : R['response']['kind'] extends 'lookup'
    ? (...args: ParamsArgs<HaloParams<R>>) => Promise<RecordOf<R>[]>
    : R['response']['kind'] extends 'object'
      ? (params: HaloParams<R>, options?: CallOptions) => Promise<RecordOf<R>>
      : R['response']['kind'] extends 'none'
        ? (params: HaloParams<R>, options?: CallOptions) => Promise<void>
        : R['method'] extends 'create'
          ? (record: HaloCreate<RecordOf<R>>, options?: CallOptions) => Promise<RecordOf<R>>
          : (record: HaloUpdate<RecordOf<R>>, options?: CallOptions) => Promise<RecordOf<R>>;

type GroupRecord<G extends Route['group']> = HaloRecordTypes[Extract<Route, { group: G }>['response']['record']];

type GroupOf<G extends Route['group']> = {
  readonly [M in Extract<Route, { group: G }>['method']]: MethodOf<Extract<Route, { group: G; method: M }>>;
} & (Extract<Route, { group: G; body: 'records' }> extends never
  ? unknown
  : {
      /**
       * POSTs several records in one call (with an `id`: updated, without: created) and answers
       * them as saved. Retried after a failure only when every record is an update.
       */
      readonly saveMany: (
        records: readonly (HaloCreate<GroupRecord<G>> | HaloUpdate<GroupRecord<G>>)[],
        options?: CallOptions,
      ) => Promise<GroupRecord<G>[]>;
    });

/** Every route as `client.<group>.<method>()`, typed from the route table. */
export type HaloOperations = { readonly [G in Route['group']]: GroupOf<G> };

/** Binds every route of the table to the caller. */
export function bindHaloOperations(caller: HaloRouteCaller): HaloOperations {
  const groups: Record<string, Record<string, unknown>> = {};
  for (const operation of haloOperationTable) {
    const group = (groups[operation.route.group] ??= {});
    group[operation.route.method] = methodFor(caller, operation);
  }
  for (const create of haloOperationTable) {
    if (create.route.method !== 'create') continue;
    const update = haloOperationTable.find((candidate) => candidate.route.group === create.route.group && candidate.route.method === 'update') as HaloOperation;
    (groups[create.route.group] as Record<string, unknown>).saveMany = async (records: readonly Record<string, unknown>[], options?: CallOptions) => {
      // Only updates: safe to replay. Any create in the batch makes the POST a create, never replayed.
      if (records.every((record) => record.id !== undefined)) return caller.save(update, records, options);
      return caller.save(create, records, options, (record) => (isObject(record) && record.id !== undefined ? update : create));
    };
  }
  return groups as unknown as HaloOperations;
}

function methodFor(caller: HaloRouteCaller, operation: HaloOperation): (...args: never[]) => unknown {
  switch (operation.route.response.kind) {
    case 'page':
      return (params?: unknown, options?: CallOptions) => caller.list(operation, params, options);
    case 'whole':
      return (params?: unknown, options?: CallOptions) => caller.whole(operation, params, options);
    case 'lookup':
      return (params?: unknown, options?: CallOptions) => caller.lookup(operation, params, options);
    case 'object':
      return (params: unknown, options?: CallOptions) => caller.get(operation, params, options);
    case 'none':
      return (params: unknown, options?: CallOptions) => caller.delete(operation, params, options);
    case 'saved':
      return async (record: unknown, options?: CallOptions) => {
        const [saved] = await caller.save(operation, [record], options);
        return saved;
      };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
