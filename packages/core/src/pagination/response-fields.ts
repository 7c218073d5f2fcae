import { ResponseShapeError } from '../errors/error-types';
import type { PsaErrorContext } from '../errors/psa-error';

/** One field name, or several to try in order (`['totalItemCount', 'totalItems']`). */
export type FieldNames = string | readonly string[];

function names(fields: FieldNames): readonly string[] {
  return typeof fields === 'string' ? [fields] : fields;
}

/**
 * The array of records in a list response: the body itself when `itemsField` is undefined (bare
 * arrays), else the first of the named fields present.
 */
export function readItems(
  body: unknown,
  itemsField: FieldNames | undefined,
  context: PsaErrorContext | undefined,
  redact: (text: string) => string = (text) => text,
): unknown[] {
  if (itemsField === undefined) {
    if (Array.isArray(body)) return body;
    throw shapeError(context, 'a JSON array', describe(body));
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const fields = names(itemsField);
    for (const field of fields) {
      const value = record[field];
      if (Array.isArray(value)) return value;
    }
    // Some servers send `items: null` for an empty page.
    if (fields.some((field) => field in record && record[field] === null)) return [];
    throw shapeError(context, `an array in \`${names(itemsField).join('` or `')}\``, `an object with keys ${redact(Object.keys(record).slice(0, 8).join(', ')) || '(none)'}`);
  }
  throw shapeError(context, `an object with \`${names(itemsField).join('` or `')}\``, describe(body));
}

/** A non-negative integer from the first named field that has one; undefined when none does. */
export function readCount(source: unknown, fields: FieldNames | undefined): number | undefined {
  if (fields === undefined || !source || typeof source !== 'object') return undefined;
  for (const field of names(fields)) {
    const value = (source as Record<string, unknown>)[field];
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'number' && Number.isInteger(number) && number >= 0) return number;
  }
  return undefined;
}

/** The first named field holding a non-empty string. */
export function readString(source: unknown, fields: FieldNames | undefined): string | undefined {
  if (fields === undefined || !source || typeof source !== 'object') return undefined;
  for (const field of names(fields)) {
    const value = (source as Record<string, unknown>)[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function shapeError(context: PsaErrorContext | undefined, expected: string, received: string): ResponseShapeError {
  const who = context?.provider ? `${context.provider} ${context.operation ?? 'list'}` : 'The list response';
  return new ResponseShapeError(
    `${who}: expected ${expected} in the list response but received ${received}. ` +
      'The API may have changed; check the provider version or report it.',
    { ...context, code: 'UNEXPECTED_LIST_SHAPE' },
  );
}
