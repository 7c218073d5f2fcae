import { describe, expect, it } from 'vitest';
import { type OperationIdOf, routeLookup } from './route-lookup';

const routes = [
  { group: 'tickets', method: 'get', path: '/tickets/{id}' },
  { group: 'tickets', method: 'update', path: '/tickets/{id}' },
] as const;

describe('routeLookup', () => {
  it('finds a route by its group and method', () => {
    const lookup = routeLookup('Helpdesk', routes);
    const id: OperationIdOf<(typeof routes)[number]> = 'tickets.update';
    expect(lookup(id)).toBe(routes[1]);
  });

  it('names the vendor and the id it does not know', () => {
    const lookup = routeLookup('Helpdesk', routes);
    expect(() => lookup('tickets.delete' as never)).toThrow('Helpdesk has no operation tickets.delete.');
  });
});
