import type { z } from 'zod';
import { ResponseShapeError } from '../errors/error-types';
import { type PsaErrorContext, type PsaIssue, describeRequest } from '../errors/psa-error';

/**
 * `strict`: a response that does not match its schema fails with ResponseShapeError.
 * `lenient`: the record is kept as received and a warning is reported instead.
 */
export type ResponseValidationMode = 'strict' | 'lenient';

export interface ResponseValidationOptions {
  readonly mode: ResponseValidationMode;
  readonly context: PsaErrorContext;
  /** Prepended to issue paths, e.g. `items[3]`. */
  readonly pathPrefix?: string | undefined;
  readonly onWarning: (message: string, issues: readonly PsaIssue[]) => void;
  /** Masks known secrets; issue paths can hold record keys taken from the data. */
  readonly redact?: ((text: string) => string) | undefined;
}

const SHOWN_ISSUES = 3;

/**
 * Checks a response against its schema. Errors name the paths of the offending fields and what was
 * expected, never the values received (they may be personal data).
 */
export function validateResponse<T>(schema: z.ZodType<T>, data: unknown, options: ResponseValidationOptions): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const redact = options.redact ?? ((text: string) => text);
  const issues: PsaIssue[] = result.error.issues.map((issue) => ({
    path: redact(joinPath(options.pathPrefix, issue.path)),
    message: redact(issue.message),
  }));
  const listed = issues.slice(0, SHOWN_ISSUES).map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
  const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : '';
  const summary = `${describeRequest(options.context)} returned data that does not match the expected shape: ${listed}${more}.`;
  if (options.mode === 'lenient') {
    options.onWarning(`${summary} Kept the record as received.`, issues);
    return data as T;
  }
  throw new ResponseShapeError(
    `${summary} The API may have changed; set responseValidation to 'lenient' to accept such records with a warning.`,
    { ...options.context, code: 'SCHEMA_MISMATCH', issues },
  );
}

function joinPath(prefix: string | undefined, path: readonly PropertyKey[]): string {
  let result = prefix ?? '';
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else result += result ? `.${String(segment)}` : String(segment);
  }
  return result;
}
