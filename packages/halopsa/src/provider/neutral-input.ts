import type { IdSite } from '@psagate/core/provider';

/** Where a neutral id was given, for core's `integerIdOf`: its ValidationError names the operation and the field. */
export function haloIdSite(operation: string, field: string): IdSite {
  // Halo ids are 32-bit: a larger one is refused before anything (reference data included) is fetched.
  return { provider: 'halopsa', displayName: 'HaloPSA', operation, field, maxValue: 2_147_483_647 };
}

/** The record without its undefined fields, so they are neither sent nor checked. */
export function defined<T extends Record<string, unknown>>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
