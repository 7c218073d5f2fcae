import { z } from 'zod';
import { haloCustomFieldSchema, haloId, optionalDate, optionalFlag, optionalId, optionalText } from './record-fields';

/**
 * One type-specific field of an asset (`FieldHelper`). Operating system, serial number and IP
 * address live here under names each Halo tenant chooses ("Operating System", "Serial Number"...).
 */
export const haloAssetFieldSchema = z.looseObject({
  id: optionalId,
  name: optionalText,
  value: z.unknown().optional(),
  display: optionalText,
});
export type HaloAssetField = z.output<typeof haloAssetFieldSchema>;

/** An asset (Halo's `Device`, and `Device_List` in lists). */
export const haloAssetSchema = z.looseObject({
  id: haloId,
  inventory_number: optionalText,
  /** The primary display field, usually the device name. */
  key_field: optionalText,
  key_field2: optionalText,
  key_field3: optionalText,
  client_id: optionalId,
  client_name: optionalText,
  site_id: optionalId,
  site_name: optionalText,
  username: optionalText,
  assettype_id: optionalId,
  assettype_name: optionalText,
  status_id: optionalId,
  status_name: optionalText,
  inactive: optionalFlag,
  warranty_end: optionalDate,
  notes: optionalText,
  last_modified: optionalDate,
  os_override: optionalText,
  fields: z.array(haloAssetFieldSchema).nullish(),
  customfields: z.array(haloCustomFieldSchema).nullish(),
  automate_id: optionalId,
  ninjarmm_id: optionalId,
  datto_id: optionalText,
});
export type HaloAsset = z.output<typeof haloAssetSchema>;
