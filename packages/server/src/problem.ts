import { type PsaError, isPsaError } from '@psagate/core';
import type { Redactor } from '@psagate/core/provider';
import type { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One invalid field: a JSON Pointer into the body (or the query parameter name) and what is wrong. */
export interface ProblemFieldError {
  /** JSON Pointer (RFC 6901) into the request body, e.g. `/contact/email`; set for body errors. */
  readonly pointer?: string | undefined;
  /** Query parameter, for query errors. */
  readonly parameter?: string | undefined;
  readonly message: string;
}

/** An RFC 9457 problem document, with a few psagate extensions. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string | undefined;
  /** Stable machine-readable code, e.g. `NOT_FOUND`, `INVALID_CURSOR`. */
  readonly code: string;
  readonly requestId?: string | undefined;
  readonly errors?: readonly ProblemFieldError[] | undefined;
  /** True when a write may have reached the PSA before it failed: check before sending it again. */
  readonly maybeApplied?: boolean | undefined;
  /** Set with `maybeApplied`: whether sending the same request again is safe (false: find the record instead). */
  readonly retryable?: boolean | undefined;
  /** Seconds to wait before retrying, mirrored in the Retry-After header. */
  readonly retryAfterSeconds?: number | undefined;
}

/** The problem types this server answers with; `type` URIs are `urn:psagate:problem:<slug>`. */
export const problemKinds = {
  'bad-request': { status: 400, title: 'Bad request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'unprocessable-content': { status: 422, title: 'Unprocessable content' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  /** The caller hung up before the answer (nginx's 499): nobody reads it, but logs and metrics say so. */
  'client-closed-request': { status: 499, title: 'Client closed request' },
  internal: { status: 500, title: 'Internal server error' },
  'not-implemented': { status: 501, title: 'Not implemented' },
  'bad-gateway': { status: 502, title: 'Bad gateway' },
  unavailable: { status: 503, title: 'Service unavailable' },
  'gateway-timeout': { status: 504, title: 'Gateway timeout' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof problemKinds;

export const problemTypeUri = (kind: ProblemKind): string => `urn:psagate:problem:${kind}`;

/** An error the HTTP layer raises on purpose; `app.onError` turns it into its problem document. */
export class HttpProblem extends Error {
  readonly kind: ProblemKind;
  readonly code: string;
  readonly errors: readonly ProblemFieldError[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(kind: ProblemKind, detail: string, options: { code: string; errors?: readonly ProblemFieldError[]; headers?: Record<string, string> }) {
    super(detail);
    this.name = 'HttpProblem';
    this.kind = kind;
    this.code = options.code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** What the server answers for one error, and whether the error is worth logging at error level. */
export interface ProblemAnswer {
  readonly problem: ProblemDocument;
  readonly headers: Readonly<Record<string, string>>;
  /** False for the caller's own mistakes (4xx); true for failures the operator should see. */
  readonly serverFault: boolean;
}

interface ProblemContext {
  readonly instance: string;
  readonly requestId: string;
  readonly redactor: Redactor;
  /** True for routes that change data (POST, PATCH): there a failure may come after the PSA applied the write. */
  readonly write?: boolean | undefined;
}

/** Turns any thrown value into the problem document the caller gets. Never exposes a stack or a secret. */
export function problemFor(error: unknown, context: ProblemContext): ProblemAnswer {
  if (error instanceof HttpProblem) {
    const errors = error.errors?.map((field) => ({ ...field, message: context.redactor.redact(field.message) }));
    return answer(error.kind, context.redactor.redact(error.message), error.code, context, { errors, headers: error.headers });
  }
  if (isPsaError(error)) return psaProblem(error, context);
  return answer('internal', 'The gateway failed to handle this request. The operator can find the cause in its logs under this requestId.', 'INTERNAL', context);
}

function psaProblem(error: PsaError, context: ProblemContext): ProblemAnswer {
  const detail = context.redactor.redact(error.message);
  const retryAfterSeconds = isPsaError(error, 'rate_limit') ? wholeSeconds(error.retryAfterMs) : undefined;
  const extras = {
    maybeApplied: error.maybeApplied || undefined,
    retryAfterSeconds,
    headers: retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) },
  };
  if (error.maybeApplied && context.write) {
    // The PSA may hold the write already (Atera reports a failed read-back after a create with the
    // read's kind): a 404 or 422 would tell the caller to send it again and make a duplicate. The
    // message says what happened and how to find the record.
    const wait = error.retryable ? extras : { maybeApplied: true };
    return answer('bad-gateway', detail, error.code, context, { ...wait, retryable: error.retryable });
  }
  switch (error.kind) {
    case 'validation': {
      const errors = error.issues.map((issue) => ({ pointer: pointerFromDotted(issue.path), message: context.redactor.redact(issue.message) }));
      const kind = error.code === 'INVALID_PAGE_OPTIONS' ? 'bad-request' : 'unprocessable-content';
      return answer(kind, detail, error.code, context, { ...extras, errors: errors.length > 0 ? errors : undefined });
    }
    case 'not_found':
      return answer('not-found', detail, error.code, context, extras);
    case 'conflict':
      return answer('conflict', detail, error.code, context, extras);
    case 'unsupported':
      return answer('not-implemented', detail, error.code, context, extras);
    case 'rate_limit':
      return answer('rate-limited', `${detail} The gateway's rate budget with the PSA is spent; retry later.`, error.code, context, extras);
    case 'authentication':
    case 'permission':
      // The PSA refused the gateway's own credential: not the caller's fault, and no detail that helps an attacker.
      return answer(
        'bad-gateway',
        `The PSA refused the gateway's credentials (${error.kind}). The gateway operator must check the provider configuration.`,
        error.code,
        context,
        extras,
      );
    case 'network':
      return answer(error.code === 'TIMEOUT' ? 'gateway-timeout' : 'bad-gateway', detail, error.code, context, extras);
    case 'server':
      return answer(error.status === 504 ? 'gateway-timeout' : 'bad-gateway', detail, error.code, context, extras);
    case 'response_shape':
      return answer('bad-gateway', detail, error.code, context, extras);
    case 'config':
      return answer('internal', 'The gateway is misconfigured. The operator can find the cause in its logs under this requestId.', error.code, context, extras);
  }
}

function wholeSeconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : Math.max(1, Math.ceil(ms / 1000));
}

function answer(
  kind: ProblemKind,
  detail: string,
  code: string,
  context: ProblemContext,
  extras: {
    errors?: readonly ProblemFieldError[] | undefined;
    headers?: Readonly<Record<string, string>> | undefined;
    maybeApplied?: boolean | undefined;
    retryable?: boolean | undefined;
    retryAfterSeconds?: number | undefined;
  } = {},
): ProblemAnswer {
  const { status, title } = problemKinds[kind];
  const problem: ProblemDocument = {
    type: problemTypeUri(kind),
    title,
    status,
    detail,
    instance: context.instance,
    code,
    requestId: context.requestId,
    ...(extras.errors ? { errors: extras.errors } : {}),
    ...(extras.maybeApplied ? { maybeApplied: true } : {}),
    ...(extras.maybeApplied && extras.retryable !== undefined ? { retryable: extras.retryable } : {}),
    ...(extras.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: extras.retryAfterSeconds }),
  };
  return { problem, headers: extras.headers ?? {}, serverFault: status >= 500 };
}

/** The Response for a problem document. */
export function problemResponse({ problem, headers }: ProblemAnswer, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers, ...extraHeaders },
  });
}

/** `contact.email` / `items[3].id` → `/contact/email` / `/items/3/id`. */
export function pointerFromDotted(path: string): string {
  if (path === '') return '';
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter((segment) => segment !== '');
  return pointerFromSegments(segments);
}

export function pointerFromSegments(segments: readonly PropertyKey[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Zod issues as field errors: body issues get a JSON Pointer, query issues their parameter name. */
export function fieldErrorsFromZod(issues: readonly z.core.$ZodIssue[], where: 'body' | 'query'): ProblemFieldError[] {
  return issues.flatMap((issue) => {
    const message = describeIssue(issue);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => (where === 'body' ? { pointer: pointerFromSegments([...issue.path, key]), message } : { parameter: key, message }));
    }
    return [where === 'body' ? { pointer: pointerFromSegments(issue.path), message } : { parameter: issue.path.map(String).join('.') || '(query)', message }];
  });
}

/** A zod message without echoing the rejected value (a pasted secret must not come back in the error). */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'is not a known field; check the spelling';
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'is required';
  if (issue.code === 'invalid_union') {
    const first = issue.errors.map((branch) => branch[0]).find((branch) => branch !== undefined);
    if (first && issue.errors.every((branch) => branch[0]?.code === 'invalid_type')) {
      const expected = [...new Set(issue.errors.map((branch) => (branch[0]?.code === 'invalid_type' ? branch[0].expected : '')))];
      return `expected ${expected.join(' or ')}`;
    }
    if (first) return describeIssue(first);
  }
  return issue.message;
}
