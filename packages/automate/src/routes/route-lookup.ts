import type { AutomateRoute } from './automate-route';
import { automateRoutes } from './automate-routes';

type RouteEntry = (typeof automateRoutes)[number];

export type AutomateGroup = RouteEntry['group'];
/** `computers.list`, `clients.patch`...: one per operation. */
export type AutomateOperationId = RouteEntry extends infer R ? (R extends { group: infer G extends string; method: infer M extends string } ? `${G}.${M}` : never) : never;

const byId = new Map<string, AutomateRoute>(automateRoutes.map((route) => [`${route.group}.${route.method}`, route]));

/** The route of an operation id (`clients.patch`). */
export function automateRoute(id: AutomateOperationId): AutomateRoute {
  const route = byId.get(id);
  if (!route) throw new Error(`Automate has no operation ${id}.`);
  return route;
}
