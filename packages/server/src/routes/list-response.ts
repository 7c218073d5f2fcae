import type { OperationOptions, Paginated } from '@psagate/core';
import { z } from 'zod';
import { readListPage } from '../list-page';
import { parseListParameters } from '../request-input';
import { type RouteRequest, type RouteServices, json } from '../route-spec';

export interface ListRouteOptions<Schema extends z.ZodType, T> {
  /** Resource as in the URL, e.g. `tickets`; cursors are bound to it. */
  readonly resource: string;
  readonly querySchema: Schema;
  /** Filters the gateway applies itself (capabilities `client`) make pages come back short. */
  readonly filterModes: Readonly<Record<string, 'server' | 'client'>>;
  /** The neutral list, made with the request's options (its signal cancels the walk's PSA calls). */
  readonly list: (filters: z.output<Schema>, options: OperationOptions) => Paginated<T>;
}

/** Answers one page of a list as `{ data, nextCursor }`, with a `Link: rel="next"` header while there is more. */
export async function listResponse<Schema extends z.ZodType, T>(input: RouteRequest, services: RouteServices, options: ListRouteOptions<Schema, T>): Promise<Response> {
  const { filters, limit, cursor } = parseListParameters(input.url, options.querySchema);
  const active = Object.entries(filters as Record<string, unknown>).filter(([, value]) => value !== undefined);
  const filteredByGateway = active.some(([name]) => options.filterModes[name] !== 'server');
  const page = await readListPage(options.list(filters, { signal: input.signal }), {
    resource: options.resource,
    filters: filters as object,
    limit,
    cursor,
    defaultPageSize: services.defaultPageSize,
    filteredByGateway,
    signal: input.signal,
  });
  const headers: Record<string, string> = {};
  if (page.nextCursor !== null) {
    const next = new URL(input.url);
    next.searchParams.set('cursor', page.nextCursor);
    next.searchParams.delete('limit');
    headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  return json({ data: page.data, nextCursor: page.nextCursor }, 200, headers);
}

/** Lists without filters still reject unknown query parameters. */
export const noFilters = z.strictObject({});
