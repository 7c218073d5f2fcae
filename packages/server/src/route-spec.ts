import type { Gateway, ProviderCapabilities } from '@psagate/core';
import type { z } from 'zod';
import type { GatewayMetrics } from './metrics';
import type { Readiness } from './readiness';

/** What a route handler works with. */
export interface RouteServices {
  readonly gateway: Gateway;
  readonly metrics: GatewayMetrics;
  readonly readiness: Readiness;
  readonly defaultPageSize: number;
  readonly bodyLimitBytes: number;
  /** The OpenAPI document, built once. */
  readonly openApi: () => object;
  readonly docsPage: () => string;
}

/** One request as a handler sees it: the web Request, its URL and its path parameters. */
export interface RouteRequest {
  readonly request: Request;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  /**
   * Aborts when the caller hangs up before the answer is sent: handlers pass it to every neutral
   * call they make (`{ signal }`), so the PSA calls of a request nobody waits for are cancelled.
   */
  readonly signal: AbortSignal;
}

export type HttpMethod = 'get' | 'post' | 'patch';

/** A zod schema and its component name in the OpenAPI document. */
export interface NamedSchema {
  readonly name: string;
  readonly schema: z.ZodType;
}

/** How the success answer is documented (and, for JSON, which schema describes it). */
export interface RouteResponseSpec {
  readonly status: number;
  readonly description: string;
  /** Schema of the JSON body; for list routes, the schema of one item. */
  readonly schema?: NamedSchema | undefined;
  /** Non-JSON answers (`text/html`, `text/plain`) are described by content type only. */
  readonly contentType?: string | undefined;
}

/**
 * One endpoint, as data: the Hono app routes it and the OpenAPI document describes it from the same
 * object, so the two cannot drift apart.
 */
export interface RouteSpec {
  readonly method: HttpMethod;
  /** OpenAPI path template, e.g. `/v1/tickets/{id}`; also the `route` label in metrics and logs. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string | undefined;
  readonly tag: string;
  /** Whether callers must present a bearer token. */
  readonly auth: boolean;
  /** List routes take `limit` and `cursor` and answer `{ data, nextCursor }`. */
  readonly list?: boolean | undefined;
  /**
   * The field names the gateway gives this route's `{id}` path parameter in a ValidationError
   * (`id`; `ticketId` for a ticket's comments), so a bad id answers 400 naming the path parameter.
   */
  readonly pathIdFields?: readonly string[] | undefined;
  /** Filters, as a zod object schema; each key becomes a query parameter. */
  readonly query?: z.ZodObject | undefined;
  readonly body?: NamedSchema | undefined;
  readonly response: RouteResponseSpec;
  /** Problem statuses worth documenting besides the ones every route can answer. */
  readonly problems?: readonly number[] | undefined;
  /** The capability behind the route; the document marks routes the configured provider lacks. */
  readonly supported?: ((capabilities: ProviderCapabilities) => boolean) | undefined;
  readonly handle: (input: RouteRequest, services: RouteServices) => Promise<Response>;
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}
