/** The moment seeded data is generated "at": every seeded date lies before it, every write after it. */
export const SEED_EPOCH_MS = Date.UTC(2026, 9, 1, 8, 0, 0);

const MINUTE_MS = 60_000;

/** ISO 8601 (UTC) of a moment `minutes` before the seed epoch. */
export function isoMinutesBeforeEpoch(minutes: number): string {
  return new Date(SEED_EPOCH_MS - Math.round(minutes) * MINUTE_MS).toISOString();
}

/** ISO 8601 (UTC) of a moment `minutes` after `iso`. */
export function isoPlusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + Math.round(minutes) * MINUTE_MS).toISOString();
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}
