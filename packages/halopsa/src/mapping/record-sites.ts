import type { RecordIdSite } from '@psagate/core/provider';

/** Where the id of a Halo record was read, for core's `recordIdOf` (its error names the record and field). */
export function haloRecordSite(record: string, field = 'id'): RecordIdSite {
  return { provider: 'halopsa', displayName: 'HaloPSA', record, field };
}
