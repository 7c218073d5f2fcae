import { z } from 'zod';
import { haloId, optionalId, optionalNumber, optionalText } from './record-fields';

/** A ticket status (`TStatus`). Names and ids are the tenant's own. */
export const haloStatusSchema = z.looseObject({
  id: haloId,
  name: optionalText,
  shortname: optionalText,
  /** Halo's status category. */
  type: optionalNumber,
  sequence: optionalNumber,
  colour: optionalText,
});
export type HaloStatus = z.output<typeof haloStatusSchema>;

/**
 * A priority as one SLA defines it (`Policy`). The same `priorityid` appears once per SLA; its
 * own `id` is declared as a string in Halo's document.
 */
export const haloPrioritySchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  priorityid: haloId,
  slaid: optionalId,
  name: optionalText,
  fixtime: optionalNumber,
  responsetime: optionalNumber,
  colour: optionalText,
});
export type HaloPriority = z.output<typeof haloPrioritySchema>;

/** A ticket type (`RequestType`). */
export const haloTicketTypeSchema = z.looseObject({
  id: haloId,
  name: optionalText,
  sequence: optionalNumber,
  inactive: z.boolean().nullish(),
  group_id: optionalId,
});
export type HaloTicketType = z.output<typeof haloTicketTypeSchema>;

/** `GET /api/authinfo`: where the instance's authorisation server lives. */
export const haloAuthInfoSchema = z.looseObject({
  auth_url: optionalText,
  tenant_id: z.union([z.string(), z.number()]).nullish(),
});
export type HaloAuthInfo = z.output<typeof haloAuthInfoSchema>;
