import {
  AuthenticationError,
  ConfigError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseShapeError,
  ServerError,
  UnsupportedOperationError,
  ValidationError,
} from '@psagate/core';
import { Redactor } from '@psagate/core/provider';
import { describe, expect, it } from 'vitest';
import { pointerFromDotted, problemFor } from './problem';

const redactor = new Redactor();
redactor.add('psa-api-key-canary-5d1f');
const context = { instance: '/v1/tickets/1', requestId: 'req-1', redactor };
const statusOf = (error: unknown) => problemFor(error, context).problem.status;

describe('problemFor', () => {
  it('maps each psagate error kind to its HTTP status', () => {
    expect(statusOf(new ValidationError('bad', { issues: [{ path: 'contact.email', message: 'must be an email' }] }))).toBe(422);
    expect(statusOf(new ValidationError('bad page', { code: 'INVALID_PAGE_OPTIONS' }))).toBe(400);
    expect(statusOf(new NotFoundError('gone'))).toBe(404);
    expect(statusOf(new ConflictError('clash'))).toBe(409);
    expect(statusOf(new RateLimitError('slow down', { retryAfterMs: 1500 }))).toBe(429);
    expect(statusOf(new UnsupportedOperationError('automate', 'tickets.create'))).toBe(501);
    expect(statusOf(new ServerError('boom', { status: 500 }))).toBe(502);
    expect(statusOf(new ServerError('slow', { status: 504 }))).toBe(504);
    expect(statusOf(new NetworkError('timeout', { code: 'TIMEOUT' }))).toBe(504);
    expect(statusOf(new NetworkError('reset', { code: 'ECONNRESET' }))).toBe(502);
    expect(statusOf(new ResponseShapeError('drift'))).toBe(502);
    expect(statusOf(new ConfigError('bad config'))).toBe(500);
    expect(statusOf(new Error('anything else'))).toBe(500);
  });

  it('reports the PSA refusing the gateway credential as 502, not as the caller being unauthorised', () => {
    for (const error of [new AuthenticationError('atera rejected the API key psa-api-key-canary-5d1f'), new PermissionError('no rights')]) {
      const { problem } = problemFor(error, context);
      expect(problem.status).toBe(502);
      expect(problem.detail).toContain('gateway operator');
      expect(problem.detail).not.toContain('psa-api-key-canary-5d1f');
    }
  });

  it('sets Retry-After in whole seconds for rate limits', () => {
    const answer = problemFor(new RateLimitError('slow down', { retryAfterMs: 1500 }), context);
    expect(answer.headers).toEqual({ 'Retry-After': '2' });
    expect(answer.problem.retryAfterSeconds).toBe(2);
  });

  it('says a write may have been applied', () => {
    expect(problemFor(new NetworkError('cut', { code: 'ECONNRESET', maybeApplied: true }), context).problem.maybeApplied).toBe(true);
  });

  it('keeps maybeApplied whatever the kind of error', () => {
    const maybeApplied = { maybeApplied: true };
    for (const error of [
      new ValidationError('bad', { ...maybeApplied, issues: [{ path: 'title', message: 'too long' }] }),
      new NotFoundError('gone', maybeApplied),
      new ConflictError('clash', maybeApplied),
      new ConfigError('bad config', maybeApplied),
    ]) {
      expect(problemFor(error, context).problem.maybeApplied, error.kind).toBe(true);
    }
  });

  it('answers any error of a write that may have been applied as 502, with the code, retryable and the message', () => {
    const writeContext = { ...context, write: true };
    const readBack = (Kind: typeof NotFoundError | typeof ValidationError | typeof ConfigError) =>
      new Kind('atera tickets.create: ticket 20041 was created, but reading it back failed: not found. Find it with GET /v1/tickets/20041.', {
        code: 'READ_BACK_FAILED',
        maybeApplied: true,
        retryable: false,
        issues: [{ path: 'id', message: 'not found' }],
      });
    for (const error of [readBack(NotFoundError), readBack(ValidationError), readBack(ConfigError), new PermissionError('read refused', { maybeApplied: true })]) {
      const { problem, headers, serverFault } = problemFor(error, writeContext);
      expect(problem, error.kind).toMatchObject({ status: 502, type: 'urn:psagate:problem:bad-gateway', code: error.code, maybeApplied: true, retryable: false, detail: error.message });
      expect(problem.errors).toBeUndefined();
      expect(headers).toEqual({});
      expect(serverFault).toBe(true);
    }
    const repeatable = problemFor(new RateLimitError('updated, but the read-back was rate limited', { maybeApplied: true, retryable: true, retryAfterMs: 2000 }), writeContext);
    expect(repeatable.problem).toMatchObject({ status: 502, retryable: true, retryAfterSeconds: 2 });
    expect(repeatable.headers).toEqual({ 'Retry-After': '2' });
    // The same error on a read keeps its own status.
    expect(problemFor(readBack(NotFoundError), context).problem.status).toBe(404);
  });

  it('hides unknown errors behind a generic detail and flags them for the log', () => {
    const answer = problemFor(new TypeError('Cannot read properties of undefined (psa-api-key-canary-5d1f)'), context);
    expect(answer.serverFault).toBe(true);
    expect(answer.problem).toEqual({
      type: 'urn:psagate:problem:internal',
      title: 'Internal server error',
      status: 500,
      detail: expect.stringContaining('requestId'),
      instance: '/v1/tickets/1',
      code: 'INTERNAL',
      requestId: 'req-1',
    });
  });

  it('redacts known secrets from details and field errors', () => {
    const { problem } = problemFor(new ValidationError('rejected psa-api-key-canary-5d1f', { issues: [{ path: 'a', message: 'psa-api-key-canary-5d1f' }] }), context);
    expect(JSON.stringify(problem)).not.toContain('psa-api-key-canary-5d1f');
  });

  it('turns dotted paths into JSON Pointers', () => {
    expect(pointerFromDotted('contact.email')).toBe('/contact/email');
    expect(pointerFromDotted('items[3].a/b')).toBe('/items/3/a~1b');
    expect(pointerFromDotted('')).toBe('');
  });
});
