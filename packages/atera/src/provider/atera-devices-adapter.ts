import { type CallOptions, type Device, type DeviceKind, type DeviceListQuery, type OperationOptions, Paginated } from '@psagate/core';
import { type DevicesAdapter, integerIdOf } from '@psagate/core/provider';
import type { AteraClient } from '../client/atera-client';
import { type AteraDeviceKind, ateraDeviceKinds, parseDeviceId } from '../mapping/device-ids';
import { toDeviceFromAgent, toDeviceFromGeneric, toDeviceFromHttp, toDeviceFromSnmp, toDeviceFromTcp } from '../mapping/device-mapping';
import { ATERA_ID_SITE } from '../mapping/id-sites';
import type { CustomerDirectory } from './customer-directory';

/**
 * Devices: Atera agents, then its monitored SNMP, HTTP, TCP and generic devices, each kind from its
 * own list. The `kind` filter picks the lists to walk and `customerId` is sent to each of them.
 */
export class AteraDevicesAdapter implements DevicesAdapter {
  constructor(
    private readonly native: AteraClient,
    private readonly directory: CustomerDirectory,
  ) {}

  list(query: DeviceListQuery, options?: OperationOptions): Paginated<Device> {
    const customerId = query.customerId === undefined ? undefined : integerIdOf(query.customerId, { ...ATERA_ID_SITE, operation: 'devices.list', field: 'customerId' });
    const kinds = ateraDeviceKinds.filter((kind) => query.kind?.includes(kind as DeviceKind) ?? true);
    return Paginated.concat(kinds.map((kind) => this.#listOf(kind, customerId, options))).mapPages((items, _page, signal) => this.directory.fillNames(items, signal));
  }

  async get(id: string, options?: OperationOptions): Promise<Device> {
    const { kind, id: deviceId } = parseDeviceId(id);
    const [device] = await this.directory.fillNames([await this.#getOf(kind, deviceId, options)], options?.signal);
    return device as Device;
  }

  #listOf(kind: AteraDeviceKind, customerId: number | undefined, options: CallOptions | undefined): Paginated<Device> {
    const { agents, devices } = this.native;
    switch (kind) {
      case 'agent':
        return (customerId === undefined ? agents.list({}, options) : agents.listByCustomer({ customerId }, options)).map(toDeviceFromAgent);
      case 'snmp':
        return devices.listSnmpDevices({ customerId }, options).map(toDeviceFromSnmp);
      case 'http':
        return devices.listHttpDevices({ customerId }, options).map(toDeviceFromHttp);
      case 'tcp':
        return devices.listTcpDevices({ customerId }, options).map(toDeviceFromTcp);
      case 'generic':
        return devices.listGenericDevices({ customerId }, options).map(toDeviceFromGeneric);
    }
  }

  async #getOf(kind: AteraDeviceKind, deviceId: number, options: CallOptions | undefined): Promise<Device> {
    const { agents, devices } = this.native;
    switch (kind) {
      case 'agent':
        return toDeviceFromAgent(await agents.get({ agentId: deviceId }, options));
      case 'snmp':
        return toDeviceFromSnmp(await devices.getSnmpDevice({ deviceId }, options));
      case 'http':
        return toDeviceFromHttp(await devices.getHttpDevice({ deviceId }, options));
      case 'tcp':
        return toDeviceFromTcp(await devices.getTcpDevice({ deviceId }, options));
      case 'generic':
        return toDeviceFromGeneric(await devices.getGenericDevice({ deviceId }, options));
    }
  }
}
