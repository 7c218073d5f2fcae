import { type Command, InvalidArgumentError } from 'commander';
import { alertSeverities, alertStatuses, deviceKinds, ticketPriorities, ticketStatuses } from '@psagate/core';
import type { ResourceName } from '../output/resources';

/** A neutral list filter as a command-line option. */
interface FilterOption {
  readonly flags: string;
  /** Key in the neutral query (`customerId`). */
  readonly key: string;
  readonly description: string;
  readonly parse?: (raw: string) => unknown;
  readonly resources: readonly ResourceName[];
}

/** `open,pending` → `['open', 'pending']`, each checked against the neutral values. */
const listOf =
  (allowed: readonly string[]) =>
  (raw: string): string[] => {
    const values = raw.split(',').map((value) => value.trim()).filter(Boolean);
    const unknown = values.filter((value) => !allowed.includes(value));
    if (values.length === 0 || unknown.length > 0) {
      throw new InvalidArgumentError(`${unknown.length > 0 ? `"${unknown.join('", "')}" is not allowed. ` : ''}Use one or more of: ${allowed.join(', ')} (comma-separated).`);
    }
    return values;
  };

const filterOptions: readonly FilterOption[] = [
  { flags: '--status <list>', key: 'status', description: `ticket status: ${ticketStatuses.join(', ')}; alert status: ${alertStatuses.join(', ')} (comma-separated)`, resources: ['tickets', 'alerts'] },
  { flags: '--priority <list>', key: 'priority', description: `${ticketPriorities.join(', ')} (comma-separated)`, parse: listOf(ticketPriorities), resources: ['tickets'] },
  { flags: '--severity <list>', key: 'severity', description: `${alertSeverities.join(', ')} (comma-separated)`, parse: listOf(alertSeverities), resources: ['alerts'] },
  { flags: '--kind <list>', key: 'kind', description: `${deviceKinds.join(', ')} (comma-separated)`, parse: listOf(deviceKinds), resources: ['devices'] },
  { flags: '--customer <id>', key: 'customerId', description: 'only records of this customer', resources: ['tickets', 'devices', 'alerts'] },
  { flags: '--device <id>', key: 'deviceId', description: 'only records of this device', resources: ['tickets', 'alerts'] },
  { flags: '--search <text>', key: 'search', description: 'case-insensitive text match', resources: ['tickets', 'devices', 'alerts', 'customers'] },
  { flags: '--updated-since <date>', key: 'updatedSince', description: 'ISO-8601 date or date-time', resources: ['tickets', 'devices', 'customers'] },
  { flags: '--created-since <date>', key: 'createdSince', description: 'ISO-8601 date or date-time', resources: ['tickets', 'devices', 'alerts', 'customers'] },
];

const statusDescriptions: Partial<Record<ResourceName, string>> = {
  tickets: `${ticketStatuses.join(', ')} (comma-separated)`,
  alerts: `${alertStatuses.join(', ')} (comma-separated)`,
};

const statusParsers: Partial<Record<ResourceName, (raw: string) => unknown>> = { tickets: listOf(ticketStatuses), alerts: listOf(alertStatuses) };

/** Adds the filters `resource` supports; with no resource (export), every filter, checked later. */
export function addFilterOptions(command: Command, resource?: ResourceName): Command {
  for (const option of filterOptions) {
    if (resource !== undefined && !option.resources.includes(resource)) continue;
    const description = resource === undefined ? `${option.description} [${option.resources.join(', ')}]` : option.key === 'status' ? statusDescriptions[resource] ?? option.description : option.description;
    const parse = option.key === 'status' && resource !== undefined ? statusParsers[resource] : option.parse;
    if (parse) command.option(option.flags, description, parse);
    else command.option(option.flags, description);
  }
  return command;
}

/**
 * The neutral query from parsed options. A filter the resource does not take is passed on anyway,
 * so the gateway's validation names it (exit status 2).
 */
export function queryFrom(options: Readonly<Record<string, unknown>>, resource: ResourceName): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const option of filterOptions) {
    let value = options[attributeOf(option.flags)];
    if (value === undefined) continue;
    if (option.key === 'status' && typeof value === 'string') value = statusParsers[resource]?.(value) ?? value;
    query[option.key] = value;
  }
  return query;
}

/** The property commander stores an option under: `--updated-since <date>` → `updatedSince`. */
function attributeOf(flags: string): string {
  const long = flags.split(' ')[0]?.replace(/^--/, '') ?? '';
  return long.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
