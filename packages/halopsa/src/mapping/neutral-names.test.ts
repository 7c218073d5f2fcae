import { describe, expect, it } from 'vitest';
import { lowerCaseKeys, neutralPriorityOfName, neutralStatusOfName } from './neutral-names';

describe('neutral names of Halo statuses and priorities', () => {
  it.each([
    ['New', 'open'],
    ['Re-opened', 'open'],
    ['In Progress', 'in_progress'],
    ['With Technician', 'in_progress'],
    ['Waiting on Customer', 'pending'],
    ['On Hold', 'pending'],
    ['Awaiting Supplier', 'pending'],
    ['Resolved', 'resolved'],
    ['Completed', 'resolved'],
    ['Closed', 'closed'],
    ['Cancelled', 'closed'],
    ['Scheduled', 'other'],
    ['', 'other'],
  ] as const)('reads status "%s" as %s', (name, expected) => {
    expect(neutralStatusOfName(name, new Map())).toBe(expected);
  });

  it.each([
    ['Critical', 'critical'],
    ['P1 - Outage', 'critical'],
    ['High', 'high'],
    ['Medium', 'medium'],
    ['Normal', 'medium'],
    ['Low', 'low'],
    ['Whenever', 'other'],
  ] as const)('reads priority "%s" as %s', (name, expected) => {
    expect(neutralPriorityOfName(name, new Map())).toBe(expected);
  });

  it('lets a configured map win, whatever the case of the name', () => {
    expect(neutralStatusOfName('SCHEDULED', lowerCaseKeys({ Scheduled: 'pending' }))).toBe('pending');
    expect(neutralPriorityOfName('low', lowerCaseKeys({ Low: 'medium' }))).toBe('medium');
  });
});
