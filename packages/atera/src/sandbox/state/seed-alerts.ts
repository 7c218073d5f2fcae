import { SeededRandom } from '../seeded-random';
import type { AlertRecord } from './records';
import type { SandboxStore } from './sandbox-store';
import { makeAgent } from './seed-agents';
import { FIRST_SEEDED_ID } from './seed-ids';
import { SEED_EPOCH_MS, isoMinutesBeforeEpoch, isoOf, isoPlusMinutes } from './seed-time';
import { ALERT_KINDS, ALERT_SEVERITIES } from './seed-vocabulary';

const DAY_MS = 24 * 3_600_000;

/**
 * An alert raised by a seeded agent. The device fields come from the agent as it was seeded, so an
 * alert keeps naming its machine after the agent is deleted, as Atera's alert history does.
 */
export function makeAlert(store: SandboxStore, index: number): AlertRecord {
  const random = SeededRandom.for(store.seed, 'alert', index);
  const agentIndex = random.int(0, store.sizes.agents - 1);
  const agent = makeAgent(store, agentIndex);
  const kind = random.pick(ALERT_KINDS);
  const severity = kind.category === 'Hardware' || kind.category === 'Availability' ? 'Critical' : random.pick(ALERT_SEVERITIES);
  const created = isoMinutesBeforeEpoch(random.int(10, 30 * 24 * 60));
  const roll = random.next();
  const archived = roll < 0.3;
  const snoozed = !archived && roll < 0.4;
  const customerId = agent.CustomerID ?? FIRST_SEEDED_ID.customers;
  const customerIndex = customerId - FIRST_SEEDED_ID.customers;
  const ticketsOfCustomer = store.sizes.tickets > customerIndex ? Math.floor((store.sizes.tickets - 1 - customerIndex) / store.sizes.customers) + 1 : 0;
  const ticketId = ticketsOfCustomer > 0 && random.chance(0.15) ? FIRST_SEEDED_ID.tickets + customerIndex + random.int(0, ticketsOfCustomer - 1) * store.sizes.customers : null;
  return {
    AlertID: FIRST_SEEDED_ID.alerts + index,
    Code: kind.code,
    Source: kind.source,
    Title: kind.title,
    Severity: severity,
    Created: created,
    // Snoozed well past the seed epoch, so the alert is still snoozed when the sandbox runs.
    SnoozedEndDate: snoozed ? isoOf(SEED_EPOCH_MS + random.int(180, 365) * DAY_MS) : null,
    DeviceGuid: agent.DeviceGuid,
    AgentId: agent.AgentID,
    AdditionalInfo: kind.category === 'Disk' ? `Drive C: has ${String(random.int(1, 9))}% free space left` : null,
    Archived: archived,
    AlertCategoryID: kind.category,
    ArchivedDate: archived ? isoPlusMinutes(created, random.int(5, 600)) : null,
    TicketID: ticketId,
    AlertMessage: `${kind.title} on ${agent.MachineName ?? 'device'}`,
    DeviceName: agent.MachineName,
    CustomerID: customerId,
    CustomerName: store.customers.get(customerId)?.CustomerName ?? agent.CustomerName,
    FolderID: agent.FolderID,
    PollingCyclesCount: random.int(1, 12),
    DeviceType: 'Agent',
  };
}
