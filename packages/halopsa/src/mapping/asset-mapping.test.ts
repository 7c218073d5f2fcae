import { customerSchema, deviceSchema } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { HALO_DEFAULT_ASSET_FIELDS } from '../config';
import type { HaloAsset } from '../schemas/asset';
import { toAssetFromDevice, toDevice } from './asset-mapping';
import { toClientFromCustomer, toCustomer } from './customer-mapping';

describe('mapping Halo assets and clients', () => {
  it('maps a device to asset fields and back without losing the name, client, OS, serial or IP', () => {
    const fields = HALO_DEFAULT_ASSET_FIELDS;
    const saved = { id: 7, ...toAssetFromDevice({ name: 'WS-042', customerId: '12', operatingSystem: 'Windows 11', serialNumber: 'SN1', ipAddress: '10.1.1.1' }, fields) } as HaloAsset;
    const device = toDevice(saved, fields);
    deviceSchema.parse(device);
    expect(device).toMatchObject({ id: '7', name: 'WS-042', hostname: 'WS-042', customerId: '12', operatingSystem: 'Windows 11', serialNumber: 'SN1', ipAddress: '10.1.1.1' });
  });

  it('prefers os_override, falls back to the inventory number for a name, and reads numeric field values', () => {
    const device = toDevice({ id: 8, inventory_number: 'AST-8', os_override: 'macOS 15', fields: [{ name: 'ip address', value: 42 }] }, HALO_DEFAULT_ASSET_FIELDS);
    expect(device).toMatchObject({ name: 'AST-8', hostname: null, operatingSystem: 'macOS 15', ipAddress: '42', serialNumber: null });
  });

  it('maps a customer to a client and back', () => {
    const customer = toCustomer({ id: 3, ...toClientFromCustomer({ name: 'Ivy Labs', domain: 'ivy.example' }) });
    customerSchema.parse(customer);
    expect(customer).toMatchObject({ id: '3', name: 'Ivy Labs', domain: 'ivy.example' });
    expect(toCustomer({ id: 4, name: ' ', website: 'not a url at all' })).toMatchObject({ name: 'Client 4', domain: null });
  });
});
