/**
 * The built-in steps, outermost first: the order a call passes them on its way out (answers come
 * back the other way). Those above `retry` run once per call; `retry` and those below it once per attempt.
 *
 * - `error-event`: whatever stops the call leaves as a PsaError, reported as one `error` event.
 * - `url-and-origin`: builds the URL from the path template and query, or checks a link; nothing leaves the base URL's origin.
 * - `json-body`: serialises the body as JSON, refusing what JSON cannot carry before anything is sent.
 * - `validation`: checks a success's data against the spec's schema (strict or lenient).
 * - `http-errors`: turns an error status, an unusable body or a failed connection into the PsaError that explains it.
 * - `retry`: the one retry loop (axios-retry): backoff for transient failures, a replay after a 401, redirects.
 * - `response-body`: parses the JSON body of each successful attempt.
 * - `redirect`: follows a same-origin redirect, refuses any other.
 * - `rate-limit`: waits for the credential's rate budget.
 * - `auth`: signs each attempt with the current credential.
 * - `timeout`: gives up on an attempt that takes longer than `timeoutMs`.
 * - `attempt-events`: reports each attempt as a `request` and a `response` event.
 * - `rate-limit-headers`: tells the rate limiter what the server's rate-limit headers say.
 */
export const httpStepNames = [
  'error-event',
  'url-and-origin',
  'json-body',
  'validation',
  'http-errors',
  'retry',
  'response-body',
  'redirect',
  'rate-limit',
  'auth',
  'timeout',
  'attempt-events',
  'rate-limit-headers',
] as const;

export type HttpStepName = (typeof httpStepNames)[number];
