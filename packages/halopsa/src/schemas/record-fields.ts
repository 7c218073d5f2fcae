import { z } from 'zod';

/**
 * Field builders for Halo records. Almost every Halo field is nullable and list responses carry a
 * reduced column set, so every field but `id` may be missing or null. Records are loose objects:
 * the hundreds of columns we do not name are kept, not rejected.
 */
export const haloId = z.int();
export const optionalId = z.number().int().nullish();
export const optionalNumber = z.number().nullish();
export const optionalText = z.string().nullish();
export const optionalFlag = z.boolean().nullish();
/** Halo dates are ISO 8601 strings (UTC, usually without an offset); `1900-01-01` is Halo's "no date". */
export const optionalDate = z.string().nullish();

/** `customfields` entries: `{ id, name, label, type, value, display }`. */
export const haloCustomFieldSchema = z.looseObject({
  id: optionalId,
  name: optionalText,
  label: optionalText,
  type: optionalNumber,
  value: z.unknown().optional(),
  display: optionalText,
});
export type HaloCustomField = z.output<typeof haloCustomFieldSchema>;
