import { type AteraOperationId, ateraRoutes } from '../generated/operations';
import type { AteraRoute } from '../routes/atera-route';

/** What a method and path resolve to. */
export type RouteMatch =
  | {
      readonly kind: 'operation';
      readonly operationId: AteraOperationId;
      readonly route: AteraRoute;
      /** Path parameters by name, still percent-encoded as they came. */
      readonly rawParams: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

interface CompiledRoute {
  readonly operationId: AteraOperationId;
  readonly route: AteraRoute;
  /** Lower-cased literal per segment, or null where the segment is a parameter. */
  readonly literals: readonly (string | null)[];
  readonly paramNames: readonly (string | null)[];
}

const NOT_FOUND: RouteMatch = { kind: 'not-found' };

/**
 * Resolves requests to Atera operations. Literal segments beat parameters, left to right
 * (`/agents/customer/{customerId}` wins over `/agents/{agentId}` and `/agents/{deviceGuid}/...`;
 * `/tickets/noComments` over `/tickets/{ticketId}`), and literals match in any case, as ASP.NET
 * routing does. A path served only for other methods is a 405.
 */
export class AteraRouteMatcher {
  /** Routes by `METHOD segmentCount`, most specific first. */
  readonly #byMethodAndLength = new Map<string, CompiledRoute[]>();
  /** Routes by segment count, for telling a 405 from a 404. */
  readonly #byLength = new Map<number, CompiledRoute[]>();

  constructor(routes: readonly AteraRoute[] = ateraRoutes) {
    for (const route of routes) {
      const segments = splitPath(route.path);
      const compiled: CompiledRoute = {
        operationId: `${route.group}.${route.method}` as AteraOperationId,
        route,
        literals: segments.map((segment) => (isParam(segment) ? null : segment.toLowerCase())),
        paramNames: segments.map((segment) => (isParam(segment) ? segment.slice(1, -1) : null)),
      };
      push(this.#byMethodAndLength, `${route.httpMethod} ${segments.length}`, compiled);
      push(this.#byLength, segments.length, compiled);
    }
    for (const list of this.#byMethodAndLength.values()) list.sort(bySpecificity);
  }

  match(method: string, pathname: string): RouteMatch {
    const segments = splitPath(pathname);
    const lowered = segments.map((segment) => segment.toLowerCase());
    const candidates = this.#byMethodAndLength.get(`${method.toUpperCase()} ${segments.length}`) ?? [];
    for (const candidate of candidates) {
      if (!fits(candidate, lowered)) continue;
      const rawParams: Record<string, string> = {};
      candidate.paramNames.forEach((name, index) => {
        if (name !== null) rawParams[name] = segments[index] as string;
      });
      return { kind: 'operation', operationId: candidate.operationId, route: candidate.route, rawParams };
    }
    const allowed = new Set<string>();
    for (const other of this.#byLength.get(segments.length) ?? []) if (fits(other, lowered)) allowed.add(other.route.httpMethod);
    return allowed.size > 0 ? { kind: 'method-not-allowed', allowed: [...allowed] } : NOT_FOUND;
  }
}

/** Path segments without empty ones, so a trailing slash or a doubled one does not matter. */
function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

function fits(route: CompiledRoute, lowered: readonly string[]): boolean {
  for (let i = 0; i < lowered.length; i++) {
    const literal = route.literals[i];
    if (literal !== null && literal !== lowered[i]) return false;
  }
  return true;
}

/** The route with a literal where the other has a parameter, at the first position they differ, comes first. */
function bySpecificity(a: CompiledRoute, b: CompiledRoute): number {
  for (let i = 0; i < a.literals.length; i++) {
    const aLiteral = a.literals[i] !== null;
    const bLiteral = b.literals[i] !== null;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
