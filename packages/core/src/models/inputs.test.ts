import { describe, expect, it } from 'vitest';
import { commentCreateInputSchema, ticketCreateInputSchema, ticketUpdateInputSchema } from './inputs';

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('ticketCreateInputSchema', () => {
  it('accepts a full input and normalises ids to strings and trims the title', () => {
    expect(
      ticketCreateInputSchema.parse({
        title: '  Printer on fire ',
        description: 'Smoke everywhere',
        status: 'open',
        priority: 'critical',
        customerId: 7,
        deviceId: '12',
        assigneeId: 3,
        contact: { id: 5, name: 'Ann', email: 'ann@example.com' },
        native: { TicketImpact: 'Major' },
      }),
    ).toEqual({
      title: 'Printer on fire',
      description: 'Smoke everywhere',
      status: 'open',
      priority: 'critical',
      customerId: '7',
      deviceId: '12',
      assigneeId: '3',
      contact: { id: '5', name: 'Ann', email: 'ann@example.com' },
      native: { TicketImpact: 'Major' },
    });
  });

  it('accepts a title alone', () => {
    expect(ticketCreateInputSchema.parse({ title: 'Hi' })).toEqual({ title: 'Hi' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no title', {}, 'title'],
    ['an empty title', { title: '' }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a title over 500 characters', { title: 'x'.repeat(501) }, 'title'],
    ['an unknown key', { title: 'ok', summary: 'typo' }, ''],
    ['an unknown key inside contact', { title: 'ok', contact: { phone: '1' } }, 'contact'],
    ['a bad contact email', { title: 'ok', contact: { email: 'not-an-email' } }, 'contact.email'],
    ['an unknown status', { title: 'ok', status: 'waiting' }, 'status'],
    ['an unknown priority', { title: 'ok', priority: 'urgent' }, 'priority'],
    ['a negative customer id', { title: 'ok', customerId: -1 }, 'customerId'],
    ['a description over 100,000 characters', { title: 'ok', description: 'x'.repeat(100_001) }, 'description'],
    ['native that is not an object', { title: 'ok', native: 'x' }, 'native'],
  ])('rejects %s', (_label, input, path) => {
    const result = ticketCreateInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain(path);
  });

  it('lists every problem at once', () => {
    const result = ticketCreateInputSchema.safeParse({ title: '', priority: 'urgent', contact: { email: 'nope' } });
    expect(issuePaths(result).sort()).toEqual(['contact.email', 'priority', 'title']);
  });
});

describe('ticketUpdateInputSchema', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a new title', { title: ' New ' }, { title: 'New' }],
    ['a status change', { status: 'resolved' }, { status: 'resolved' }],
    ['unassigning with null', { assigneeId: null }, { assigneeId: null }],
    ['a numeric assignee', { assigneeId: 9 }, { assigneeId: '9' }],
    ['native fields only', { native: { SLA: 'Gold' } }, { native: { SLA: 'Gold' } }],
  ])('accepts %s', (_label, input, output) => {
    expect(ticketUpdateInputSchema.parse(input)).toEqual(output);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no fields at all', {}, 'must change at least one field'],
    ['only undefined fields', { title: undefined, status: undefined }, 'must change at least one field'],
    ['an empty title', { title: '' }, 'must not be empty'],
    ['an unknown key', { customerId: 7 }, 'customerId'],
  ])('rejects %s', (_label, input, text) => {
    const result = ticketUpdateInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(text);
  });
});

describe('commentCreateInputSchema', () => {
  it('defaults isInternal to false and trims the body', () => {
    expect(commentCreateInputSchema.parse({ body: '  Called the user  ' })).toEqual({ body: 'Called the user', isInternal: false });
  });

  it('keeps an internal note internal', () => {
    expect(commentCreateInputSchema.parse({ body: 'x', isInternal: true, authorEmail: 'tech@msp.example' })).toEqual({
      body: 'x',
      isInternal: true,
      authorEmail: 'tech@msp.example',
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['an empty body', { body: '' }],
    ['a blank body', { body: ' \n ' }],
    ['no body', {}],
    ['a bad author email', { body: 'x', authorEmail: 'tech' }],
    ['a string isInternal', { body: 'x', isInternal: 'yes' }],
    ['an unknown key', { body: 'x', private: true }],
  ])('rejects %s', (_label, input) => {
    expect(commentCreateInputSchema.safeParse(input).success).toBe(false);
  });
});
