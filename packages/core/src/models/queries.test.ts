import { describe, expect, it } from 'vitest';
import { alertListQuerySchema, customerListQuerySchema, deviceListQuerySchema, ticketListQuerySchema } from './queries';

describe('list query schemas', () => {
  it('normalise single filter values to lists, ids to strings and dates to ISO strings', () => {
    expect(
      ticketListQuerySchema.parse({
        status: 'open',
        priority: ['high', 'critical'],
        customerId: 7,
        deviceId: '12',
        search: '  printer ',
        updatedSince: new Date(Date.UTC(2026, 0, 1)),
        createdSince: '2026-01-01T02:00:00+02:00',
      }),
    ).toEqual({
      status: ['open'],
      priority: ['high', 'critical'],
      customerId: '7',
      deviceId: '12',
      search: 'printer',
      updatedSince: '2026-01-01T00:00:00.000Z',
      createdSince: '2026-01-01T00:00:00.000Z',
    });
  });

  it('accept an empty query', () => {
    for (const schema of [ticketListQuerySchema, deviceListQuerySchema, alertListQuerySchema, customerListQuerySchema]) {
      expect(schema.parse({})).toEqual({});
    }
  });

  it('normalise device kinds and alert filters the same way', () => {
    expect(deviceListQuerySchema.parse({ kind: 'agent', customerId: 3 })).toEqual({ kind: ['agent'], customerId: '3' });
    expect(alertListQuerySchema.parse({ status: 'open', severity: ['critical'], deviceId: 5, createdSince: '2026-01-02' })).toEqual({
      status: ['open'],
      severity: ['critical'],
      deviceId: '5',
      createdSince: '2026-01-02T00:00:00.000Z',
    });
  });

  it.each<[string, { safeParse: (value: unknown) => { success: boolean } }, Record<string, unknown>]>([
    ['an unknown ticket filter', ticketListQuerySchema, { assignee: 'me' }],
    ['an unknown status', ticketListQuerySchema, { status: 'waiting' }],
    ['an empty status list', ticketListQuerySchema, { status: [] }],
    ['an invalid date', ticketListQuerySchema, { updatedSince: 'last week' }],
    ['an impossible date', ticketListQuerySchema, { createdSince: '2026-02-30' }],
    ['an empty search', ticketListQuerySchema, { search: '   ' }],
    ['an unknown device kind', deviceListQuerySchema, { kind: 'printer' }],
    ['a severity filter on devices', deviceListQuerySchema, { severity: 'critical' }],
    ['an unknown severity', alertListQuerySchema, { severity: 'error' }],
    ['updatedSince on alerts, which it does not support', alertListQuerySchema, { updatedSince: '2026-01-01' }],
    ['a status filter on customers', customerListQuerySchema, { status: 'open' }],
    ['a float customer id', ticketListQuerySchema, { customerId: 1.5 }],
  ])('reject %s', (_label, schema, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});
