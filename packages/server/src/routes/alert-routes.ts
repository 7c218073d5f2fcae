import { alertListQuerySchema, alertSchema } from '@psagate/core';
import { type RouteSpec, json } from '../route-spec';
import { listResponse } from './list-response';
import { recordIdParam } from './record-id';

const tag = 'Alerts';

export const alertRoutes: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/v1/alerts',
    operationId: 'listAlerts',
    summary: 'List alerts',
    tag,
    auth: true,
    list: true,
    query: alertListQuerySchema,
    response: { status: 200, description: 'One page of alerts.', schema: { name: 'Alert', schema: alertSchema } },
    supported: (capabilities) => capabilities.alerts.operations.list,
    handle: (input, services) =>
      listResponse(input, services, {
        resource: 'alerts',
        querySchema: alertListQuerySchema,
        filterModes: services.gateway.capabilities.alerts.filters,
        list: (filters) => services.gateway.alerts.list(filters),
      }),
  },
  {
    method: 'get',
    path: '/v1/alerts/{id}',
    operationId: 'getAlert',
    summary: 'Get an alert',
    tag,
    auth: true,
    response: { status: 200, description: 'The alert.', schema: { name: 'Alert', schema: alertSchema } },
    problems: [404],
    supported: (capabilities) => capabilities.alerts.operations.get,
    handle: async ({ params }, { gateway }) => json(await gateway.alerts.get(recordIdParam(params, 'id'))),
  },
  {
    method: 'post',
    path: '/v1/alerts/{id}/resolve',
    operationId: 'resolveAlert',
    summary: 'Resolve an alert',
    description: 'Marks the alert resolved where the PSA can. Takes no body.',
    tag,
    auth: true,
    response: { status: 200, description: 'The alert as it now stands.', schema: { name: 'Alert', schema: alertSchema } },
    problems: [404, 409],
    supported: (capabilities) => capabilities.alerts.operations.resolve,
    handle: async ({ params }, { gateway }) => json(await gateway.alerts.resolve(recordIdParam(params, 'id'))),
  },
];
