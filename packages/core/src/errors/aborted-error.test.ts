import { describe, expect, it } from 'vitest';
import { abortedError, isAbortFailure } from './aborted-error';
import { NetworkError, ServerError } from './error-types';

describe('abortedError', () => {
  it('is a NetworkError ABORTED naming the operation, not retryable, and by default not applied', () => {
    const error = abortedError({ provider: 'atera', operation: 'tickets.get' });
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ provider: 'atera', operation: 'tickets.get', code: 'ABORTED', retryable: false, maybeApplied: false });
    expect(error.message).toBe('atera tickets.get was aborted by the caller before it finished.');
  });

  it('says when the write may have been applied', () => {
    const error = abortedError({ provider: 'halopsa', operation: 'tickets.create' }, true);
    expect(error.maybeApplied).toBe(true);
    expect(error.message).toMatch(/may have been applied: check before sending it again\.$/);
  });
});

describe('isAbortFailure', () => {
  it('knows the typed abort, and a bare reason only while the signal is aborted', () => {
    expect(isAbortFailure(new NetworkError('x', { code: 'ABORTED' }), undefined)).toBe(true);
    expect(isAbortFailure(new NetworkError('x', { code: 'ECONNRESET' }), AbortSignal.abort())).toBe(false);
    expect(isAbortFailure(new ServerError('x'), AbortSignal.abort())).toBe(false);
    expect(isAbortFailure(new Error('stop'), AbortSignal.abort())).toBe(true);
    expect(isAbortFailure(new Error('stop'), new AbortController().signal)).toBe(false);
    expect(isAbortFailure(new Error('stop'), undefined)).toBe(false);
  });
});
