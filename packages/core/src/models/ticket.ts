import { z } from 'zod';
import {
  isoDateTimeSchema,
  rawValueSchema,
  recordBaseShape,
  recordIdSchema,
  ticketPrioritySchema,
  ticketStatusSchema,
} from './common';

/** The person a ticket is about or was raised by. */
export const ticketContactSchema = z.object({
  id: recordIdSchema.nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
});
export type TicketContact = z.infer<typeof ticketContactSchema>;

export const ticketSchema = z.object({
  ...recordBaseShape,
  /** Human-facing ticket number when the PSA has one besides the id. */
  number: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  status: ticketStatusSchema,
  statusRaw: rawValueSchema,
  priority: ticketPrioritySchema,
  priorityRaw: rawValueSchema,
  customerId: recordIdSchema.nullable(),
  customerName: z.string().nullable(),
  deviceId: recordIdSchema.nullable(),
  contact: ticketContactSchema.nullable(),
  assigneeId: recordIdSchema.nullable(),
  assigneeName: z.string().nullable(),
  createdAt: isoDateTimeSchema.nullable(),
  updatedAt: isoDateTimeSchema.nullable(),
  resolvedAt: isoDateTimeSchema.nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;
