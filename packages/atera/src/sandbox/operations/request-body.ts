import type { z } from 'zod';
import type { SandboxOperationRequest, SandboxOperationResult } from '../operation-handler';
import { escapeHtmlDeep } from './html-escape';
import { failure } from './results';

export type ParsedBody<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly result: SandboxOperationResult };

type Issue = z.core.$ZodIssue;

/** Removes the properties zod reported as unknown, so the parse can be retried without them. */
function withoutUnknownKeys(input: unknown, issues: readonly Issue[]): unknown {
  const copy = structuredClone(input);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let target: unknown = copy;
    for (const segment of issue.path) target = (target as Record<PropertyKey, unknown> | undefined)?.[segment];
    if (target !== null && typeof target === 'object') for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
  }
  return copy;
}

function describeIssue(issue: Issue): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/**
 * Checks a request body against the spec's request schema, as Atera's model binding does: fields
 * it does not know are ignored, a wrong type or a missing required field is a 400 that names the
 * field. String fields come back HTML-escaped, the way Atera stores them.
 */
export function parseBody<S extends z.ZodType>(request: SandboxOperationRequest, schema: S, schemaName: string): ParsedBody<z.output<S>> {
  if (request.body === undefined || request.body === null) {
    return { ok: false, result: failure(400, `The request body is missing: send a JSON ${schemaName}.`) };
  }
  let input: unknown = request.body;
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = schema.safeParse(input);
    if (parsed.success) return { ok: true, value: escapeHtmlDeep(parsed.data) };
    const issues = parsed.error.issues;
    const real = issues.filter((issue) => issue.code !== 'unrecognized_keys');
    if (real.length > 0) {
      return { ok: false, result: failure(400, `The request body is not a valid ${schemaName}: ${real.map(describeIssue).join('; ')}.`) };
    }
    input = withoutUnknownKeys(input, issues);
  }
  return { ok: false, result: failure(400, `The request body is not a valid ${schemaName}.`) };
}
