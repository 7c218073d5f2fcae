import { type Alert, type AlertListQuery, type OperationOptions, Paginated } from '@psagate/core';
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

  list(query: AlertListQuery, options?: OperationOptions): Paginated<Alert> {
    const statuses = new Set(query.status ?? ['open', 'resolved']);
    const { alerts } = this.native;
    let list: Paginated<Alert>;
    if (statuses.size === 2) list = alerts.list({}, options).map(toAlert);
    else if (statuses.has('open')) list = Paginated.concat([alerts.list({ alertStatus: 'Open' }, options), alerts.list({ alertStatus: 'Snoozed' }, options)]).map(toAlert);
    else list = alerts.list({ alertStatus: 'Resolved' }, options).map(toAlert);
    // Atera's status filter and the archived flag the status is read from should agree; this makes sure they do.
    const kept = statuses.size === 2 ? list : list.filter((alert) => statuses.has(alert.status));
    return kept.mapPages((items, _page, signal) => this.directory.fillNames(items, signal));
  }

  async get(id: string, options?: OperationOptions): Promise<Alert> {
    return this.#read(integerIdOf(id, { ...ATERA_ID_SITE, operation: 'alerts.get', field: 'id' }), options);
  }

  async resolve(id: string, options?: OperationOptions): Promise<Alert> {
    const alertId = integerIdOf(id, { ...ATERA_ID_SITE, operation: 'alerts.resolve', field: 'id' });
    await this.native.alerts.resolve({ alertId }, options);
    return readBack(
      () => this.#read(alertId, options),
      {
        operation: 'alerts.resolve',
        applied: `alert ${alertId} was resolved`,
        instead: `Fetch it with alerts.get('${alertId}'); resolving it again is harmless.`,
        repeatable: true,
      },
      options?.signal,
    );
  }

  async #read(alertId: number, options: OperationOptions | undefined): Promise<Alert> {
    const [alert] = await this.directory.fillNames([toAlert(await this.native.alerts.get({ alertId }, options))], options?.signal);
    return alert as Alert;
  }
}
