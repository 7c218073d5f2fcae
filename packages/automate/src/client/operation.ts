import type { CallOptions, Paginated, RouteOperation } from '@psagate/core';
import type { z } from 'zod';
import type { AutomateRoute } from '../routes/automate-route';
import { type AutomateOperationId, automateRoute } from '../routes/route-lookup';

/** An operation the client can call: its route, the schema of its params, and of its response (or items). */
export type AutomateOperation<P extends z.ZodType = z.ZodType, R extends z.ZodType | undefined = z.ZodType | undefined> = RouteOperation<AutomateOperationId, AutomateRoute, P, R>;

export function defineOperation<P extends z.ZodType, R extends z.ZodType | undefined>(id: AutomateOperationId, params: P, response: R): AutomateOperation<P, R> {
  return { id, route: automateRoute(id), params, response };
}

/** Executes operations; the client methods are thin typed calls into it. */
export interface OperationCaller {
  /** A list walked lazily; `page` and `pageSize` set where the walk starts and its page size. */
  list<P extends z.ZodType, R extends z.ZodType>(operation: AutomateOperation<P, R>, params: z.input<P>, options?: CallOptions): Paginated<z.output<R>>;
  send<P extends z.ZodType, R extends z.ZodType>(operation: AutomateOperation<P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>>;
  sendForNothing<P extends z.ZodType>(operation: AutomateOperation<P, undefined>, params: z.input<P>, options?: CallOptions): Promise<void>;
}

export type { CallOptions };
