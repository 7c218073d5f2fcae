import { type CustomersAdapter, type DevicesAdapter, integerIdOf } from '@psagate/core/provider';
import { toDevice } from '../mapping/asset-mapping';
import { toCustomer } from '../mapping/customer-mapping';
import type { AdapterContext } from './adapter-context';
import { defined, haloIdSite } from './neutral-input';

/** Neutral devices over Halo assets (OS, serial and IP read from the asset-type fields named in `assetFields`). */
export function devicesAdapter({ client, config }: AdapterContext): DevicesAdapter {
  return {
    list: (query, options) =>
      client.assets
        .list(
          defined({ client_id: query.customerId === undefined ? undefined : integerIdOf(query.customerId, haloIdSite('devices.list', 'customerId')), includeassetfields: true }),
          options,
        )
        .map((asset) => toDevice(asset, config.assetFields)),
    get: async (id, options) => toDevice(await client.assets.get({ id: integerIdOf(id, haloIdSite('devices.get', 'id')) }, options), config.assetFields),
  };
}

/** Neutral customers over Halo clients. */
export function customersAdapter({ client }: AdapterContext): CustomersAdapter {
  return {
    list: (_query, options) => client.clients.list({}, options).map(toCustomer),
    get: async (id, options) => toCustomer(await client.clients.get({ id: integerIdOf(id, haloIdSite('customers.get', 'id')) }, options)),
  };
}
