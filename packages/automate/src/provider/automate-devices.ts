import { type Device, type DeviceListQuery, type OperationOptions, type Paginated } from '@psagate/core';
import { type DevicesAdapter, integerIdOf } from '@psagate/core/provider';
import type { AutomateClient } from '../client/automate-client';
import { AUTOMATE } from '../mapping/mapping-values';
import { toDevice } from '../mapping/to-device';
import { computerCondition, conditionParams } from './neutral-conditions';

/** Neutral devices: Automate's computers, filtered by customer, name and creation date on the server. */
export class AutomateDevices implements DevicesAdapter {
  constructor(private readonly client: AutomateClient) {}

  list(query: DeviceListQuery, options?: OperationOptions): Paginated<Device> {
    return this.client.computers.list(conditionParams(computerCondition(query)), options).map(toDevice);
  }

  async get(id: string, options?: OperationOptions): Promise<Device> {
    const computerId = integerIdOf(id, { ...AUTOMATE, operation: 'devices.get', field: 'id' });
    return toDevice(await this.client.computers.get({ computerId }, options));
  }
}
