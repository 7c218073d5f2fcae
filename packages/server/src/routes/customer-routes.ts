import { customerListQuerySchema, customerSchema } from '@psagate/core';
import { type RouteSpec, json } from '../route-spec';
import { listResponse } from './list-response';
import { recordIdParam } from './record-id';

const tag = 'Customers';

export const customerRoutes: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/v1/customers',
    operationId: 'listCustomers',
    summary: 'List customers',
    tag,
    auth: true,
    list: true,
    query: customerListQuerySchema,
    response: { status: 200, description: 'One page of customers.', schema: { name: 'Customer', schema: customerSchema } },
    supported: (capabilities) => capabilities.customers.operations.list,
    handle: (input, services) =>
      listResponse(input, services, {
        resource: 'customers',
        querySchema: customerListQuerySchema,
        filterModes: services.gateway.capabilities.customers.filters,
        list: (filters) => services.gateway.customers.list(filters),
      }),
  },
  {
    method: 'get',
    path: '/v1/customers/{id}',
    operationId: 'getCustomer',
    summary: 'Get a customer',
    tag,
    auth: true,
    response: { status: 200, description: 'The customer.', schema: { name: 'Customer', schema: customerSchema } },
    problems: [404],
    supported: (capabilities) => capabilities.customers.operations.get,
    handle: async ({ params }, { gateway }) => json(await gateway.customers.get(recordIdParam(params, 'id'))),
  },
];
