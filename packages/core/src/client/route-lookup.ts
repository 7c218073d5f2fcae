/** The operation ids of a route table: `${group}.${method}` for each of its entries. */
export type OperationIdOf<Route> = Route extends { readonly group: infer G extends string; readonly method: infer M extends string } ? `${G}.${M}` : never;

/** A lookup from operation id (`tickets.update`) to its route; an unknown id is a programming error. */
export function routeLookup<Route extends { readonly group: string; readonly method: string }>(vendor: string, routes: readonly Route[]): (id: OperationIdOf<Route>) => Route {
  const byId = new Map<string, Route>(routes.map((route) => [`${route.group}.${route.method}`, route]));
  return (id) => {
    const route = byId.get(id);
    if (!route) throw new Error(`${vendor} has no operation ${id}.`);
    return route;
  };
}
