import type { Paginated } from '@psagate/core';
import type { z } from 'zod';
import type { AutomateRoute } from '../routes/automate-route';
import { type AutomateOperationId, automateRoute } from '../routes/route-lookup';

/** An operation the client can call: its route, the schema of its params, and of its response (or items). */
export interface AutomateOperation<P extends z.ZodType = z.ZodType, R extends z.ZodType | undefined = z.ZodType | undefined> {
  readonly id: AutomateOperationId;
  readonly route: AutomateRoute;
  readonly params: P;
  readonly response: R;
}

export function defineOperation<P extends z.ZodType, R extends z.ZodType | undefined>(id: AutomateOperationId, params: P, response: R): AutomateOperation<P, R> {
  return { id, route: automateRoute(id), params, response };
}

/** Per-call options every client method takes after its params. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  /** Extra headers for this call (never auth or ClientId: the client sets them). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** Executes operations; the client methods are thin typed calls into it. */
export interface OperationCaller {
  /** A list walked lazily; `page` and `pageSize` set where the walk starts and its page size. */
  list<P extends z.ZodType, R extends z.ZodType>(operation: AutomateOperation<P, R>, params: z.input<P>, options?: CallOptions): Paginated<z.output<R>>;
  send<P extends z.ZodType, R extends z.ZodType>(operation: AutomateOperation<P, R>, params: z.input<P>, options?: CallOptions): Promise<z.output<R>>;
  sendForNothing<P extends z.ZodType>(operation: AutomateOperation<P, undefined>, params: z.input<P>, options?: CallOptions): Promise<void>;
}
