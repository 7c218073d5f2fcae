import { ateraRoutes } from '../generated/routes';
import type { AteraRoute } from './atera-route';

type RouteEntry = (typeof ateraRoutes)[number];

export type AteraGroup = RouteEntry['group'];
/** `agents.list`, `tickets.updateViaPost`, ...: one per operation. */
export type AteraOperationId = RouteEntry extends infer R ? (R extends { group: infer G extends string; method: infer M extends string } ? `${G}.${M}` : never) : never;

const byId = new Map<string, AteraRoute>(ateraRoutes.map((route) => [`${route.group}.${route.method}`, route]));

/** The route of an operation id (`tickets.update`). */
export function ateraRoute(id: AteraOperationId): AteraRoute {
  const route = byId.get(id);
  if (!route) throw new Error(`Atera has no operation ${id}.`);
  return route;
}
