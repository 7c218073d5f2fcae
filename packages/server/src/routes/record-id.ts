import { recordIdSchema } from '@psagate/core';
import { HttpProblem } from '../problem';

/** The `{name}` path parameter as a record id, or a 400 problem. */
export function recordIdParam(params: Readonly<Record<string, string>>, name: string): string {
  const parsed = recordIdSchema.safeParse(params[name] ?? '');
  if (!parsed.success) {
    throw new HttpProblem('bad-request', `The ${name} in the path is not a valid record id.`, {
      code: 'INVALID_ID',
      errors: [{ parameter: name, message: parsed.error.issues[0]?.message ?? 'is not a valid id' }],
    });
  }
  return parsed.data;
}
