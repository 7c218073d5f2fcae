import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
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
} from './error-types';
import { PsaError, type PsaErrorKind, type PsaErrorOptions, describeRequest, isPsaError } from './psa-error';

type Constructor = new (message: string, options?: PsaErrorOptions) => PsaError;

const SUBCLASSES: readonly [Constructor, string, PsaErrorKind, string, boolean][] = [
  [ConfigError, 'ConfigError', 'config', 'INVALID_CONFIG', false],
  [ValidationError, 'ValidationError', 'validation', 'INVALID_INPUT', false],
  [AuthenticationError, 'AuthenticationError', 'authentication', 'UNAUTHENTICATED', false],
  [PermissionError, 'PermissionError', 'permission', 'FORBIDDEN', false],
  [NotFoundError, 'NotFoundError', 'not_found', 'NOT_FOUND', false],
  [ConflictError, 'ConflictError', 'conflict', 'CONFLICT', false],
  [RateLimitError, 'RateLimitError', 'rate_limit', 'RATE_LIMITED', true],
  [ServerError, 'ServerError', 'server', 'SERVER_ERROR', false],
  [NetworkError, 'NetworkError', 'network', 'NETWORK_ERROR', false],
  [ResponseShapeError, 'ResponseShapeError', 'response_shape', 'UNEXPECTED_RESPONSE', false],
];

const context = {
  provider: 'halopsa',
  operation: 'tickets.get',
  method: 'GET',
  path: '/api/Tickets/{id}',
  status: 418,
  requestId: 'req-1',
  providerCode: 'E42',
};

describe('PsaError subclasses', () => {
  it.each(SUBCLASSES)('%o sets name %s, kind %s and default code %s', (Subclass, name, kind, code, retryable) => {
    const error = new Subclass('something failed');
    expect(error).toBeInstanceOf(PsaError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.maybeApplied).toBe(false);
    expect(error.issues).toEqual([]);
    expect(error.message).toBe('something failed');
    expect(String(error)).toBe(`${name}: something failed`);
    expect(error.stack).toContain(`${name}: something failed`);
    expect(isPsaError(error)).toBe(true);
    expect(isPsaError(error, kind)).toBe(true);
  });

  it.each(SUBCLASSES)('%o carries the context it was given', (Subclass) => {
    const issues = [{ path: 'summary', message: 'is required' }];
    const error = new Subclass('failed', { ...context, code: 'CUSTOM', retryable: true, maybeApplied: true, issues });
    expect(error).toMatchObject({ ...context, code: 'CUSTOM', retryable: true, maybeApplied: true, issues });
  });

  it('keeps a sanitised cause', () => {
    const cause = new Error('socket hang up');
    expect(new NetworkError('failed', { cause }).cause).toBe(cause);
    expect('cause' in new NetworkError('failed')).toBe(false);
  });

  it('lets a RateLimitError say it is not retryable', () => {
    expect(new RateLimitError('slow', { retryable: false }).retryable).toBe(false);
  });

  it('UnsupportedOperationError names the provider and the operation and says what to do', () => {
    const error = new UnsupportedOperationError('automate', 'alerts.resolve', 'Automate has no endpoint for it');
    expect(error).toMatchObject({ name: 'UnsupportedOperationError', kind: 'unsupported', code: 'UNSUPPORTED_OPERATION', provider: 'automate', operation: 'alerts.resolve' });
    expect(error.message).toBe(
      'automate does not support alerts.resolve: Automate has no endpoint for it. Check gateway.capabilities before calling it, or use gateway.native for provider-specific routes.',
    );
    expect(new UnsupportedOperationError('atera', 'tickets.listComments').message).toMatch(/^atera does not support tickets\.listComments\. Check/);
  });
});

describe('toJSON', () => {
  it('holds the documented fields and drops the undefined ones', () => {
    const error = new NotFoundError('gone', context);
    expect(error.toJSON()).toEqual({
      name: 'NotFoundError',
      kind: 'not_found',
      message: 'gone',
      code: 'NOT_FOUND',
      ...context,
      retryable: false,
      maybeApplied: false,
    });
    expect(new ConfigError('bad').toJSON()).toEqual({ name: 'ConfigError', kind: 'config', message: 'bad', code: 'INVALID_CONFIG', retryable: false, maybeApplied: false });
  });

  it('includes issues only when there are some', () => {
    const issues = [{ path: 'a', message: 'b' }];
    expect(new ValidationError('x', { issues }).toJSON().issues).toEqual(issues);
    expect('issues' in new ValidationError('x').toJSON()).toBe(false);
  });

  it('includes retryAfterMs for a RateLimitError', () => {
    expect(new RateLimitError('slow', { retryAfterMs: 30_000 }).toJSON()).toMatchObject({ kind: 'rate_limit', retryAfterMs: 30_000, retryable: true });
    expect('retryAfterMs' in new RateLimitError('slow').toJSON()).toBe(false);
  });

  it('never includes the stack or the cause', () => {
    const json = new ServerError('boom', { cause: new Error('inner secret detail') }).toJSON();
    expect(Object.keys(json)).not.toContain('stack');
    expect(Object.keys(json)).not.toContain('cause');
    expect(JSON.stringify(new ServerError('boom', { cause: new Error('inner secret detail') }))).not.toContain('inner secret detail');
  });

  it('is what JSON.stringify writes', () => {
    const error = new ConflictError('in use', { provider: 'atera' });
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.toJSON());
  });
});

describe('isPsaError', () => {
  it('recognises an error from another copy of the package by its brand', () => {
    const copy = Object.assign(new Error('from elsewhere'), { kind: 'not_found' });
    Object.defineProperty(copy, Symbol.for('@psagate/core/PsaError'), { value: true });
    expect(copy instanceof PsaError).toBe(false);
    expect(isPsaError(copy)).toBe(true);
    expect(isPsaError(copy, 'not_found')).toBe(true);
    expect(isPsaError(copy, 'server')).toBe(false);
  });

  it.each([
    ['a plain Error', new Error('x')],
    ['an object that only looks like one', { name: 'NotFoundError', kind: 'not_found', code: 'NOT_FOUND' }],
    ['a brand with a truthy non-true value', { [Symbol.for('@psagate/core/PsaError')]: 'yes' }],
    ['null', null],
    ['a string', 'NotFoundError'],
    ['undefined', undefined],
  ])('rejects %s', (_label, value) => {
    expect(isPsaError(value)).toBe(false);
  });

  it('narrows by kind', () => {
    expect(isPsaError(new ServerError('x'), 'server')).toBe(true);
    expect(isPsaError(new ServerError('x'), 'network')).toBe(false);
  });

  it('does not show the brand when the error is inspected or serialised', () => {
    const error = new ValidationError('x');
    expect(Object.keys(error)).not.toContain(Symbol.for('@psagate/core/PsaError').toString());
    expect(inspect(error)).not.toContain('@psagate/core/PsaError');
  });
});

describe('describeRequest', () => {
  it.each([
    [{ provider: 'atera', method: 'GET', path: '/api/v3/tickets/{ticketId}', operation: 'tickets.get' }, 'atera GET /api/v3/tickets/{ticketId}'],
    [{ provider: 'atera', operation: 'tickets.get' }, 'atera tickets.get'],
    [{ provider: 'atera', method: 'GET' }, 'atera'],
    [{ method: 'GET', path: '/x' }, 'psagate GET /x'],
    [{}, 'psagate'],
  ])('labels %j as %j', (input, expected) => {
    expect(describeRequest(input)).toBe(expected);
  });
});
