import type { Gateway, OperationOptions, Paginated } from '@psagate/core';
import type { ResourceName } from '../output/resources';

/** What list, get and export need from any neutral resource of the gateway. */
export interface ReadableResource {
  list(query?: Readonly<Record<string, unknown>>, options?: OperationOptions): Paginated<unknown>;
  get(id: string, options?: OperationOptions): Promise<unknown>;
}

export function resourceOf(gateway: Gateway, resource: ResourceName): ReadableResource {
  return gateway[resource] as unknown as ReadableResource;
}
