import { z } from 'zod';
import { recordIdInputSchema, ticketPrioritySchema, ticketStatusSchema } from './common';

/** Provider-specific fields sent as they are, for what the neutral model has no word for. */
const nativeFieldsSchema = z.record(z.string(), z.unknown());

const descriptionSchema = z.string().max(100_000, 'is longer than 100,000 characters');
const titleSchema = z.string().trim().min(1, 'must not be empty').max(500, 'is longer than 500 characters');

export const ticketCreateInputSchema = z.strictObject({
  title: titleSchema,
  description: descriptionSchema.optional(),
  status: ticketStatusSchema.optional(),
  priority: ticketPrioritySchema.optional(),
  customerId: recordIdInputSchema.optional(),
  deviceId: recordIdInputSchema.optional(),
  assigneeId: recordIdInputSchema.optional(),
  contact: z
    .strictObject({
      id: recordIdInputSchema.optional(),
      name: z.string().trim().min(1).optional(),
      email: z.email('must be an email address').optional(),
    })
    .optional(),
  native: nativeFieldsSchema.optional(),
});
export type TicketCreateInput = z.input<typeof ticketCreateInputSchema>;
export type TicketCreate = z.output<typeof ticketCreateInputSchema>;

export const ticketUpdateInputSchema = z
  .strictObject({
    title: titleSchema.optional(),
    description: descriptionSchema.optional(),
    status: ticketStatusSchema.optional(),
    priority: ticketPrioritySchema.optional(),
    assigneeId: recordIdInputSchema.nullable().optional(),
    native: nativeFieldsSchema.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    message: 'must change at least one field (title, description, status, priority, assigneeId or native)',
  });
export type TicketUpdateInput = z.input<typeof ticketUpdateInputSchema>;
export type TicketUpdate = z.output<typeof ticketUpdateInputSchema>;

export const commentCreateInputSchema = z.strictObject({
  body: z.string().trim().min(1, 'must not be empty').max(100_000, 'is longer than 100,000 characters'),
  /** Internal notes are hidden from the end user. Defaults to false. */
  isInternal: z.boolean().default(false),
  authorEmail: z.email('must be an email address').optional(),
  native: nativeFieldsSchema.optional(),
});
export type CommentCreateInput = z.input<typeof commentCreateInputSchema>;
export type CommentCreate = z.output<typeof commentCreateInputSchema>;
