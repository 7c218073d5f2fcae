import { type OperationIdOf, routeLookup } from '@psagate/core';
import { ateraRoutes } from '../generated/routes';
import type { AteraRoute } from './atera-route';

type RouteEntry = (typeof ateraRoutes)[number];

export type AteraGroup = RouteEntry['group'];
/** `agents.list`, `tickets.updateViaPost`, ...: one per operation. */
export type AteraOperationId = OperationIdOf<RouteEntry>;

/** The route of an operation id (`tickets.update`). */
export const ateraRoute: (id: AteraOperationId) => AteraRoute = routeLookup('Atera', ateraRoutes);
