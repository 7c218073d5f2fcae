import { isPsaError } from '@psagate/core';
import { HttpProblem } from './problem';
import type { RouteSpec } from './route-spec';

/**
 * The gateway (core's `parseId`, a provider's own id check) reports a bad id or filter as a
 * ValidationError naming the field, the way a library caller passed it. Over HTTP that value came
 * from the path or the query, not the body: this turns such an error into the 400 a bad path or
 * query parameter gets, with the parameter named. Other errors are left to `problemFor`.
 */
export function gatewayInputProblem(error: unknown, route: RouteSpec): HttpProblem | undefined {
  if (!isPsaError(error, 'validation') || error.maybeApplied) return undefined;
  const issues = error.issues ?? [];
  if (issues.length === 0) return undefined;

  const pathFields = new Set(route.pathIdFields ?? []);
  if (issues.every((issue) => pathFields.has(issue.path))) {
    return new HttpProblem('bad-request', error.message, {
      code: 'INVALID_ID',
      errors: issues.map((issue) => ({ parameter: 'id', message: issue.message })),
    });
  }
  const queryFields = new Set(route.query ? Object.keys(route.query.shape) : []);
  if (issues.every((issue) => queryFields.has(issue.path))) {
    return new HttpProblem('bad-request', error.message, {
      code: 'INVALID_QUERY',
      errors: issues.map((issue) => ({ parameter: issue.path, message: issue.message })),
    });
  }
  return undefined;
}
