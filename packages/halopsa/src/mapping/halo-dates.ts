import { toIsoDateTime } from '@psagate/core/provider';
import type { HaloTicket } from '../schemas/ticket';

/**
 * A Halo date as neutral ISO 8601 UTC, or null when it is empty, unreadable or Halo's
 * placeholder (`1900-01-01T00:00:00` stands for "no date").
 */
export function haloDateOrNull(value: string | null | undefined): string | null {
  return toIsoDateTime(value);
}

/** A ticket's target date, or null when Halo holds its 1900 placeholder. */
export function ticketTargetDate(ticket: Pick<HaloTicket, 'targetdate'>): string | null {
  return haloDateOrNull(ticket.targetdate);
}

