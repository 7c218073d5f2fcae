import { type Alert, type AlertListQuery, Paginated } from '@psagate/core';
import { type AlertsAdapter, integerIdOf } from '@psagate/core/provider';
import type { AteraClient } from '../client/atera-client';
import { toAlert } from '../mapping/alert-mapping';
import { ATERA_ID_SITE } from '../mapping/id-sites';
import { readBack } from './applied-write-error';
import type { CustomerDirectory } from './customer-directory';

/**
 * Alerts. Atera filters by its alert status: open alerts are its `Open` and `Snoozed` ones, resolved
 * alerts its `Resolved` ones. Resolving is `PUT /alerts/{id}`, then the alert is read back.
 */
export class AteraAlertsAdapter implements AlertsAdapter {
  constructor(
    private readonly native: AteraClient,
    private readonly directory: CustomerDirectory,
  ) {}

  list(query: AlertListQuery): Paginated<Alert> {
    const statuses = new Set(query.status ?? ['open', 'resolved']);
    const { alerts } = this.native;
    let list: Paginated<Alert>;
    if (statuses.size === 2) list = alerts.list().map(toAlert);
    else if (statuses.has('open')) list = Paginated.concat([alerts.list({ alertStatus: 'Open' }), alerts.list({ alertStatus: 'Snoozed' })]).map(toAlert);
    else list = alerts.list({ alertStatus: 'Resolved' }).map(toAlert);
    // Atera's status filter and the archived flag the status is read from should agree; this makes sure they do.
    const kept = statuses.size === 2 ? list : list.filter((alert) => statuses.has(alert.status));
    return kept.mapPages((items) => this.directory.fillNames(items));
  }

  async get(id: string): Promise<Alert> {
    return this.#read(integerIdOf(id, { ...ATERA_ID_SITE, operation: 'alerts.get', field: 'id' }));
  }

  async resolve(id: string): Promise<Alert> {
    const alertId = integerIdOf(id, { ...ATERA_ID_SITE, operation: 'alerts.resolve', field: 'id' });
    await this.native.alerts.resolve({ alertId });
    return readBack(() => this.#read(alertId), {
      operation: 'alerts.resolve',
      applied: `alert ${alertId} was resolved`,
      instead: `Fetch it with alerts.get('${alertId}'); resolving it again is harmless.`,
      repeatable: true,
    });
  }

  async #read(alertId: number): Promise<Alert> {
    const [alert] = await this.directory.fillNames([toAlert(await this.native.alerts.get({ alertId }))]);
    return alert as Alert;
  }
}
