import type { RouteOperation } from '@psagate/core/provider';
import type { z } from 'zod';
import { haloRecordSchemas } from '../schemas/record-schemas';
import type { HaloRoute } from '../routes/halo-route';
import { haloRoutes } from '../routes/halo-routes';
import { bodySchemaOf, paramsSchemaOf } from '../routes/param-schemas';

/**
 * One Halo route as core's route caller runs it: its params schema (path ids, query parameters
 * and, for paged lists, `page_no`/`page_size`), the schema of the record it answers (or of a
 * list's records) and, for the routes that POST records, the schema of one record sent.
 */
export interface HaloOperation extends RouteOperation<string, HaloRoute, z.ZodType<Record<string, unknown>>, z.ZodType<unknown>> {
  /** Checks one record of a create or update body before anything is sent; undefined for routes without a body. */
  readonly bodyRecord: z.ZodType<Record<string, unknown>> | undefined;
}

/** The operation of one route. */
export function haloOperationOf(route: HaloRoute): HaloOperation {
  return {
    id: `${route.group}.${route.method}`,
    route,
    params: paramsSchemaOf(route),
    response: haloRecordSchemas[route.response.record] as z.ZodType<unknown>,
    bodyRecord: route.body === null ? undefined : bodySchemaOf(route),
  };
}

/** Every route of the table as an operation, built once: the schemas are the same for every client. */
export const haloOperationTable: readonly HaloOperation[] = (haloRoutes as readonly HaloRoute[]).map(haloOperationOf);
