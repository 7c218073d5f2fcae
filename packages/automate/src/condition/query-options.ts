import { ValidationError } from '@psagate/core';
import { checkFieldPath } from './field-path';

export type SortDirection = 'asc' | 'desc';

/** One sort key: `'ComputerName'` (ascending), or a field with its direction. */
export type OrderBy = string | { readonly field: string; readonly direction?: SortDirection | undefined };

/** The `orderBy` parameter: `ComputerName asc`, keys separated by commas. */
export function renderOrderBy(order: OrderBy | readonly OrderBy[]): string {
  const keys: readonly OrderBy[] = Array.isArray(order) ? order : [order as OrderBy];
  return keys
    .map((key) => {
      if (typeof key === 'string') return `${checkFieldPath(key, 'orderBy field')} asc`;
      const direction = key.direction ?? 'asc';
      if (direction !== 'asc' && direction !== 'desc') {
        throw new ValidationError(`Automate orderBy direction must be asc or desc, got ${JSON.stringify(String(direction)).slice(0, 40)}.`, {
          provider: 'automate',
          code: 'INVALID_ORDER_BY',
        });
      }
      return `${checkFieldPath(key.field, 'orderBy field')} ${direction}`;
    })
    .join(',');
}

/** `includedFields` / `excludedFields`: property names, comma-separated. */
export function renderFieldList(fields: readonly string[], what: string): string {
  return fields.map((name) => checkFieldPath(name, `${what} entry`)).join(',');
}
