import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  ValidationError,
} from '../errors/error-types';
import type { PsaError } from '../errors/psa-error';
import { Redactor } from '../security/redactor';
import { type ClassifiableFailure, type HttpFailure, httpError } from './http-error';

const CANARY = 'canary-secret-7f3a9b21';

function redactor(): Redactor {
  const value = new Redactor();
  value.add(CANARY);
  return value;
}

function failure(status: number, overrides: Partial<HttpFailure> = {}): HttpFailure {
  return {
    context: { provider: 'halopsa', operation: 'tickets.get', method: 'GET', path: '/api/Tickets/{id}', status, requestId: 'req-9' },
    body: { Message: 'Server said no' },
    idempotent: true,
    ...overrides,
  };
}

describe('httpError', () => {
  it.each<[number, abstract new (...args: never[]) => PsaError, string, string]>([
    [400, ValidationError, 'INVALID_INPUT', 'fix the fields it names'],
    [422, ValidationError, 'INVALID_INPUT', 'fix the fields it names'],
    [401, AuthenticationError, 'UNAUTHENTICATED', 'check that it is correct, active and meant for this server'],
    [403, PermissionError, 'FORBIDDEN', 'check its role, scopes or plan'],
    [404, NotFoundError, 'NOT_FOUND', 'Check the id'],
    [409, ConflictError, 'CONFLICT', 'reload it and try again'],
    [429, RateLimitError, 'RATE_LIMITED', 'lower the request rate'],
    [500, ServerError, 'SERVER_ERROR', 'try again later'],
    [502, ServerError, 'SERVER_ERROR', 'try again later'],
    [503, ServerError, 'SERVER_ERROR', 'try again later'],
    [504, ServerError, 'SERVER_ERROR', 'try again later'],
    [405, ValidationError, 'HTTP_405', 'The server refused the request'],
    [410, ValidationError, 'HTTP_410', 'The server refused the request'],
    [418, ValidationError, 'HTTP_418', 'The server refused the request'],
  ])('turns %i into %o with code %s and advice', (status, ErrorClass, code, advice) => {
    const error = httpError(failure(status), { redactor: redactor() });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error).toMatchObject({ provider: 'halopsa', operation: 'tickets.get', method: 'GET', path: '/api/Tickets/{id}', requestId: 'req-9' });
    expect(error.message.startsWith(`halopsa GET /api/Tickets/{id} failed with ${status}: Server said no.`)).toBe(true);
    expect(error.message).toContain(advice);
  });

  it('puts the Retry-After header on a RateLimitError and in its advice', () => {
    const error = httpError(failure(429, { retryAfterMs: 12_300 }), { redactor: redactor() }) as RateLimitError;
    expect(error.retryAfterMs).toBe(12_300);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('wait 13 s before retrying');
  });

  it('falls back to a retry delay stated in the body', () => {
    const error = httpError(failure(429, { body: { message: 'Too many requests', retry_after: 30 } }), { redactor: redactor() }) as RateLimitError;
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('still advises waiting when the server gave no delay', () => {
    const error = httpError(failure(429, { body: undefined }), { redactor: redactor() }) as RateLimitError;
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.message).toBe('halopsa GET /api/Tickets/{id} failed with 429. The rate budget is spent; wait before retrying, or lower the request rate.');
  });

  it('marks a 5xx on an idempotent request as retryable and not applied', () => {
    const error = httpError(failure(503), { redactor: redactor() });
    expect(error).toMatchObject({ retryable: true, maybeApplied: false });
  });

  it('marks a 5xx on a write that may have been applied as not retryable, maybe applied, and says to check first', () => {
    const error = httpError(failure(503, { idempotent: false, context: { ...failure(503).context, method: 'POST', path: '/api/Tickets' } }), {
      redactor: redactor(),
    });
    expect(error).toMatchObject({ retryable: false, maybeApplied: true });
    expect(error.message).toContain('halopsa POST /api/Tickets failed with 503');
    expect(error.message).toContain('may have been applied before the failure: check before sending it again');
  });

  it('names the auth strategy in a 401 message', () => {
    const error = httpError(failure(401, { authDescription: 'API key in X-API-KEY' }), { redactor: redactor() });
    expect(error.message).toContain('The credential (API key in X-API-KEY) was rejected');
  });

  it('appends the note', () => {
    const error = httpError(failure(503, { note: 'Not retried: 4 attempts made.' }), { redactor: redactor() });
    expect(error.message.endsWith(' Not retried: 4 attempts made.')).toBe(true);
  });

  it('carries the provider code and field issues from the body', () => {
    const error = httpError(failure(400, { body: { error: { code: 'BadRequest', message: 'Invalid', details: { field: 'condition' } } } }), {
      redactor: redactor(),
    });
    expect(error.providerCode).toBe('BadRequest');
    expect(error.issues).toEqual([{ path: 'condition', message: 'is invalid' }]);
  });

  it('leaves out the server part when the body says nothing', () => {
    const error = httpError(failure(404, { body: '' }), { redactor: redactor() });
    expect(error.message).toBe('halopsa GET /api/Tickets/{id} failed with 404. Check the id: the record does not exist or was deleted.');
  });

  it('redacts secrets the server echoes in its message, code and issues', () => {
    const body = { error: { code: `bad-${CANARY}`, message: `Invalid key ${CANARY}`, details: [{ field: CANARY, message: `value ${CANARY} rejected` }] } };
    const error = httpError(failure(401, { body }), { redactor: redactor() });
    const everything = JSON.stringify({ json: error.toJSON(), message: error.message, stack: error.stack, issues: error.issues, code: error.providerCode });
    expect(everything).not.toContain(CANARY);
    expect(error.message).toContain('Invalid key [REDACTED]');
  });

  it('lets a classifier map a provider status (Atera 405 on a record with dependencies) and hands it the redacted parts', () => {
    let seen: ClassifiableFailure | undefined;
    const error = httpError(failure(405, { body: { Message: `Customer has agents ${CANARY}` } }), {
      redactor: redactor(),
      classifier: (classifiable) => {
        seen = classifiable;
        return classifiable.context.status === 405
          ? new ConflictError(`atera DELETE failed with 405${classifiable.serverSaid}. Remove its dependants first.`, { ...classifiable.context })
          : undefined;
      },
    });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe('atera DELETE failed with 405: Customer has agents [REDACTED]. Remove its dependants first.');
    expect(seen?.parsed.message).toBe('Customer has agents [REDACTED]');
  });

  it('falls back to the defaults when the classifier returns undefined', () => {
    const error = httpError(failure(404), { redactor: redactor(), classifier: () => undefined });
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('uses a custom body parser when given one', () => {
    const error = httpError(failure(400, { body: 'ERR|42|Bad date' }), {
      redactor: redactor(),
      parser: (body) => {
        const [, code, message] = String(body).split('|');
        return { code, message };
      },
    });
    expect(error.providerCode).toBe('42');
    expect(error.message).toContain('failed with 400: Bad date.');
  });
});
