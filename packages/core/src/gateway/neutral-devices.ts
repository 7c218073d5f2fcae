import type { Device } from '../models/device';
import { type DeviceListQueryInput, deviceListQuerySchema } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from '../ports/operation-options';
import type { DevicesAdapter, DevicesPort } from '../ports/devices-port';
import type { DeviceOperation, ProviderCapabilities } from '../provider/capabilities';
import { devicePredicate } from './client-filters';
import { NeutralResource } from './neutral-resource';
import { parseId, parseInput, parseOptions } from './parse-input';

export class NeutralDevices extends NeutralResource<DevicesAdapter, DeviceOperation> implements DevicesPort {
  constructor(
    provider: string,
    adapter: DevicesAdapter | undefined,
    private readonly caps: ProviderCapabilities['devices'],
  ) {
    super(provider, 'devices', adapter, caps);
  }

  list(query: DeviceListQueryInput = {}, options?: OperationOptions): Paginated<Device> {
    const list = this.implementation('list');
    const context = this.context('list');
    const parsed = parseInput(deviceListQuerySchema, query, context, 'query');
    const callOptions = parseOptions(options, context);
    const predicate = devicePredicate(parsed, this.caps.filters);
    const records = this.onceEach(list(parsed, callOptions));
    return this.walked('list', callOptions, predicate ? records.filter(predicate) : records);
  }

  async get(id: string | number, options?: OperationOptions): Promise<Device> {
    const get = this.implementation('get');
    const context = this.context('get');
    const deviceId = parseId(id, context);
    const callOptions = parseOptions(options, context);
    return this.run('get', callOptions, () => get(deviceId, callOptions));
  }
}
