import type { Device } from '../models/device';
import type { DeviceListQuery, DeviceListQueryInput } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from './operation-options';

export interface DevicesPort {
  list(query?: DeviceListQueryInput, options?: OperationOptions): Paginated<Device>;
  get(id: string | number, options?: OperationOptions): Promise<Device>;
}

/** Devices as a provider implements them (see TicketsAdapter for what the gateway does first). */
export interface DevicesAdapter {
  list?(query: DeviceListQuery, options?: OperationOptions): Paginated<Device>;
  get?(id: string, options?: OperationOptions): Promise<Device>;
}
