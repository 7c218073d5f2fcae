import type { z } from 'zod';
import type { OperationOptions } from '../ports/operation-options';

/**
 * Per-call options every native client method takes after its params: the neutral operation's
 * options (so an adapter can pass those on as they are), and what only native calls take.
 */
export interface CallOptions extends OperationOptions {
  /** Extra headers for this call (never credentials: the client's auth strategy sets those). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * One operation of a native client built from route data: its id (`tickets.update`), its route,
 * the schema of its params, and the schema of its response (or of a list's items).
 */
export interface RouteOperation<Id extends string, Route, P extends z.ZodType = z.ZodType, R extends z.ZodType | undefined = z.ZodType | undefined> {
  readonly id: Id;
  readonly route: Route;
  readonly params: P;
  readonly response: R;
}

