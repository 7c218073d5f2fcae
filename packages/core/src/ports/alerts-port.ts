import type { Alert } from '../models/alert';
import type { AlertListQuery, AlertListQueryInput } from '../models/queries';
import type { Paginated } from '../pagination/paginated';

export interface AlertsPort {
  list(query?: AlertListQueryInput): Paginated<Alert>;
  get(id: string | number): Promise<Alert>;
  /** Marks the alert resolved where the PSA can; returns it as it now stands. */
  resolve(id: string | number): Promise<Alert>;
}

/** Alerts as a provider implements them (see TicketsAdapter for what the gateway does first). */
export interface AlertsAdapter {
  list?(query: AlertListQuery): Paginated<Alert>;
  get?(id: string): Promise<Alert>;
  resolve?(id: string): Promise<Alert>;
}
