import { type Device, type DeviceKind, type DeviceListQuery, type DevicesAdapter, Paginated } from '@psagate/core';
import type { AteraClient } from '../client/atera-client';
import { ateraIntegerId } from './atera-ids';
import type { CustomerDirectory } from './customer-directory';
import { type AteraDeviceKind, ateraDeviceKinds, parseDeviceId } from './device-ids';
import { deviceFromAgent, deviceFromGeneric, deviceFromHttp, deviceFromSnmp, deviceFromTcp } from './device-mapping';

/**
 * Devices: Atera agents, then its monitored SNMP, HTTP, TCP and generic devices, each kind from its
 * own list. The `kind` filter picks the lists to walk and `customerId` is sent to each of them.
 */
export class AteraDevicesAdapter implements DevicesAdapter {
  constructor(
    private readonly native: AteraClient,
    private readonly directory: CustomerDirectory,
  ) {}

  list(query: DeviceListQuery): Paginated<Device> {
    const customerId = query.customerId === undefined ? undefined : ateraIntegerId(query.customerId, { operation: 'devices.list', field: 'customerId' });
    const kinds = ateraDeviceKinds.filter((kind) => query.kind?.includes(kind as DeviceKind) ?? true);
    return Paginated.concat(kinds.map((kind) => this.#listOf(kind, customerId))).mapPages((items) => this.directory.fillNames(items));
  }

  async get(id: string): Promise<Device> {
    const { kind, id: deviceId } = parseDeviceId(id);
    const [device] = await this.directory.fillNames([await this.#getOf(kind, deviceId)]);
    return device as Device;
  }

  #listOf(kind: AteraDeviceKind, customerId: number | undefined): Paginated<Device> {
    const { agents, devices } = this.native;
    switch (kind) {
      case 'agent':
        return (customerId === undefined ? agents.list() : agents.listByCustomer({ customerId })).map(deviceFromAgent);
      case 'snmp':
        return devices.listSnmpDevices({ customerId }).map(deviceFromSnmp);
      case 'http':
        return devices.listHttpDevices({ customerId }).map(deviceFromHttp);
      case 'tcp':
        return devices.listTcpDevices({ customerId }).map(deviceFromTcp);
      case 'generic':
        return devices.listGenericDevices({ customerId }).map(deviceFromGeneric);
    }
  }

  async #getOf(kind: AteraDeviceKind, deviceId: number): Promise<Device> {
    const { agents, devices } = this.native;
    switch (kind) {
      case 'agent':
        return deviceFromAgent(await agents.get({ agentId: deviceId }));
      case 'snmp':
        return deviceFromSnmp(await devices.getSnmpDevice({ deviceId }));
      case 'http':
        return deviceFromHttp(await devices.getHttpDevice({ deviceId }));
      case 'tcp':
        return deviceFromTcp(await devices.getTcpDevice({ deviceId }));
      case 'generic':
        return deviceFromGeneric(await devices.getGenericDevice({ deviceId }));
    }
  }
}
