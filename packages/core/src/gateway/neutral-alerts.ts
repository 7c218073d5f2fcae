import type { ReferenceCache } from '../cache/reference-cache';
import type { Alert } from '../models/alert';
import { type AlertListQueryInput, alertListQuerySchema } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from '../ports/operation-options';
import type { AlertsAdapter, AlertsPort } from '../ports/alerts-port';
import type { AlertOperation, ProviderCapabilities } from '../provider/capabilities';
import { alertPredicate } from './client-filters';
import { NeutralResource } from './neutral-resource';
import { parseId, parseInput, parseOptions } from './parse-input';

export class NeutralAlerts extends NeutralResource<AlertsAdapter, AlertOperation> implements AlertsPort {
  constructor(
    provider: string,
    adapter: AlertsAdapter | undefined,
    private readonly caps: ProviderCapabilities['alerts'],
    private readonly cache: ReferenceCache,
  ) {
    super(provider, 'alerts', adapter, caps);
  }

  list(query: AlertListQueryInput = {}, options?: OperationOptions): Paginated<Alert> {
    const list = this.implementation('list');
    const context = this.context('list');
    const parsed = parseInput(alertListQuerySchema, query, context, 'query');
    const callOptions = parseOptions(options, context);
    const predicate = alertPredicate(parsed, this.caps.filters);
    const records = this.onceEach(list(parsed, callOptions));
    return this.walked('list', callOptions, predicate ? records.filter(predicate) : records);
  }

  async get(id: string | number, options?: OperationOptions): Promise<Alert> {
    const get = this.implementation('get');
    const context = this.context('get');
    const alertId = parseId(id, context);
    const callOptions = parseOptions(options, context);
    return this.run('get', callOptions, () => get(alertId, callOptions));
  }

  async resolve(id: string | number, options?: OperationOptions): Promise<Alert> {
    const resolve = this.implementation('resolve');
    const context = this.context('resolve');
    const alertId = parseId(id, context);
    const callOptions = parseOptions(options, context);
    const alert = await this.run('resolve', callOptions, () => resolve(alertId, callOptions));
    this.cache.invalidateTag('alerts');
    return alert;
  }
}
