import { z } from 'zod';

/**
 * The bodies Helpdesk accepts for writes. Loose objects: fields given through a neutral input's
 * `native` go to Helpdesk as they are, so a field the vendor adds later can be set before the
 * example knows it.
 */
export const helpdeskNewTicketSchema = z.looseObject({
  subject: z.string(),
  body: z.string().nullable().optional(),
  state: z.string().optional(),
  /** 1 (low) to 4 (urgent). */
  urgency: z.int().optional(),
  customer_id: z.int().nullable().optional(),
  device_id: z.int().nullable().optional(),
});
/** The body of `POST /v1/tickets`. */
export type HelpdeskNewTicket = z.input<typeof helpdeskNewTicketSchema>;

/** The body of `PATCH /v1/tickets/{id}`: any of a new ticket's fields. */
export const helpdeskTicketChangesSchema = helpdeskNewTicketSchema.partial();
export type HelpdeskTicketChanges = z.input<typeof helpdeskTicketChangesSchema>;

/** The body of `POST /v1/tickets/{id}/notes`. */
export const helpdeskNewNoteSchema = z.looseObject({
  text: z.string(),
  internal: z.boolean().optional(),
  author: z.string().nullable().optional(),
});
export type HelpdeskNewNote = z.input<typeof helpdeskNewNoteSchema>;
