import { alertListQuerySchema, alertSchema } from '@psagate/core';
import { type RouteSpec, json } from '../route-spec';
import { readRoutes } from './read-routes';
import { recordIdParam } from './record-id';

const alertRecord = { name: 'Alert', schema: alertSchema };

export const alertRoutes: readonly RouteSpec[] = [
  ...readRoutes({ resource: 'alerts', noun: 'alert', record: alertRecord, query: alertListQuerySchema }),
  {
    method: 'post',
    path: '/v1/alerts/{id}/resolve',
    operationId: 'resolveAlert',
    summary: 'Resolve an alert',
    description: 'Marks the alert resolved where the PSA can. Takes no body.',
    tag: 'Alerts',
    auth: true,
    response: { status: 200, description: 'The alert as it now stands.', schema: alertRecord },
    pathIdFields: ['id'],
    problems: [404, 409],
    supported: (capabilities) => capabilities.alerts.operations.resolve,
    handle: async ({ params, signal }, { gateway }) => json(await gateway.alerts.resolve(recordIdParam(params, 'id'), { signal })),
  },
];
