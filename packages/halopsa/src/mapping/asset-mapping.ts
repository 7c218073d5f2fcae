import type { Device } from '@psagate/core';
import { neutralIdOf, recordIdOf } from '@psagate/core/provider';
import type { HaloAsset } from '../schemas/asset';
import { haloDateOrNull } from './halo-dates';
import { haloRecordSite } from './record-sites';

/** Which asset-type fields hold what, by the names the tenant gave them. */
export interface AssetFieldNames {
  readonly operatingSystem: readonly string[];
  readonly serialNumber: readonly string[];
  readonly ipAddress: readonly string[];
}

/** The value of the first field named one of `names` (case-insensitive), as text. */
export function assetFieldValue(asset: HaloAsset, names: readonly string[]): string | null {
  const wanted = names.map((name) => name.toLowerCase());
  for (const name of wanted) {
    const field = asset.fields?.find((candidate) => candidate.name?.trim().toLowerCase() === name);
    if (!field) continue;
    const value = field.display ?? field.value;
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return String(value).trim();
  }
  return null;
}

const text = (value: string | null | undefined): string | null => (value === null || value === undefined || value.trim() === '' ? null : value.trim());

/**
 * A Halo asset as a neutral device. OS, serial and IP come from the asset type's fields (or
 * `os_override`); Halo knows nothing of reachability, so `online` and `lastSeenAt` are null.
 */
export function toDevice(asset: HaloAsset, fields: AssetFieldNames): Device {
  const name = text(asset.key_field) ?? text(asset.inventory_number) ?? `Asset ${asset.id}`;
  return {
    id: recordIdOf(asset.id, haloRecordSite('asset')),
    provider: 'halopsa',
    raw: asset,
    kind: 'asset',
    name,
    hostname: text(asset.key_field),
    customerId: neutralIdOf(asset.client_id, { zeroIsNone: true }),
    customerName: text(asset.client_name),
    operatingSystem: text(asset.os_override) ?? assetFieldValue(asset, fields.operatingSystem),
    ipAddress: assetFieldValue(asset, fields.ipAddress),
    serialNumber: assetFieldValue(asset, fields.serialNumber),
    online: null,
    lastSeenAt: null,
    createdAt: null,
    updatedAt: haloDateOrNull(asset.last_modified),
  };
}

/**
 * A neutral device as the fields of a Halo asset to save: name, client, and OS, serial and IP
 * written to the first configured field name of each. Halo may require field ids for fields of
 * some asset types; add them through the record when your instance does.
 */
export function toAssetFromDevice(
  device: Pick<Device, 'name'> & Partial<Pick<Device, 'hostname' | 'customerId' | 'operatingSystem' | 'serialNumber' | 'ipAddress'>>,
  fields: AssetFieldNames,
): Partial<HaloAsset> {
  const values: [readonly string[], string | null | undefined][] = [
    [fields.operatingSystem, device.operatingSystem],
    [fields.serialNumber, device.serialNumber],
    [fields.ipAddress, device.ipAddress],
  ];
  const assetFields = values.flatMap(([names, value]) => (value ? [{ name: names[0] as string, value }] : []));
  return {
    key_field: device.hostname ?? device.name,
    ...(device.customerId ? { client_id: Number(device.customerId) } : {}),
    ...(assetFields.length > 0 ? { fields: assetFields } : {}),
  };
}
