import { ValidationError } from '../errors/error-types';
import { type PsaErrorContext, type PsaIssue, describeRequest } from '../errors/psa-error';
import { quoteValue } from '../util/quote-value';

/** What a path parameter must look like: `integer` ids (Atera's AgentID), `uuid`s (DeviceGuid) or any non-empty `string`. */
export type PathParamKind = 'integer' | 'uuid' | 'string';
export type PathParamValue = string | number;

const PLACEHOLDER = /\{([^{}]+)\}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^\d{1,19}$/;
/** Half of a UTF-16 pair on its own: not text a URL can carry (it would arrive as U+FFFD, a different value). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The `{names}` in a path template, in order. */
export function pathParamNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/**
 * Fills a path template (`/tickets/{ticketId}`) with checked, URL-encoded values. A missing, empty
 * or malformed value fails with a ValidationError naming the parameter, before anything is sent.
 */
export function expandPath(
  template: string,
  params: Readonly<Record<string, PathParamValue | undefined>> = {},
  kinds: Readonly<Record<string, PathParamKind>> = {},
  context: PsaErrorContext = {},
): string {
  const issues: PsaIssue[] = [];
  const reported = new Set<string>();
  // Own properties only: a template naming {constructor} must not find Object.prototype.constructor.
  const valueOf = (name: string): PathParamValue | undefined => (Object.hasOwn(params, name) ? params[name] : undefined);
  const path = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = valueOf(name);
    const problem = checkParam(value, Object.hasOwn(kinds, name) ? (kinds[name] as PathParamKind) : 'string');
    if (problem) {
      if (!reported.has(name)) issues.push({ path: name, message: `path parameter ${name} ${problem}` });
      reported.add(name);
      return '_';
    }
    return encodeURIComponent(String(value).trim());
  });
  const names = new Set(pathParamNames(template));
  for (const name of Object.keys(params)) {
    if (params[name] !== undefined && !names.has(name)) {
      issues.push({ path: name, message: `${name} is not a path parameter of ${template}` });
    }
  }
  if (issues.length > 0) {
    throw new ValidationError(`${describeRequest(context)}: ${issues.map((issue) => issue.message).join('; ')}.`, {
      ...context,
      code: 'INVALID_PATH_PARAMETER',
      issues,
    });
  }
  return path;
}

function checkParam(value: PathParamValue | undefined, kind: PathParamKind): string | undefined {
  if (value === undefined || value === null) return 'is required';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return `must be a non-negative integer id, got ${String(value)}`;
    return kind === 'uuid' ? `must be a GUID such as 3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01, got the number ${value}` : undefined;
  }
  if (typeof value !== 'string') return `must be a string or a number, got ${typeof value}`;
  const text = value.trim();
  if (text === '') return 'must not be empty';
  if (kind === 'integer' && !INTEGER.test(text)) return `must be an integer id (digits only), got ${quoteValue(text)}`;
  if (kind === 'uuid' && !UUID.test(text)) return `must be a GUID such as 3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01, got ${quoteValue(text)}`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return 'must not contain control characters';
  if (text === '.' || text === '..') return `must not be ${quoteValue(text)}`;
  // encodeURIComponent throws on these; a URL could only carry them as a replacement character.
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it holds a lone surrogate)';
  if (text.length > 1000) return 'is longer than 1,000 characters';
  return undefined;
}

