/** The context a sandbox route handler gets. */
export interface RouteContext {
  readonly request: Request;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type RouteHandler = (context: RouteContext) => Response;

/** One route of the sandbox: its operation id, method and path template below `/cwa/api`. */
export interface Route {
  readonly name: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** Token routes: no bearer token needed (the ClientId still is). */
  readonly open?: boolean;
  readonly handle: RouteHandler;
}

export function route(name: string, method: string, template: string, handle: RouteHandler, open = false): Route {
  const names: string[] = [];
  const source = template.replace(/:([A-Za-z]+)/g, (_, param: string) => {
    names.push(param);
    return '([^/]+)';
  });
  // Automate matches paths without regard to case (/apitoken and /APIToken both work).
  return { name, method, pattern: new RegExp(`^/cwa/api${source}/?$`, 'i'), names, open, handle };
}

export function matchRoute(routes: readonly Route[], method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(pathname);
    if (!match) continue;
    const params = Object.fromEntries(candidate.names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
    return { route: candidate, params };
  }
  return undefined;
}

