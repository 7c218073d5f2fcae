import type { RouteOperation } from '@psagate/core/provider';
import type { z } from 'zod';
import type { AutomateRoute } from '../routes/automate-route';
import { type AutomateOperationId, automateRoute } from '../routes/route-lookup';

/** An operation the client can call: its route, the schema of its params, and of its response (or items). */
export type AutomateOperation<P extends z.ZodType = z.ZodType, R extends z.ZodType | undefined = z.ZodType | undefined> = RouteOperation<AutomateOperationId, AutomateRoute, P, R>;

export function defineOperation<P extends z.ZodType, R extends z.ZodType | undefined>(id: AutomateOperationId, params: P, response: R): AutomateOperation<P, R> {
  return { id, route: automateRoute(id), params, response };
}

export type { CallOptions } from '@psagate/core';
