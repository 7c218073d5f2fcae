import type { Device } from '../models/device';
import { type DeviceListQueryInput, deviceListQuerySchema } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { DevicesAdapter, DevicesPort } from '../ports/devices-port';
import type { DeviceOperation, ProviderCapabilities } from '../provider/capabilities';
import { devicePredicate } from './client-filters';
import { NeutralResource } from './neutral-resource';
import { parseId, parseInput } from './parse-input';

export class NeutralDevices extends NeutralResource<DevicesAdapter, DeviceOperation> implements DevicesPort {
  constructor(
    provider: string,
    adapter: DevicesAdapter | undefined,
    private readonly caps: ProviderCapabilities['devices'],
  ) {
    super(provider, 'devices', adapter, caps);
  }

  list(query: DeviceListQueryInput = {}): Paginated<Device> {
    const list = this.implementation('list');
    const parsed = parseInput(deviceListQuerySchema, query, this.context('list'), 'query');
    const predicate = devicePredicate(parsed, this.caps.filters);
    const records = this.onceEach(list(parsed));
    return predicate ? records.filter(predicate) : records;
  }

  async get(id: string | number): Promise<Device> {
    return this.implementation('get')(parseId(id, this.context('get')));
  }
}
