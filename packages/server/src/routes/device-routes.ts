import { deviceListQuerySchema, deviceSchema } from '@psagate/core';
import { type RouteSpec, json } from '../route-spec';
import { listResponse } from './list-response';
import { recordIdParam } from './record-id';

const tag = 'Devices';

export const deviceRoutes: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/v1/devices',
    operationId: 'listDevices',
    summary: 'List devices',
    tag,
    auth: true,
    list: true,
    query: deviceListQuerySchema,
    response: { status: 200, description: 'One page of devices.', schema: { name: 'Device', schema: deviceSchema } },
    supported: (capabilities) => capabilities.devices.operations.list,
    handle: (input, services) =>
      listResponse(input, services, {
        resource: 'devices',
        querySchema: deviceListQuerySchema,
        filterModes: services.gateway.capabilities.devices.filters,
        list: (filters) => services.gateway.devices.list(filters),
      }),
  },
  {
    method: 'get',
    path: '/v1/devices/{id}',
    operationId: 'getDevice',
    summary: 'Get a device',
    tag,
    auth: true,
    response: { status: 200, description: 'The device.', schema: { name: 'Device', schema: deviceSchema } },
    problems: [404],
    supported: (capabilities) => capabilities.devices.operations.get,
    handle: async ({ params }, { gateway }) => json(await gateway.devices.get(recordIdParam(params, 'id'))),
  },
];
