import { ConfigError, type TicketPriority, type TicketStatus, ValidationError } from '@psagate/core';
import type { HaloClient } from '../client/halo-client';
import type { HaloAgent } from '../schemas/organisation';
import type { HaloPriority, HaloStatus } from '../schemas/lookups';
import { lowerCaseKeys, neutralPriorityOfName, neutralStatusOfName } from './neutral-names';

export interface ReferenceOverrides {
  readonly statusMap: Readonly<Record<string, TicketStatus>>;
  readonly priorityMap: Readonly<Record<string, TicketPriority>>;
}

/**
 * The instance's own statuses, priorities and agents, read once (the client caches them) and
 * used to map in both directions: a Halo id to its name and neutral value, a neutral value to
 * the Halo id that stands for it.
 */
export class ReferenceData {
  readonly #statuses: readonly HaloStatus[];
  readonly #priorities: readonly HaloPriority[];
  readonly #agents: ReadonlyMap<number, HaloAgent>;
  readonly #statusOverrides: ReadonlyMap<string, TicketStatus>;
  readonly #priorityOverrides: ReadonlyMap<string, TicketPriority>;

  constructor(lists: { statuses: readonly HaloStatus[]; priorities: readonly HaloPriority[]; agents: readonly HaloAgent[] }, overrides: ReferenceOverrides) {
    this.#statuses = [...lists.statuses].sort((a, b) => (a.sequence ?? a.id) - (b.sequence ?? b.id));
    // A priority appears once per SLA: keep the first row of each priority id.
    const seen = new Set<number>();
    this.#priorities = lists.priorities.filter((priority) => !seen.has(priority.priorityid) && seen.add(priority.priorityid));
    this.#agents = new Map(lists.agents.map((agent) => [agent.id, agent]));
    this.#statusOverrides = lowerCaseKeys(overrides.statusMap);
    this.#priorityOverrides = lowerCaseKeys(overrides.priorityMap);
    checkNames('statusMap', this.#statusOverrides, this.#statuses.map((status) => status.name));
    checkNames('priorityMap', this.#priorityOverrides, this.#priorities.map((priority) => priority.name));
  }

  /** Loads the three lists (from the client's cache when fresh); `signal` stops the wait. */
  static async load(client: HaloClient, overrides: ReferenceOverrides, signal?: AbortSignal): Promise<ReferenceData> {
    const options = { signal };
    const [statuses, priorities, agents] = await Promise.all([client.statuses.list({}, options), client.priorities.list({}, options), client.agents.list({}, options)]);
    return new ReferenceData({ statuses, priorities, agents }, overrides);
  }

  statusName(id: number | null | undefined): string | undefined {
    return this.#statuses.find((status) => status.id === id)?.name ?? undefined;
  }

  neutralStatus(name: string | null | undefined): TicketStatus {
    return neutralStatusOfName(name, this.#statusOverrides);
  }

  priorityName(id: number | null | undefined): string | undefined {
    return this.#priorities.find((priority) => priority.priorityid === id)?.name ?? undefined;
  }

  neutralPriority(name: string | null | undefined): TicketPriority {
    return neutralPriorityOfName(name, this.#priorityOverrides);
  }

  agentName(id: number | null | undefined): string | undefined {
    return id === null || id === undefined ? undefined : (this.#agents.get(id)?.name ?? undefined);
  }

  /** The Halo status id for a neutral status: the first status (by sequence) whose name maps to it. */
  statusIdFor(status: TicketStatus, operation: string): number {
    const match = this.#statuses.find((candidate) => this.neutralStatus(candidate.name) === status);
    if (match) return match.id;
    throw new ValidationError(
      `halopsa ${operation}: this HaloPSA instance has no status that means "${status}" (its statuses: ${this.#describeStatuses()}). Map one with statusMap, e.g. { "${this.#statuses[0]?.name ?? 'Status name'}": "${status}" }. Nothing was sent.`,
      { provider: 'halopsa', operation, code: 'UNMAPPED_STATUS', issues: [{ path: 'status', message: `no Halo status maps to ${status}` }] },
    );
  }

  /** The Halo priority id for a neutral priority. */
  priorityIdFor(priority: TicketPriority, operation: string): number {
    const match = this.#priorities.find((candidate) => this.neutralPriority(candidate.name) === priority);
    if (match) return match.priorityid;
    const names = this.#priorities.map((candidate) => `${candidate.name ?? candidate.priorityid} (${this.neutralPriority(candidate.name)})`).join(', ');
    throw new ValidationError(
      `halopsa ${operation}: this HaloPSA instance has no priority that means "${priority}" (its priorities: ${names}). Map one with priorityMap. Nothing was sent.`,
      { provider: 'halopsa', operation, code: 'UNMAPPED_PRIORITY', issues: [{ path: 'priority', message: `no Halo priority maps to ${priority}` }] },
    );
  }

  /** Halo status ids that map to any of `statuses`. */
  statusIdsFor(statuses: readonly TicketStatus[]): number[] {
    return this.#statuses.filter((candidate) => statuses.includes(this.neutralStatus(candidate.name))).map((candidate) => candidate.id);
  }

  #describeStatuses(): string {
    return this.#statuses.map((candidate) => `${candidate.name ?? candidate.id} (${this.neutralStatus(candidate.name)})`).join(', ');
  }
}

/** A map entry naming a status or priority the instance does not have is a config mistake: say which, and what exists. */
function checkNames(setting: string, overrides: ReadonlyMap<string, unknown>, names: readonly (string | null | undefined)[]): void {
  const known = new Set(names.filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase()));
  const unknown = [...overrides.keys()].filter((name) => !known.has(name));
  if (unknown.length === 0) return;
  throw new ConfigError(
    `${setting} names ${unknown.map((name) => `"${name}"`).join(', ')}, which ${unknown.length > 1 ? 'are' : 'is'} not in this HaloPSA instance's list (${names.filter(Boolean).join(', ')}). Fix the name${unknown.length > 1 ? 's' : ''} in ${setting}.`,
    { provider: 'halopsa', code: setting === 'statusMap' ? 'UNKNOWN_STATUS_NAME' : 'UNKNOWN_PRIORITY_NAME' },
  );
}
