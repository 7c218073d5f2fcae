import { z } from 'zod';

/**
 * The native records of "Helpdesk", a tiny fictional PSA used as the example adapter. Response
 * schemas are loose objects, so fields the vendor adds later are kept, not rejected.
 */
export const helpdeskCustomerSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  domain: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type HelpdeskCustomer = z.infer<typeof helpdeskCustomerSchema>;

export const helpdeskTicketStates = ['new', 'waiting', 'working', 'done', 'archived'] as const;

export const helpdeskTicketSchema = z.looseObject({
  id: z.number().int(),
  subject: z.string(),
  body: z.string().nullable(),
  state: z.string(),
  /** 1 (low) to 4 (urgent). */
  urgency: z.number().int(),
  customer_id: z.number().int().nullable(),
  device_id: z.number().int().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type HelpdeskTicket = z.infer<typeof helpdeskTicketSchema>;

export const helpdeskNoteSchema = z.looseObject({
  id: z.number().int(),
  ticket_id: z.number().int(),
  text: z.string(),
  internal: z.boolean(),
  author: z.string().nullable(),
  created_at: z.string(),
});
export type HelpdeskNote = z.infer<typeof helpdeskNoteSchema>;

export const helpdeskDeviceSchema = z.looseObject({
  id: z.number().int(),
  hostname: z.string(),
  customer_id: z.number().int().nullable(),
  os: z.string().nullable(),
  online: z.boolean(),
  last_seen: z.string().nullable(),
});
export type HelpdeskDevice = z.infer<typeof helpdeskDeviceSchema>;

export const helpdeskAlertSchema = z.looseObject({
  id: z.number().int(),
  title: z.string(),
  level: z.enum(['info', 'warn', 'crit']),
  open: z.boolean(),
  device_id: z.number().int().nullable(),
  customer_id: z.number().int().nullable(),
  raised_at: z.string(),
  cleared_at: z.string().nullable(),
});
export type HelpdeskAlert = z.infer<typeof helpdeskAlertSchema>;
