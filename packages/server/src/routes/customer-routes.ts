import { customerListQuerySchema, customerSchema } from '@psagate/core';
import type { RouteSpec } from '../route-spec';
import { readRoutes } from './read-routes';

export const customerRoutes: readonly RouteSpec[] = readRoutes({
  resource: 'customers',
  noun: 'customer',
  record: { name: 'Customer', schema: customerSchema },
  query: customerListQuerySchema,
});
