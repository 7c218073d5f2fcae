/**
 * Type tests, checked by `tsc -b` (the typecheck step of `pnpm test`), never run: the items of a
 * neutral list are its records, never `any`.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { type Gateway, type Page, Paginated, type Ticket, type TicketComment } from '../index';

declare const tickets: Paginated<Ticket>;
declare const gateway: Gateway;

describe('Paginated<Ticket>', () => {
  it('yields tickets, not any, however it is walked', async () => {
    expectTypeOf<Ticket>().not.toBeAny();
    for await (const ticket of tickets) {
      expectTypeOf(ticket).not.toBeAny();
      expectTypeOf(ticket).toEqualTypeOf<Ticket>();
    }
    for await (const page of tickets.byPage({ pageSize: 50 })) {
      expectTypeOf(page).toEqualTypeOf<Page<Ticket>>();
      expectTypeOf(page.items).toEqualTypeOf<readonly Ticket[]>();
    }
    expectTypeOf(await tickets.toArray({ limit: 10 })).toEqualTypeOf<Ticket[]>();
    expectTypeOf(await tickets.first()).toEqualTypeOf<Ticket | undefined>();
  });

  it('keeps the record type through its combinators', () => {
    expectTypeOf(tickets.filter((ticket) => ticket.status === 'open')).toEqualTypeOf<Paginated<Ticket>>();
    expectTypeOf(tickets.map((ticket) => ticket.title)).toEqualTypeOf<Paginated<string>>();
    expectTypeOf(Paginated.concat([tickets, tickets])).toEqualTypeOf<Paginated<Ticket>>();
  });

  it('is what the gateway lists return', () => {
    expectTypeOf(gateway.tickets.list()).toEqualTypeOf<Paginated<Ticket>>();
    expectTypeOf(gateway.tickets.listComments('1')).toEqualTypeOf<Paginated<TicketComment>>();
  });

  it('gives the fields of a ticket their types', () => {
    expectTypeOf<Ticket['id']>().toEqualTypeOf<string>();
    expectTypeOf<Ticket['title']>().not.toBeAny();
    // @ts-expect-error a ticket has no field named 'subject'
    expectTypeOf<Ticket['subject']>();
  });
});
