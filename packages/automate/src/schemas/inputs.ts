import { z } from 'zod';
import { automateId } from './records';

/** A record id in a path: a non-negative integer, or a string of digits. */
export const idParam = z.union([
  z.int().nonnegative({ message: 'must be a non-negative integer id' }),
  z.string().trim().regex(/^\d{1,10}$/, { message: 'must be an Automate id (digits only)' }),
]);

/** A reference to another record in a write body: `{ Id }`. */
const reference = z.looseObject({ Id: automateId });

/** The postal address and phone fields client and location writes share. */
const postalAddressWrite = {
  Address1: z.string().optional(),
  Address2: z.string().optional(),
  City: z.string().optional(),
  State: z.string().optional(),
  ZipCode: z.string().optional(),
  Country: z.string().optional(),
  PhoneNumber: z.string().optional(),
};

/** The body of a client create or full update (PUT). Unknown Automate fields pass through. */
export const clientWrite = z.looseObject({
  Name: z.string().trim().min(1, 'Name is required'),
  Company: z.string().optional(),
  FirstName: z.string().optional(),
  LastName: z.string().optional(),
  ...postalAddressWrite,
  FaxNumber: z.string().optional(),
  Comment: z.string().optional(),
});
export type ClientWrite = z.input<typeof clientWrite>;

/** The body of a location create or full update; `Client.Id` is required. */
export const locationWrite = z.looseObject({
  Name: z.string().trim().min(1, 'Name is required'),
  Client: reference,
  ...postalAddressWrite,
  Comments: z.string().optional(),
});
export type LocationWrite = z.input<typeof locationWrite>;

/** The body of a v2 contact create or full update. */
export const contactWrite = z.looseObject({
  FirstName: z.string().optional(),
  LastName: z.string().trim().min(1, 'LastName is required'),
  EmailAddress: z.string().optional(),
  PhoneNumber: z.string().optional(),
  MobileNumber: z.string().optional(),
  Client: reference,
  Location: reference.optional(),
});
export type ContactWrite = z.input<typeof contactWrite>;

/** One JSON-patch operation, as Automate spells it (`Op`, `Path`, `Value`). */
export const patchOperation = z.strictObject({
  Op: z.enum(['replace', 'add', 'remove', 'copy', 'move', 'test']),
  /** `/Name`, `/Address1`... */
  Path: z.string().regex(/^(\/[A-Za-z0-9_]+)+$/, { message: 'must be a property path such as /Name or /Client/Id' }),
  Value: z.unknown().optional(),
  From: z.string().optional(),
});
export type PatchOperation = z.input<typeof patchOperation>;
export const patchDocument = z.array(patchOperation).min(1, 'a patch needs at least one operation');

/** Schedules one script on one computer (POST /Computers/{id}/ScheduledScripts). */
export const scheduledScriptWrite = z.looseObject({
  ScriptId: automateId,
  /** `name=value|name2=value2`, as Automate stores script parameters. */
  Parameters: z.string().optional(),
  Priority: z.int().min(0).max(20).optional(),
  SkipOffline: z.boolean().optional(),
  WakeOffline: z.boolean().optional(),
  /** When to run; now when absent. */
  EffectiveStartDate: z.string().optional(),
});
export type ScheduledScriptWrite = z.input<typeof scheduledScriptWrite>;

/** Schedules one script on many computers at once (the batch endpoint). */
export const batchScriptWrite = z.looseObject({
  EntityType: z.enum(['Computer', 'Location', 'Client', 'Group']).default('Computer'),
  EntityIds: z.array(z.int().nonnegative()).min(1, 'name at least one computer'),
  ScriptId: z.int().nonnegative(),
  Parameters: z.array(z.strictObject({ Key: z.string().min(1), Value: z.string() })).optional(),
  Priority: z.int().min(0).max(20).optional(),
  OfflineActionFlags: z
    .strictObject({ SkipsOfflineAgents: z.boolean().optional(), WakesOfflineAgents: z.boolean().optional(), OnlyRunsOnOfflineAgents: z.boolean().optional() })
    .optional(),
});
export type BatchScriptWrite = z.input<typeof batchScriptWrite>;
