import { z } from 'zod';
import { alertSeveritySchema, alertStatusSchema, isoDateTimeSchema, rawValueSchema, recordBaseShape, recordIdSchema } from './common';

export const alertSchema = z.object({
  ...recordBaseShape,
  title: z.string(),
  message: z.string().nullable(),
  severity: alertSeveritySchema,
  severityRaw: rawValueSchema,
  status: alertStatusSchema,
  customerId: recordIdSchema.nullable(),
  customerName: z.string().nullable(),
  deviceId: recordIdSchema.nullable(),
  deviceName: z.string().nullable(),
  ticketId: recordIdSchema.nullable(),
  createdAt: isoDateTimeSchema.nullable(),
  resolvedAt: isoDateTimeSchema.nullable(),
});
export type Alert = z.infer<typeof alertSchema>;
