import { ConditionSyntaxError, conditionPaths, parseCondition, valueAt } from './condition-parser';

/** A 400 the sandbox answers for bad list options, in Automate's error shape. */
export class ListQueryError extends Error {
  override readonly name = 'ListQueryError';
}

export interface ListQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly condition?: string | undefined;
  readonly orderBy?: string | undefined;
  readonly ids?: string | undefined;
  readonly includedFields?: string | undefined;
  readonly excludedFields?: string | undefined;
}

/** Reads a query parameter by its flat name or its `options.` name, in any case. */
export function queryParam(url: URL, name: string): string | undefined {
  const wanted = [name.toLowerCase(), `options.${name.toLowerCase()}`];
  for (const [key, value] of url.searchParams) if (wanted.includes(key.toLowerCase())) return value;
  return undefined;
}

export function readListQuery(url: URL, defaultPageSize: number, maxPageSize: number): ListQuery {
  const page = Number(queryParam(url, 'page') ?? '1');
  const pageSize = Number(queryParam(url, 'pageSize') ?? String(defaultPageSize));
  if (!Number.isInteger(page) || page < 1) throw new ListQueryError('page must be a positive integer.');
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new ListQueryError('pageSize must be a positive integer.');
  return {
    page,
    // Larger pages are served at the maximum, without saying so.
    pageSize: Math.min(pageSize, maxPageSize),
    condition: queryParam(url, 'condition'),
    orderBy: queryParam(url, 'orderBy'),
    ids: queryParam(url, 'ids'),
    includedFields: queryParam(url, 'includedFields'),
    excludedFields: queryParam(url, 'excludedFields'),
  };
}

/** Filters and sorts records as the server would; the page is cut by the caller. */
export function applyListQuery(records: readonly Record<string, unknown>[], query: ListQuery, idField: string): Record<string, unknown>[] {
  let result = [...records];
  if (query.ids) {
    const ids = new Set(query.ids.split(',').map((id) => id.trim()));
    result = result.filter((record) => ids.has(String(record[idField])));
  }
  if (query.condition !== undefined && query.condition.trim() !== '') {
    let predicate;
    try {
      predicate = parseCondition(query.condition);
      for (const path of conditionPaths(query.condition)) {
        if (records.length > 0 && !records.some((record) => valueAt(record, path) !== undefined)) {
          throw new ListQueryError(`The condition names the property '${path}', which this resource does not have.`);
        }
      }
    } catch (error) {
      if (error instanceof ConditionSyntaxError) throw new ListQueryError(`The condition could not be parsed: ${error.message}`);
      throw error;
    }
    result = result.filter(predicate);
  }
  if (query.orderBy) {
    const keys = query.orderBy.split(',').map((part) => {
      const [path = '', direction = 'asc'] = part.trim().split(/\s+/);
      if (!/^[A-Za-z_][\w.]*$/.test(path) || !['asc', 'desc'].includes(direction.toLowerCase())) {
        throw new ListQueryError(`orderBy ${JSON.stringify(part)} is not "<Property> asc|desc".`);
      }
      return { path, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
    });
    result.sort((left, right) => {
      for (const { path, sign } of keys) {
        const a = valueAt(left, path);
        const b = valueAt(right, path);
        if (a === b) continue;
        if (a === undefined || a === null) return -sign;
        if (b === undefined || b === null) return sign;
        return (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))) * sign;
      }
      return 0;
    });
  }
  return result;
}

/** Keeps only `includedFields`, or drops `excludedFields` (top-level property names, any case). */
export function projectFields(record: Record<string, unknown>, query: Pick<ListQuery, 'includedFields' | 'excludedFields'>): Record<string, unknown> {
  const names = (list: string | undefined) => new Set((list ?? '').split(',').map((name) => name.trim().split('.')[0]?.toLowerCase()).filter(Boolean));
  if (query.includedFields) {
    const included = names(query.includedFields);
    return Object.fromEntries(Object.entries(record).filter(([key]) => included.has(key.toLowerCase())));
  }
  if (query.excludedFields) {
    const excluded = names(query.excludedFields);
    return Object.fromEntries(Object.entries(record).filter(([key]) => !excluded.has(key.toLowerCase())));
  }
  return record;
}
