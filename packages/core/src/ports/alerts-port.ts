import type { Alert } from '../models/alert';
import type { AlertListQuery, AlertListQueryInput } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from './operation-options';

export interface AlertsPort {
  list(query?: AlertListQueryInput, options?: OperationOptions): Paginated<Alert>;
  get(id: string | number, options?: OperationOptions): Promise<Alert>;
  /** Marks the alert resolved where the PSA can; returns it as it now stands. */
  resolve(id: string | number, options?: OperationOptions): Promise<Alert>;
}

/** Alerts as a provider implements them (see TicketsAdapter for what the gateway does first). */
export interface AlertsAdapter {
  list?(query: AlertListQuery, options?: OperationOptions): Paginated<Alert>;
  get?(id: string, options?: OperationOptions): Promise<Alert>;
  resolve?(id: string, options?: OperationOptions): Promise<Alert>;
}
