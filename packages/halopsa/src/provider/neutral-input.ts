import { ValidationError } from '@psagate/core';
import { haloIdParam } from '../routes/param-schemas';

/** A neutral id (a string) as a Halo id, or a ValidationError naming the field: nothing is sent. */
export function haloIdOf(value: string, field: string, operation: string): number {
  const parsed = haloIdParam.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ValidationError(`halopsa ${operation}: ${field} must be a HaloPSA id (digits only), got ${JSON.stringify(value)}. Nothing was sent.`, {
    provider: 'halopsa',
    operation,
    code: 'INVALID_ID',
    issues: [{ path: field, message: 'must be a HaloPSA id (digits only)' }],
  });
}

/** The record without its undefined fields, so they are neither sent nor checked. */
export function defined<T extends Record<string, unknown>>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
