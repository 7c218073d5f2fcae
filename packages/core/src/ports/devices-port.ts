import type { Device } from '../models/device';
import type { DeviceListQuery, DeviceListQueryInput } from '../models/queries';
import type { Paginated } from '../pagination/paginated';

export interface DevicesPort {
  list(query?: DeviceListQueryInput): Paginated<Device>;
  get(id: string | number): Promise<Device>;
}

/** Devices as a provider implements them (see TicketsAdapter for what the gateway does first). */
export interface DevicesAdapter {
  list?(query: DeviceListQuery): Paginated<Device>;
  get?(id: string): Promise<Device>;
}
