import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/error-types';
import { isPsaError } from '../errors/psa-error';
import { type PathParamKind, type PathParamValue, expandPath, pathParamNames } from './path-template';

const GUID = '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01';
const context = { provider: 'atera', operation: 'agents.get', method: 'GET', path: '/api/v3/agents/{agentId}' };

function failure(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('pathParamNames', () => {
  it('lists the placeholders in order', () => {
    expect(pathParamNames('/customers/{customerId}/contacts/{contactId}')).toEqual(['customerId', 'contactId']);
    expect(pathParamNames('/tickets')).toEqual([]);
  });
});

describe('expandPath', () => {
  it.each<[string, PathParamKind, PathParamValue, string]>([
    ['an integer id given as a number', 'integer', 42, '42'],
    ['an integer id given as a string', 'integer', '42', '42'],
    ['an integer id with spaces around', 'integer', ' 42 ', '42'],
    ['zero', 'integer', 0, '0'],
    ['a GUID', 'uuid', GUID, GUID],
    ['an upper-case GUID', 'uuid', GUID.toUpperCase(), GUID.toUpperCase()],
    ['a plain string', 'string', 'ABC-123', 'ABC-123'],
    ['a number for a string parameter', 'string', 7, '7'],
  ])('fills in %s', (_label, kind, value, expected) => {
    expect(expandPath('/things/{id}', { id: value }, { id: kind })).toBe(`/things/${expected}`);
  });

  it.each([
    ['a slash', 'a/b', 'a%2Fb'],
    ['a question mark', 'a?b', 'a%3Fb'],
    ['a hash', 'a#b', 'a%23b'],
    ['a percent sign', '100%', '100%25'],
    ['a space', 'New York', 'New%20York'],
    ['an already-encoded sequence, encoded again', '%2e%2e', '%252e%252e'],
    ['unicode', 'café', 'caf%C3%A9'],
    ['a lone dot inside a longer value', 'v1.2', 'v1.2'],
  ])('encodes %s', (_label, value, encoded) => {
    expect(expandPath('/customvalues/{fieldName}', { fieldName: value })).toBe(`/customvalues/${encoded}`);
  });

  it('fills several parameters and leaves the rest of the template alone', () => {
    expect(
      expandPath('/api/v3/customers/{customerId}/contacts/{contactId}', { customerId: 5, contactId: '9' }, { customerId: 'integer', contactId: 'integer' }),
    ).toBe('/api/v3/customers/5/contacts/9');
  });

  it('returns a template without placeholders as it is', () => {
    expect(expandPath('/api/v3/tickets')).toBe('/api/v3/tickets');
  });

  it.each<[string, PathParamKind, PathParamValue | undefined, string]>([
    ['missing', 'integer', undefined, 'is required'],
    ['null', 'string', null as unknown as undefined, 'is required'],
    ['empty', 'string', '', 'must not be empty'],
    ['blank', 'string', '   ', 'must not be empty'],
    ['non-numeric for an integer', 'integer', 'abc', 'must be an integer id (digits only), got "abc"'],
    ['negative number', 'integer', -1, 'must be a non-negative integer id, got -1'],
    ['negative string for an integer', 'integer', '-1', 'must be an integer id'],
    ['a float', 'integer', 1.5, 'must be a non-negative integer id, got 1.5'],
    ['a float string', 'integer', '1.5', 'must be an integer id'],
    ['NaN', 'integer', Number.NaN, 'must be a non-negative integer id, got NaN'],
    ['an unsafe integer', 'integer', 2 ** 60, 'must be a non-negative integer id'],
    ['too many digits', 'integer', '12345678901234567890', 'must be an integer id'],
    ['not a GUID', 'uuid', 'not-a-guid', 'must be a GUID'],
    ['a number for a GUID', 'uuid', 12, 'must be a GUID such as 3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01, got the number 12'],
    ['dot-dot', 'string', '..', 'must not be ".."'],
    ['a single dot', 'string', '.', 'must not be "."'],
    ['a newline', 'string', 'a\nb', 'must not contain control characters'],
    ['a NUL', 'string', 'a\u0000b', 'must not contain control characters'],
    ['DEL', 'string', 'a\u007fb', 'must not contain control characters'],
    ['over 1,000 characters', 'string', 'x'.repeat(1_001), 'is longer than 1,000 characters'],
    ['a boolean', 'string', true as unknown as string, 'must be a string or a number, got boolean'],
  ])('rejects a %s value with a ValidationError naming the parameter', (_label, kind, value, problem) => {
    const error = failure(() => expandPath('/api/v3/agents/{agentId}', { agentId: value }, { agentId: kind }, context));
    expect(error.code).toBe('INVALID_PATH_PARAMETER');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('agentId');
    expect(error.issues[0]?.message).toContain(`path parameter agentId ${problem}`);
    expect(error.message).toContain('atera GET /api/v3/agents/{agentId}: path parameter agentId');
  });

  it('lists every bad parameter at once, each by name, in template order', () => {
    const error = failure(() =>
      expandPath(
        '/customers/{customerId}/agents/{agentId}/patches/{deviceGuid}',
        { customerId: '', agentId: 'x', deviceGuid: 'nope' },
        { customerId: 'integer', agentId: 'integer', deviceGuid: 'uuid' },
        { ...context, path: '/customers/{customerId}/agents/{agentId}/patches/{deviceGuid}' },
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['customerId', 'agentId', 'deviceGuid']);
    expect(error.message).toMatch(/customerId must not be empty; path parameter agentId must be an integer id .*; path parameter deviceGuid must be a GUID/);
  });

  it('reports a parameter used twice in a template once', () => {
    const error = failure(() => expandPath('/a/{id}/b/{id}', {}, {}, context));
    expect(error.issues).toEqual([{ path: 'id', message: 'path parameter id is required' }]);
  });

  it('rejects parameters the template does not name', () => {
    const error = failure(() => expandPath('/api/v3/agents/{agentId}', { agentId: 1, agentID: 1 }, { agentId: 'integer' }, context));
    expect(error.issues).toEqual([{ path: 'agentID', message: 'agentID is not a path parameter of /api/v3/agents/{agentId}' }]);
  });

  it('ignores extra parameters that are explicitly undefined', () => {
    expect(expandPath('/agents/{agentId}', { agentId: 1, other: undefined })).toBe('/agents/1');
  });

  it('does not take a placeholder value from Object.prototype', () => {
    const error = failure(() => expandPath('/things/{constructor}', {}));
    expect(error.issues).toEqual([{ path: 'constructor', message: 'path parameter constructor is required' }]);
  });

  it('never puts the filled-in path in the message: it uses the template and the provider', () => {
    const error = failure(() => expandPath('/api/v3/agents/{agentId}', { agentId: 'secret-ish' }, { agentId: 'integer' }, context));
    expect(error.message.startsWith('atera GET /api/v3/agents/{agentId}: ')).toBe(true);
    expect(error.message).not.toContain('/api/v3/agents/secret-ish');
    expect(error).toMatchObject({ provider: 'atera', operation: 'agents.get', method: 'GET', path: '/api/v3/agents/{agentId}' });
    expect(isPsaError(error, 'validation')).toBe(true);
  });

  it('clips a long bad value in the message', () => {
    const error = failure(() => expandPath('/agents/{agentId}', { agentId: 'y'.repeat(200) }, { agentId: 'integer' }));
    expect(error.message).toContain(`"${'y'.repeat(40)}…"`);
    expect(error.message).not.toContain('y'.repeat(41));
  });
});
