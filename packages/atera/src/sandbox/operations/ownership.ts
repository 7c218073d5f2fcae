import type { RecordTable } from '../state/record-table';
import type { SandboxStore } from '../state/sandbox-store';
import { customerIdForIndex } from '../state/seed-customers';

/**
 * The customer a record belongs to. Seeded records of customer-owned kinds are spread round robin
 * over the seeded customers, so an untouched one is answered from its position without making it.
 */
export function ownerOf<T>(store: SandboxStore, table: RecordTable<T>, id: number, customerOf: (record: T) => number | null): number | null {
  const index = table.seededIndexOf(id);
  if (index !== undefined) return customerIdForIndex(store, index);
  const record = table.get(id);
  return record === undefined ? null : customerOf(record);
}

/** Ids of a table's records that belong to a customer, in list order. */
export function idsOwnedBy<T>(store: SandboxStore, table: RecordTable<T>, customerId: number, customerOf: (record: T) => number | null): number[] {
  return table.idsWhere((id) => ownerOf(store, table, id, customerOf) === customerId);
}

/** Whether a customer owns at least one record of a table. */
export function ownsAny<T>(store: SandboxStore, table: RecordTable<T>, customerId: number, customerOf: (record: T) => number | null): boolean {
  return table.ids().some((id) => ownerOf(store, table, id, customerOf) === customerId);
}
