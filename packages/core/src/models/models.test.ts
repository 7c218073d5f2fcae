import { describe, expect, it } from 'vitest';
import { alertSchema } from './alert';
import { dateInputSchema, isoDateTimeSchema, oneOrMany, recordIdInputSchema, recordIdSchema, ticketStatusSchema } from './common';
import { customerSchema } from './customer';
import { deviceSchema } from './device';
import { ticketSchema } from './ticket';
import { ticketCommentSchema } from './ticket-comment';

const ISO = '2026-01-31T09:30:00.000Z';

const ticket = {
  id: '42',
  provider: 'atera',
  raw: { TicketID: 42 },
  number: null,
  title: 'Printer on fire',
  description: null,
  status: 'open',
  statusRaw: 'Open',
  priority: 'high',
  priorityRaw: 'High',
  customerId: '7',
  customerName: 'Acme',
  deviceId: null,
  contact: { id: null, name: 'Ann', email: 'ann@example.com' },
  assigneeId: null,
  assigneeName: null,
  createdAt: ISO,
  updatedAt: '2026-01-31T10:30:00+02:00',
  resolvedAt: null,
};

const device = {
  id: 'b7d1e0e8-0000-4000-8000-000000000001',
  provider: 'automate',
  raw: {},
  kind: 'agent',
  name: 'WS-01',
  hostname: 'ws-01.acme.local',
  customerId: '3',
  customerName: 'Acme',
  operatingSystem: 'Windows 11',
  ipAddress: '10.0.0.10',
  serialNumber: null,
  online: true,
  lastSeenAt: ISO,
  createdAt: null,
  updatedAt: null,
};

const alert = {
  id: '9',
  provider: 'atera',
  raw: null,
  title: 'Disk almost full',
  message: 'C: 95%',
  severity: 'warning',
  severityRaw: 'Warning',
  status: 'open',
  customerId: '7',
  customerName: 'Acme',
  deviceId: '12',
  deviceName: 'WS-01',
  ticketId: null,
  createdAt: ISO,
  resolvedAt: null,
};

const customer = {
  id: '7',
  provider: 'halopsa',
  raw: { id: 7 },
  name: 'Acme',
  domain: 'acme.example',
  phone: null,
  address: { street: null, city: 'Leeds', state: null, postalCode: 'LS1', country: 'UK' },
  createdAt: null,
  updatedAt: ISO,
};

const comment = {
  id: '1',
  provider: 'halopsa',
  raw: {},
  ticketId: '42',
  body: 'Called the user',
  bodyHtml: null,
  isInternal: true,
  authorName: 'Tech',
  authorEmail: null,
  createdAt: ISO,
};

type Schema = { safeParse: (value: unknown) => { success: boolean } };

const RECORDS: readonly [string, Schema, Record<string, unknown>][] = [
  ['ticket', ticketSchema, ticket],
  ['device', deviceSchema, device],
  ['alert', alertSchema, alert],
  ['customer', customerSchema, customer],
  ['ticket comment', ticketCommentSchema, comment],
];

describe('neutral record schemas', () => {
  it.each(RECORDS)('accept a valid %s', (_name, schema, record) => {
    expect(schema.safeParse(record).success).toBe(true);
  });

  it.each(RECORDS)('reject a %s with a numeric id (ids are strings)', (_name, schema, record) => {
    expect(schema.safeParse({ ...record, id: 42 }).success).toBe(false);
  });

  it.each(RECORDS)('reject a %s with an empty id', (_name, schema, record) => {
    expect(schema.safeParse({ ...record, id: '  ' }).success).toBe(false);
  });

  it.each(RECORDS)('reject a %s with no provider', (_name, schema, record) => {
    expect(schema.safeParse({ ...record, provider: '' }).success).toBe(false);
  });

  it.each(RECORDS)('reject a %s whose date is not ISO-8601', (_name, schema, record) => {
    const dateField = Object.keys(record).find((key) => key.endsWith('At') && record[key] !== null) as string;
    expect(schema.safeParse({ ...record, [dateField]: '31/01/2026' }).success).toBe(false);
  });

  it.each<[string, Schema, Record<string, unknown>]>([
    ['an unknown ticket status', ticketSchema, { ...ticket, status: 'waiting' }],
    ['an unknown ticket priority', ticketSchema, { ...ticket, priority: 'urgent' }],
    ['a boolean raw status', ticketSchema, { ...ticket, statusRaw: true }],
    ['a missing title', ticketSchema, { ...ticket, title: undefined }],
    ['an unknown device kind', deviceSchema, { ...device, kind: 'printer' }],
    ['a string online flag', deviceSchema, { ...device, online: 'yes' }],
    ['an unknown alert severity', alertSchema, { ...alert, severity: 'error' }],
    ['an unknown alert status', alertSchema, { ...alert, status: 'snoozed' }],
    ['an address missing fields', customerSchema, { ...customer, address: { city: 'Leeds' } }],
    ['a comment without isInternal', ticketCommentSchema, { ...comment, isInternal: undefined }],
  ])('reject %s', (_label, schema, record) => {
    expect(schema.safeParse(record).success).toBe(false);
  });

  it('keeps raw values of both kinds and null beside normalised enums', () => {
    expect(ticketSchema.parse({ ...ticket, statusRaw: 3, priorityRaw: null })).toMatchObject({ status: 'open', statusRaw: 3, priorityRaw: null });
  });

  it('keeps the native record in raw untouched', () => {
    const raw = { TicketID: 42, Extra: { nested: [1, 2] } };
    expect(ticketSchema.parse({ ...ticket, raw }).raw).toEqual(raw);
  });

  it.each(['open', 'pending', 'in_progress', 'resolved', 'closed', 'other'])('knows ticket status %s', (status) => {
    expect(ticketStatusSchema.parse(status)).toBe(status);
  });
});

describe('ids', () => {
  it.each<[unknown, string]>([
    [42, '42'],
    [0, '0'],
    ['42', '42'],
    ['  abc-1  ', 'abc-1'],
    ['3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01', '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
  ])('recordIdInputSchema turns %j into the string %j', (input, output) => {
    expect(recordIdInputSchema.parse(input)).toBe(output);
  });

  it.each<[string, unknown]>([
    ['a negative number', -1],
    ['a float', 1.5],
    ['NaN', Number.NaN],
    ['a number too large to be exact', 1e21],
    ['an empty string', ''],
    ['a blank string', '   '],
    ['a string over 200 characters', 'x'.repeat(201)],
    ['a boolean', true],
    ['null', null],
    ['an object', { id: 1 }],
  ])('recordIdInputSchema rejects %s', (_label, input) => {
    expect(recordIdInputSchema.safeParse(input).success).toBe(false);
  });

  it('recordIdSchema accepts only strings', () => {
    expect(recordIdSchema.safeParse('7').success).toBe(true);
    expect(recordIdSchema.safeParse(7).success).toBe(false);
  });
});

describe('dates', () => {
  it.each<[string, unknown, string]>([
    ['a Date', new Date(Date.UTC(2026, 0, 31, 9, 30)), '2026-01-31T09:30:00.000Z'],
    ['an ISO date-time in UTC', '2026-01-31T09:30:00Z', '2026-01-31T09:30:00.000Z'],
    ['an ISO date-time with an offset', '2026-01-31T09:30:00+02:00', '2026-01-31T07:30:00.000Z'],
    ['an ISO date-time with milliseconds', '2026-01-31T09:30:00.123Z', '2026-01-31T09:30:00.123Z'],
    ['an ISO date-time without seconds', '2026-01-31T09:30Z', '2026-01-31T09:30:00.000Z'],
    ['an ISO date', '2026-01-31', '2026-01-31T00:00:00.000Z'],
    ['a leap day', '2028-02-29', '2028-02-29T00:00:00.000Z'],
  ])('dateInputSchema normalises %s to an ISO string', (_label, input, output) => {
    expect(dateInputSchema.parse(input)).toBe(output);
  });

  it.each<[string, unknown]>([
    ['words', 'yesterday'],
    ['a bare number V8 would read as a year', '1'],
    ['a month name', 'March 7'],
    ['a day that does not exist', '2026-02-30'],
    ['February 29 in a common year', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['hour 25', '2026-01-01T25:00:00Z'],
    ['a local date format', '31/01/2026'],
    ['an invalid Date', new Date(Number.NaN)],
    ['a number', 1_769_851_800_000],
    ['an empty string', ''],
  ])('dateInputSchema rejects %s', (_label, input) => {
    expect(dateInputSchema.safeParse(input).success).toBe(false);
  });

  it('isoDateTimeSchema accepts UTC and offset date-times but not bare dates', () => {
    expect(isoDateTimeSchema.safeParse(ISO).success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2026-01-31T10:30:00+02:00').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2026-01-31').success).toBe(false);
  });
});

describe('oneOrMany', () => {
  const schema = oneOrMany(ticketStatusSchema);

  it('turns a single value into a list', () => {
    expect(schema.parse('open')).toEqual(['open']);
  });

  it('keeps a list', () => {
    expect(schema.parse(['open', 'pending'])).toEqual(['open', 'pending']);
  });

  it.each<[string, unknown]>([
    ['an empty list', []],
    ['a bad single value', 'nope'],
    ['a list with a bad value', ['open', 'nope']],
  ])('rejects %s', (_label, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});
