import type { CallOptions, Paginated, RouteOperation } from '@psagate/core';
import type { z } from 'zod';
import type { AteraRoute } from '../routes/atera-route';
import { type AteraOperationId, ateraRoute } from '../routes/route-lookup';

/** An operation the client can call: its route, the schema of its params, and of its response (or items). */
export type AteraOperation<P extends z.ZodType = z.ZodType, R extends z.ZodType | undefined = z.ZodType | undefined> = RouteOperation<AteraOperationId, AteraRoute, P, R>;

export function defineOperation<P extends z.ZodType, R extends z.ZodType | undefined>(id: AteraOperationId, params: P, response: R): AteraOperation<P, R> {
  return { id, route: ateraRoute(id), params, response };
}

/** Executes operations; the generated client methods are thin typed calls into it. */
export interface OperationCaller {
  /** A paged list, walked lazily. `page` and `itemsInPage` set where the walk starts and its page size. */
  list<P extends z.ZodType, R extends z.ZodType>(operation: AteraOperation<P, R>, params: z.input<P>, options?: CallOptions): Paginated<z.output<R>>;
  send<P extends z.ZodType, R extends z.ZodType>(operation: AteraOperation<P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>>;
  sendForArray<P extends z.ZodType, R extends z.ZodType>(operation: AteraOperation<P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>[]>;
  sendForNothing<P extends z.ZodType>(operation: AteraOperation<P, undefined>, params: z.input<P>, options?: CallOptions): Promise<void>;
}

export type { CallOptions };
