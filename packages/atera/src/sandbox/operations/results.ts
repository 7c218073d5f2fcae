import type { SandboxOperationResult, SandboxRecordList } from '../operation-handler';
import type { ReadonlyRecordTable } from '../state/record-table';

export function json(body: unknown, status = 200): SandboxOperationResult {
  return { kind: 'json', status, body };
}

/** Atera's `Result` body: the id of what was created or changed, as a string. */
export function actionResult(id: number | string, status = 200): SandboxOperationResult {
  return json({ ActionID: String(id) }, status);
}

export function created(id: number | string): SandboxOperationResult {
  return actionResult(id, 201);
}

export const noContent: SandboxOperationResult = { kind: 'empty', status: 204 };

export function failure(status: number, message: string): SandboxOperationResult {
  return { kind: 'error', status, message };
}

/** 404 naming the record kind and id, and what to do about it. */
export function notFound(kind: string, id: number | string, listHint?: string): SandboxOperationResult {
  const hint = listHint === undefined ? '' : ` List them with ${listHint} to find a valid id.`;
  return failure(404, `No ${kind} with id ${String(id)} was found.${hint}`);
}

/** 400 for a request that names a related record that does not exist. */
export function unknownReference(field: string, kind: string, id: number | string): SandboxOperationResult {
  return failure(400, `${field} ${String(id)} does not name an existing ${kind}.`);
}

export function page(list: SandboxRecordList): SandboxOperationResult {
  return { kind: 'page', list };
}

/** A page over records already in memory. */
export function arrayPage(records: readonly unknown[]): SandboxOperationResult {
  return page({ total: records.length, slice: (start, end) => records.slice(start, end) });
}

/** A page over a table's ids: records are made only for the slice the HTTP layer asks for. */
export function idsPage<T>(table: ReadonlyRecordTable<T>, ids: readonly number[], present: (record: T) => unknown = (record) => record): SandboxOperationResult {
  return page({
    total: ids.length,
    slice: (start, end) => ids.slice(start, end).flatMap((id) => {
      const record = table.get(id);
      return record === undefined ? [] : [present(record)];
    }),
  });
}

export function tablePage<T>(table: ReadonlyRecordTable<T>): SandboxOperationResult {
  return idsPage(table, table.ids());
}
