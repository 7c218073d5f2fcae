import type { TicketPriority, TicketStatus } from '@psagate/core';

/** Lower-case keys, so `statusMap` entries match whatever case the instance uses. */
export function lowerCaseKeys<T>(map: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(map).map(([name, value]) => [name.trim().toLowerCase(), value]));
}

const STATUS_PATTERNS: readonly (readonly [RegExp, TicketStatus])[] = [
  [/clos|cancel|void/, 'closed'],
  [/resolv|complet|fixed|done|solved/, 'resolved'],
  [/wait|hold|pending|await|suppl|vendor|third party|customer repl|user repl/, 'pending'],
  [/progress|with tech|working|assigned|in hand|investigat/, 'in_progress'],
  [/new|open|unassigned|logged|re-?opened/, 'open'],
];

/**
 * The neutral status a Halo status name stands for: the `statusMap` entry when there is one,
 * else what the name says (New → open, In Progress → in_progress, Waiting on Customer → pending,
 * Resolved → resolved, Closed → closed); `other` when it says nothing we know.
 */
export function neutralStatusOfName(name: string | null | undefined, overrides: ReadonlyMap<string, TicketStatus>): TicketStatus {
  return neutralOfName(name, overrides, STATUS_PATTERNS);
}

const PRIORITY_PATTERNS: readonly (readonly [RegExp, TicketPriority])[] = [
  [/crit|urgent|emergenc|outage|\bp1\b|^1\b/, 'critical'],
  [/high|\bp2\b|^2\b/, 'high'],
  [/med|normal|moderate|\bp3\b|^3\b/, 'medium'],
  [/low|minor|planned|\bp4\b|^4\b|\bp5\b/, 'low'],
];

/** The neutral priority a Halo priority name stands for (`priorityMap` first, then the name). */
export function neutralPriorityOfName(name: string | null | undefined, overrides: ReadonlyMap<string, TicketPriority>): TicketPriority {
  return neutralOfName(name, overrides, PRIORITY_PATTERNS);
}

/** The override for a name (any case), else the first pattern the name matches, else `other`. */
function neutralOfName<T extends string>(name: string | null | undefined, overrides: ReadonlyMap<string, T>, patterns: readonly (readonly [RegExp, T])[]): T | 'other' {
  if (!name) return 'other';
  const key = name.trim().toLowerCase();
  const override = overrides.get(key);
  if (override) return override;
  return patterns.find(([pattern]) => pattern.test(key))?.[1] ?? 'other';
}
