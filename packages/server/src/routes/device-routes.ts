import { deviceListQuerySchema, deviceSchema } from '@psagate/core';
import type { RouteSpec } from '../route-spec';
import { readRoutes } from './read-routes';

export const deviceRoutes: readonly RouteSpec[] = readRoutes({
  resource: 'devices',
  noun: 'device',
  record: { name: 'Device', schema: deviceSchema },
  query: deviceListQuerySchema,
});
