import { type PsaErrorContext, ResponseShapeError } from '@psagate/core';

/**
 * Halo's answers come in more than one shape for the same thing; these read each of them.
 * Undocumented variants (see `halopsa.json`) are accepted rather than guessed at: a list may be a
 * bare array or an envelope, one record may come wrapped, a save may answer an object or an array.
 */

/** The records of a list that Halo does not page: a bare array, or `{ record_count, <key>: [...] }`. */
export function recordsOf(body: unknown, key: string, context: PsaErrorContext, redact: Redact = keep): unknown[] {
  if (Array.isArray(body)) return body;
  if (isObject(body)) {
    const value = body[key];
    if (Array.isArray(value)) return value;
    if (value === null) return [];
  }
  throw shapeError(context, `a JSON array or an object with \`${key}\``, body, redact);
}

/** One record: the bare object, or `{ <key>: [record] }` / `{ <key>: record }`. */
export function singleRecordOf(body: unknown, key: string, context: PsaErrorContext, redact: Redact = keep): unknown {
  if (isObject(body) && key in body && !('id' in body)) {
    const value = body[key];
    if (Array.isArray(value) && value.length === 1) return value[0];
    if (isObject(value)) return value;
  }
  if (isObject(body)) return body;
  throw shapeError(context, 'a JSON object', body, redact);
}

/** What a POST saved: a bare object (one record sent), an array, or either wrapped under `<key>`. */
export function savedRecordsOf(body: unknown, key: string, context: PsaErrorContext, redact: Redact = keep): unknown[] {
  if (Array.isArray(body)) return body;
  if (isObject(body)) {
    if ('id' in body) return [body];
    const value = body[key];
    if (Array.isArray(value)) return value;
    if (isObject(value)) return [value];
  }
  throw shapeError(context, 'the saved record (an object or an array)', body, redact);
}

/** Masks known secrets: the keys of an answer can be anything a server echoes. */
type Redact = (text: string) => string;
const keep: Redact = (text) => text;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'an empty body';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).slice(0, 8).join(', ') || '(none)'}`;
  return `a ${typeof value}`;
}

function shapeError(context: PsaErrorContext, expected: string, body: unknown, redact: Redact): ResponseShapeError {
  return new ResponseShapeError(
    `HaloPSA ${context.method ?? ''} ${context.path ?? ''} (${context.operation ?? 'call'}): expected ${expected} but received ${redact(describe(body))}. The API may have changed; report it with the Halo version.`.replace(/\s+/g, ' '),
    { ...context, code: 'UNEXPECTED_RESPONSE_SHAPE' },
  );
}
