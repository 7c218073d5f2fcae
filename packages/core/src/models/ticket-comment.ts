import { z } from 'zod';
import { isoDateTimeSchema, recordBaseShape, recordIdSchema } from './common';

export const ticketCommentSchema = z.object({
  ...recordBaseShape,
  ticketId: recordIdSchema,
  body: z.string(),
  /** The HTML form when the PSA stores one. */
  bodyHtml: z.string().nullable(),
  /** Internal notes are hidden from the end user. */
  isInternal: z.boolean(),
  authorName: z.string().nullable(),
  authorEmail: z.string().nullable(),
  createdAt: isoDateTimeSchema.nullable(),
});
export type TicketComment = z.infer<typeof ticketCommentSchema>;
