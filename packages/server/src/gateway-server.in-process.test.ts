import { type Gateway, NotFoundError, Paginated, type Ticket, type TicketComment, createGateway } from '@psagate/core';
import { definePsaProvider } from '@psagate/core/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Harness, serveGateway } from './server-harness.test-helpers';

/** What Atera's provider raises when a create was applied but reading the new ticket back failed. */
const readBackFailure = () =>
  new NotFoundError(
    'memory tickets.create: ticket 501 was created, but reading it back failed: ticket 501 was not found. Do not create it again: find it with GET /v1/tickets/501.',
    { provider: 'memory', operation: 'tickets.create', code: 'READ_BACK_FAILED', maybeApplied: true, retryable: false },
  );

/** A ticket id as long as core allows (recordIdSchema: 200 characters). */
const LONG_ID = `T-${'x'.repeat(198)}`;

const comment = (index: number): TicketComment =>
  ({ id: `c${index}`, ticketId: LONG_ID, body: `comment ${index}`, authorName: null, authorEmail: null, internal: false, createdAt: null, raw: {} }) as unknown as TicketComment;

/** Tickets whose create fails after the write, and a ticket with a 200-character id and five comments. */
const memoryProvider = definePsaProvider({
  name: 'memory',
  displayName: 'Memory',
  configSchema: z.strictObject({}),
  capabilities: { tickets: { operations: ['list', 'get', 'create', 'listComments'] } },
  create: () => ({
    native: {},
    tickets: {
      list: () => Paginated.fromArray<Ticket>([], { defaultPageSize: 10 }),
      get: async (id: string) => {
        throw new NotFoundError(`memory tickets.get: no ticket ${id}.`, { provider: 'memory', operation: 'tickets.get' });
      },
      create: async () => {
        throw readBackFailure();
      },
      listComments: (ticketId: string) => Paginated.fromArray<TicketComment>(ticketId === LONG_ID ? [0, 1, 2, 3, 4].map(comment) : [], { defaultPageSize: 10 }),
    },
  }),
});

let h: Harness;
beforeAll(async () => {
  h = await serveGateway(createGateway({ provider: 'memory' }, { providers: [memoryProvider] }) as Gateway);
});
afterAll(() => h.close());

describe('a write the PSA applied before the gateway failed', () => {
  it('answers 502 with maybeApplied, never the 404 of the failed read-back', async () => {
    const response = await h.call('/v1/tickets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Printer on fire' }) });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      type: 'urn:psagate:problem:bad-gateway',
      status: 502,
      code: 'READ_BACK_FAILED',
      maybeApplied: true,
      retryable: false,
      detail: readBackFailure().message,
    });
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('still answers 404 for a read that finds nothing', async () => {
    const response = await h.call('/v1/tickets/42');
    expect(response.status).toBe(404);
    expect(await response.json()).not.toHaveProperty('maybeApplied');
  });
});

describe('cursors of lists under a long id', () => {
  it('walks the comments of a ticket whose id has 200 characters', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await h.call(`/v1/tickets/${LONG_ID}/comments?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status, await response.clone().text()).toBe(200);
      const page = (await response.json()) as { data: { id: string }[]; nextCursor: string | null };
      seen.push(...page.data.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null && ++pages < 10);
    expect(seen).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('refuses that cursor on the comments of another ticket', async () => {
    const first = (await (await h.call(`/v1/tickets/${LONG_ID}/comments?limit=2`)).json()) as { nextCursor: string };
    const response = await h.call(`/v1/tickets/${LONG_ID.replace('T-', 'U-')}/comments?cursor=${first.nextCursor}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_CURSOR', errors: [{ parameter: 'cursor', message: expect.stringContaining('another list') }] });
  });
});
