import { type OperationIdOf, routeLookup } from '@psagate/core/provider';
import type { AutomateRoute } from './automate-route';
import { automateRoutes } from './automate-routes';

type RouteEntry = (typeof automateRoutes)[number];

export type AutomateGroup = RouteEntry['group'];
/** `computers.list`, `clients.patch`...: one per operation. */
export type AutomateOperationId = OperationIdOf<RouteEntry>;

/** The route of an operation id (`clients.patch`). */
export const automateRoute: (id: AutomateOperationId) => AutomateRoute = routeLookup('Automate', automateRoutes);
