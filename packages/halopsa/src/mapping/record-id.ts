import { ResponseShapeError } from '@psagate/core';

/**
 * The neutral id of a record Halo returned. In lenient mode a record without its id still reaches
 * the mapping; it cannot be addressed, so it fails here instead of becoming the id "undefined".
 */
export function haloRecordId(value: unknown, record: string, field = 'id'): string {
  if ((typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^\d{1,18}$/.test(value))) return String(value);
  throw new ResponseShapeError(`HaloPSA returned a ${record} without a usable ${field}; the record cannot be addressed. Check the Halo version, or report it if it persists.`, {
    provider: 'halopsa',
    code: 'MISSING_ID',
    issues: [{ path: field, message: 'is missing or not an integer id' }],
  });
}
