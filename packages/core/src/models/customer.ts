import { z } from 'zod';
import { isoDateTimeSchema, recordBaseShape } from './common';

/** A company the MSP serves (Atera customer, Halo client, Automate client). */
export const customerSchema = z.object({
  ...recordBaseShape,
  name: z.string(),
  domain: z.string().nullable(),
  phone: z.string().nullable(),
  address: z
    .object({
      street: z.string().nullable(),
      city: z.string().nullable(),
      state: z.string().nullable(),
      postalCode: z.string().nullable(),
      country: z.string().nullable(),
    })
    .nullable(),
  createdAt: isoDateTimeSchema.nullable(),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type Customer = z.infer<typeof customerSchema>;
