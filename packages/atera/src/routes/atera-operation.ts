import type { RouteOperation } from '@psagate/core/provider';
import type { z } from 'zod';
import type { AteraRoute } from './atera-route';

/** An operation the client can call: its route, the schema of its params, and of its response (or items). */
export type AteraOperation<P extends z.ZodType = z.ZodType, R extends z.ZodType | undefined = z.ZodType | undefined> = RouteOperation<string, AteraRoute, P, R>;

/** What the generated code declares for each operation: its route inline, the schema of its params and of its response. */
export interface AteraOperationDefinition<Route extends AteraRoute, P extends z.ZodType, R extends z.ZodType | undefined> {
  readonly route: Route;
  readonly params: P;
  /** The response's schema (a list's items, a bare array's items), or undefined for an operation that answers nothing. */
  readonly response: R;
}

/** One operation, its id (`agents.list`) made of its route's group and method. */
export function defineOperation<const Route extends AteraRoute, P extends z.ZodType, R extends z.ZodType | undefined>(
  definition: AteraOperationDefinition<Route, P, R>,
): RouteOperation<`${Route['group']}.${Route['method']}`, Route, P, R> {
  const { route, params, response } = definition;
  return { id: `${route.group}.${route.method}`, route, params, response };
}

/** The routes of a table of operations, in its order. */
export function routesOf<const Operations extends readonly AteraOperation[]>(operations: Operations): { readonly [Index in keyof Operations]: Operations[Index]['route'] } {
  return operations.map((operation) => operation.route) as { readonly [Index in keyof Operations]: Operations[Index]['route'] };
}
