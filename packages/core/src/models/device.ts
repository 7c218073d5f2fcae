import { z } from 'zod';
import { isoDateTimeSchema, recordBaseShape, recordIdSchema } from './common';

/**
 * What a device is to the PSA: a machine running its agent, or something monitored from the
 * outside (SNMP, HTTP, TCP, generic), or an asset record.
 */
export const deviceKinds = ['agent', 'snmp', 'http', 'tcp', 'generic', 'asset', 'other'] as const;
export const deviceKindSchema = z.enum(deviceKinds);
export type DeviceKind = z.infer<typeof deviceKindSchema>;

export const deviceSchema = z.object({
  ...recordBaseShape,
  kind: deviceKindSchema,
  name: z.string(),
  hostname: z.string().nullable(),
  customerId: recordIdSchema.nullable(),
  customerName: z.string().nullable(),
  operatingSystem: z.string().nullable(),
  ipAddress: z.string().nullable(),
  serialNumber: z.string().nullable(),
  /** Null when the PSA does not know (or does not monitor) reachability. */
  online: z.boolean().nullable(),
  lastSeenAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema.nullable(),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type Device = z.infer<typeof deviceSchema>;
