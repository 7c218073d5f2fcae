import { z } from 'zod';
import {
  alertSeveritySchema,
  alertStatusSchema,
  dateInputSchema,
  oneOrMany,
  recordIdInputSchema,
  ticketPrioritySchema,
  ticketStatusSchema,
} from './common';
import { deviceKindSchema } from './device';

const searchSchema = z.string().trim().min(1, 'must not be empty');

export const ticketListQuerySchema = z.strictObject({
  status: oneOrMany(ticketStatusSchema).optional(),
  priority: oneOrMany(ticketPrioritySchema).optional(),
  customerId: recordIdInputSchema.optional(),
  deviceId: recordIdInputSchema.optional(),
  /** Case-insensitive text match on number, title and description. */
  search: searchSchema.optional(),
  updatedSince: dateInputSchema.optional(),
  createdSince: dateInputSchema.optional(),
});
export type TicketListQueryInput = z.input<typeof ticketListQuerySchema>;
export type TicketListQuery = z.output<typeof ticketListQuerySchema>;

export const deviceListQuerySchema = z.strictObject({
  kind: oneOrMany(deviceKindSchema).optional(),
  customerId: recordIdInputSchema.optional(),
  /** Case-insensitive text match on name and hostname. */
  search: searchSchema.optional(),
  updatedSince: dateInputSchema.optional(),
  createdSince: dateInputSchema.optional(),
});
export type DeviceListQueryInput = z.input<typeof deviceListQuerySchema>;
export type DeviceListQuery = z.output<typeof deviceListQuerySchema>;

export const alertListQuerySchema = z.strictObject({
  status: oneOrMany(alertStatusSchema).optional(),
  severity: oneOrMany(alertSeveritySchema).optional(),
  customerId: recordIdInputSchema.optional(),
  deviceId: recordIdInputSchema.optional(),
  /** Case-insensitive text match on title and message. */
  search: searchSchema.optional(),
  createdSince: dateInputSchema.optional(),
});
export type AlertListQueryInput = z.input<typeof alertListQuerySchema>;
export type AlertListQuery = z.output<typeof alertListQuerySchema>;

export const customerListQuerySchema = z.strictObject({
  /** Case-insensitive text match on name and domain. */
  search: searchSchema.optional(),
  updatedSince: dateInputSchema.optional(),
  createdSince: dateInputSchema.optional(),
});
export type CustomerListQueryInput = z.input<typeof customerListQuerySchema>;
export type CustomerListQuery = z.output<typeof customerListQuerySchema>;

export type TicketFilter = keyof TicketListQuery;
export type DeviceFilter = keyof DeviceListQuery;
export type AlertFilter = keyof AlertListQuery;
export type CustomerFilter = keyof CustomerListQuery;
