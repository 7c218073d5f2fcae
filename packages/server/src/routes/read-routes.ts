import type { Gateway, OperationOptions, Paginated } from '@psagate/core';
import type { z } from 'zod';
import { type NamedSchema, type RouteSpec, json } from '../route-spec';
import { listResponse } from './list-response';
import { recordIdParam } from './record-id';

export type ResourceName = 'tickets' | 'devices' | 'alerts' | 'customers';

export interface ReadRoutesOptions {
  /** As in the URL: `/v1/{resource}`. */
  readonly resource: ResourceName;
  /** One record in prose, e.g. `ticket`, `alert`. */
  readonly noun: string;
  readonly record: NamedSchema;
  /** The neutral list query; each key becomes a query parameter. */
  readonly query: z.ZodObject;
  readonly listDescription?: string | undefined;
}

/** The two routes every resource has: a cursor-paginated list and a get by id. */
export function readRoutes(options: ReadRoutesOptions): RouteSpec[] {
  const { resource, noun, record, query } = options;
  const tag = capitalise(resource);
  const article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  return [
    {
      method: 'get',
      path: `/v1/${resource}`,
      operationId: `list${tag}`,
      summary: `List ${resource}`,
      description: options.listDescription,
      tag,
      auth: true,
      list: true,
      query,
      response: { status: 200, description: `One page of ${resource}.`, schema: record },
      supported: (capabilities) => capabilities[resource].operations.list,
      handle: (input, services) =>
        listResponse(input, services, {
          resource,
          querySchema: query,
          filterModes: services.gateway.capabilities[resource].filters,
          list: (filters, options) => readPort(services.gateway, resource).list(filters, options),
        }),
    },
    {
      method: 'get',
      path: `/v1/${resource}/{id}`,
      operationId: `get${capitalise(noun)}`,
      summary: `Get ${article} ${noun}`,
      tag,
      auth: true,
      response: { status: 200, description: `The ${noun}.`, schema: record },
      pathIdFields: ['id'],
      problems: [404],
      supported: (capabilities) => capabilities[resource].operations.get,
      handle: async ({ params, signal }, { gateway }) => json(await readPort(gateway, resource).get(recordIdParam(params, 'id'), { signal })),
    },
  ];
}

/** The read side of a port. Filters were parsed with that port's own query schema. */
interface ReadPort {
  list(filters: object, options: OperationOptions): Paginated<unknown>;
  get(id: string, options: OperationOptions): Promise<unknown>;
}

function readPort(gateway: Gateway, resource: ResourceName): ReadPort {
  return gateway[resource] as unknown as ReadPort;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
