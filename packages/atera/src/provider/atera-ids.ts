import { ResponseShapeError, ValidationError } from '@psagate/core';

/** Where an id was given, for the error message: `tickets.get`, `id`. */
export interface IdContext {
  readonly operation: string;
  readonly field: string;
}

const INTEGER_ID = /^\d{1,18}$/;

/**
 * Atera ids are integers; a neutral id is a string. Anything that is not digits is refused before
 * a request is sent.
 */
export function ateraIntegerId(value: string, context: IdContext): number {
  const trimmed = value.trim();
  if (!INTEGER_ID.test(trimmed)) {
    throw new ValidationError(
      `atera ${context.operation}: ${context.field} must be an Atera id (digits only, such as "42"), got ${JSON.stringify(value)}. Nothing was sent.`,
      { provider: 'atera', operation: context.operation, code: 'INVALID_ID', issues: [{ path: context.field, message: 'must be digits only' }] },
    );
  }
  return Number(trimmed);
}

/** The neutral id of an Atera integer id, or null when Atera sent none (or 0, which it uses for "none"). */
export function neutralId(value: number | null | undefined): string | null {
  return value === null || value === undefined || value <= 0 ? null : String(value);
}

/** The id of a record Atera returned; a record without one cannot be addressed, so it is a shape error. */
export function recordId(value: number | null | undefined, record: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new ResponseShapeError(`Atera returned a ${record} without its id; the record cannot be addressed. Report this to Atera support if it persists.`, {
    provider: 'atera',
    code: 'MISSING_ID',
    issues: [{ path: record, message: 'has no id' }],
  });
}
