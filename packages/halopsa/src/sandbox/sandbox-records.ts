import type { HaloAsset } from '../schemas/asset';
import type { HaloPriority, HaloStatus, HaloTicketType } from '../schemas/lookups';
import type { HaloAgent, HaloClient, HaloContract, HaloSite, HaloUser } from '../schemas/organisation';
import type { HaloAction, HaloTicket } from '../schemas/ticket';

/** Everything a Halo sandbox holds. Tests may read and change it directly. */
export interface HaloSandboxState {
  readonly clients: HaloClient[];
  readonly sites: HaloSite[];
  readonly users: HaloUser[];
  readonly agents: HaloAgent[];
  readonly assets: HaloAsset[];
  readonly contracts: HaloContract[];
  readonly statuses: HaloStatus[];
  readonly priorities: HaloPriority[];
  readonly ticketTypes: HaloTicketType[];
  readonly tickets: HaloTicket[];
  /** Actions of every ticket; their ids restart at 1 for each ticket, as Halo numbers them. */
  readonly actions: HaloAction[];
}

/** Ids of the seeded reference data, for tests and the sandbox's gateway config. */
export const SANDBOX_STATUS = { new: 1, inProgress: 2, waitingOnCustomer: 3, onHold: 4, scheduled: 5, resolved: 8, closed: 9 } as const;
export const SANDBOX_PRIORITY = { critical: 1, high: 2, medium: 3, low: 4 } as const;
export const SANDBOX_TICKET_TYPE = { incident: 1, serviceRequest: 3, alert: 21 } as const;
/** Statuses that close a ticket (`hasbeenclosed`, `dateclosed`). */
export const SANDBOX_CLOSED_STATUSES: readonly number[] = [SANDBOX_STATUS.resolved, SANDBOX_STATUS.closed];
/** Halo's "no date" placeholder. */
export const HALO_NO_DATE = '1900-01-01T00:00:00';
