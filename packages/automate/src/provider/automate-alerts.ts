import { type Alert, type AlertListQuery, type OperationOptions, Paginated } from '@psagate/core';
import { type AlertsAdapter, integerIdOf } from '@psagate/core/provider';
import type { AutomateClient } from '../client/automate-client';
import { AUTOMATE } from '../mapping/mapping-values';
import { toAlert } from '../mapping/to-alert';
import { alertCondition, conditionParams } from './neutral-conditions';

/** Neutral alerts, read-only: Automate's API has no route to resolve one. */
export class AutomateAlerts implements AlertsAdapter {
  constructor(private readonly client: AutomateClient) {}

  list(query: AlertListQuery, options?: OperationOptions): Paginated<Alert> {
    // Automate lists only current alerts: none of them is resolved.
    if (query.status && !query.status.includes('open')) return Paginated.fromArray<Alert>([], { defaultConcurrency: this.client.transport.pageConcurrency });
    return this.client.alerts.list(conditionParams(alertCondition(query)), options).map(toAlert);
  }

  async get(id: string, options?: OperationOptions): Promise<Alert> {
    const alertId = integerIdOf(id, { ...AUTOMATE, operation: 'alerts.get', field: 'id' });
    return toAlert(await this.client.alerts.get({ alertId }, options));
  }
}
