import { type HelpdeskOperationId, type HelpdeskRoute, helpdeskRoutes } from '../routes/helpdesk-routes';

/** What a method and path resolve to. */
export type HelpdeskRouteMatch =
  | {
      readonly kind: 'operation';
      readonly operationId: HelpdeskOperationId;
      readonly route: HelpdeskRoute;
      /** Path parameters by name, decoded. */
      readonly params: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

interface CompiledRoute {
  readonly operationId: HelpdeskOperationId;
  readonly route: HelpdeskRoute;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

const compiled: readonly CompiledRoute[] = helpdeskRoutes.map((route) => ({
  operationId: `${route.group}.${route.method}` as HelpdeskOperationId,
  route,
  pattern: new RegExp(`^${route.path.replace(/\{[^{}]+\}/g, '([^/]+)')}$`),
  names: [...route.path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] as string),
}));

/** Resolves a request to the Helpdesk route it calls, from the same route data the client sends with. */
export function matchHelpdeskRoute(method: string, path: string): HelpdeskRouteMatch {
  const allowed: string[] = [];
  for (const candidate of compiled) {
    const values = candidate.pattern.exec(path);
    if (!values) continue;
    if (candidate.route.httpMethod !== method) {
      allowed.push(candidate.route.httpMethod);
      continue;
    }
    const params: Record<string, string> = {};
    candidate.names.forEach((name, index) => (params[name] = decode(values[index + 1] as string)));
    return { kind: 'operation', operationId: candidate.operationId, route: candidate.route, params };
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
