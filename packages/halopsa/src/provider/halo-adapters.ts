import type { AlertsAdapter, CustomersAdapter, DevicesAdapter, TicketsAdapter } from '@psagate/core/provider';
import type { HaloClient } from '../client/halo-client';
import type { HaloConfig } from '../config';
import { adapterContext } from './adapter-context';
import { alertsAdapter } from './alerts-adapter';
import { customersAdapter, devicesAdapter } from './devices-and-customers-adapters';
import { ticketsAdapter } from './tickets-adapter';

/** The neutral adapters over one native client. */
export interface HaloAdapters {
  readonly tickets: TicketsAdapter;
  readonly alerts: AlertsAdapter;
  readonly devices: DevicesAdapter;
  readonly customers: CustomersAdapter;
}

/** Builds the ticket, alert, device and customer adapters of a HaloPSA gateway. */
export function createHaloAdapters(client: HaloClient, config: HaloConfig): HaloAdapters {
  const context = adapterContext(client, config);
  return { tickets: ticketsAdapter(context), alerts: alertsAdapter(context), devices: devicesAdapter(context), customers: customersAdapter(context) };
}
