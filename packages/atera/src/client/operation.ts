import type { RouteOperation } from '@psagate/core';
import type { z } from 'zod';
import type { AteraRoute } from '../routes/atera-route';
import { type AteraOperationId, ateraRoute } from '../routes/route-lookup';

/** An operation the client can call: its route, the schema of its params, and of its response (or items). */
export type AteraOperation<P extends z.ZodType = z.ZodType, R extends z.ZodType | undefined = z.ZodType | undefined> = RouteOperation<AteraOperationId, AteraRoute, P, R>;

export function defineOperation<P extends z.ZodType, R extends z.ZodType | undefined>(id: AteraOperationId, params: P, response: R): AteraOperation<P, R> {
  return { id, route: ateraRoute(id), params, response };
}
