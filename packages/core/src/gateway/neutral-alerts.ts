import type { ReferenceCache } from '../cache/reference-cache';
import type { Alert } from '../models/alert';
import { type AlertListQueryInput, alertListQuerySchema } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { AlertsAdapter, AlertsPort } from '../ports/alerts-port';
import type { AlertOperation, ProviderCapabilities } from '../provider/capabilities';
import { alertPredicate } from './client-filters';
import { NeutralResource } from './neutral-resource';
import { parseId, parseInput } from './parse-input';

export class NeutralAlerts extends NeutralResource<AlertsAdapter, AlertOperation> implements AlertsPort {
  constructor(
    provider: string,
    adapter: AlertsAdapter | undefined,
    private readonly caps: ProviderCapabilities['alerts'],
    private readonly cache: ReferenceCache,
  ) {
    super(provider, 'alerts', adapter, caps);
  }

  list(query: AlertListQueryInput = {}): Paginated<Alert> {
    const list = this.implementation('list');
    const parsed = parseInput(alertListQuerySchema, query, this.context('list'), 'query');
    const predicate = alertPredicate(parsed, this.caps.filters);
    const records = this.onceEach(list(parsed));
    return predicate ? records.filter(predicate) : records;
  }

  async get(id: string | number): Promise<Alert> {
    return this.implementation('get')(parseId(id, this.context('get')));
  }

  async resolve(id: string | number): Promise<Alert> {
    const resolve = this.implementation('resolve');
    const alert = await resolve(parseId(id, this.context('resolve')));
    this.cache.invalidateTag('alerts');
    return alert;
  }
}
