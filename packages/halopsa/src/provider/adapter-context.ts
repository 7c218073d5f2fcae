import type { AlertListQuery, TicketListQuery } from '@psagate/core';
import { integerIdOf } from '@psagate/core/provider';
import type { HaloClient } from '../client/halo-client';
import type { HaloConfig } from '../config';
import { ReferenceData } from '../mapping/reference-data';
import { defined, haloIdSite } from './neutral-input';

/** What every neutral adapter of one gateway shares. */
export interface AdapterContext {
  readonly client: HaloClient;
  readonly config: HaloConfig;
  /** The instance's statuses, priorities and agents (cached by the client); `signal` stops the wait. */
  reference(signal?: AbortSignal): Promise<ReferenceData>;
}

export function adapterContext(client: HaloClient, config: HaloConfig): AdapterContext {
  return {
    client,
    config,
    reference: (signal) => ReferenceData.load(client, config, signal),
  };
}

/** The filters tickets and alerts share, as Halo's ticket list parameters. */
export function ticketListFilters(query: TicketListQuery | AlertListQuery, operation: string) {
  return defined({
    client_id: query.customerId === undefined ? undefined : integerIdOf(query.customerId, haloIdSite(operation, 'customerId')),
    asset_id: query.deviceId === undefined ? undefined : integerIdOf(query.deviceId, haloIdSite(operation, 'deviceId')),
    ...(query.createdSince === undefined ? {} : { datesearch: 'dateoccured', startdate: query.createdSince }),
  });
}
