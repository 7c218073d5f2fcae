import { describe, expect, it } from 'vitest';
import spec from '../../spec/halo-route-parameters.json';
import type { HaloRoute } from './halo-route';
import { haloRoutes } from './halo-routes';

const paths = spec.paths as Record<string, Record<string, string[]>>;

/** Deliberate departures from the document, each explained in the README. */
const NOT_IN_SPEC: Readonly<Record<string, readonly string[]>> = {
  // Action ids are numbered per ticket: a delete without the ticket could hit another ticket's action.
  'actions.delete': ['ticket_id'],
  // The document filters tickets by type with requesttype_id; public clients send tickettype_id. Both are sent.
  'tickets.list': ['tickettype_id'],
};

describe('haloRoutes', () => {
  it.each((haloRoutes as readonly HaloRoute[]).map((route) => [`${route.group}.${route.method}`, route] as const))('%s is a route of Halo\'s OpenAPI document, with its parameters', (id, route) => {
    const specPath = route.path.replace(/^\/api/, '');
    const operation = paths[specPath]?.[route.httpMethod];
    expect(operation, `${route.httpMethod} ${specPath}`).toBeDefined();
    const allowed = new Set([...(operation ?? []), ...(NOT_IN_SPEC[id] ?? [])]);
    for (const name of [...route.pathParams.map((param) => param.name), ...Object.keys(route.query)]) expect(allowed.has(name), `${id}: ${name}`).toBe(true);
    if (route.response.kind === 'page') for (const name of ['pageinate', 'page_no', 'page_size']) expect(allowed.has(name), `${id}: ${name}`).toBe(true);
  });

  it('has one route per group and method', () => {
    const ids = (haloRoutes as readonly HaloRoute[]).map((route) => `${route.group}.${route.method}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks only creates as unsafe to replay', () => {
    for (const route of haloRoutes as readonly HaloRoute[]) expect(route.idempotent, `${route.group}.${route.method}`).toBe(route.method !== 'create');
  });
});
