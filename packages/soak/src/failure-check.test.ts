import { NetworkError, NotFoundError, RateLimitError, ResponseShapeError, ServerError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { judgeFailure } from './failure-check';

describe('judgeFailure', () => {
  it('calls anything but a PsaError untyped', () => {
    expect(judgeFailure({ error: new TypeError('x is undefined'), idempotent: true })).toMatchObject({ ok: false, problem: 'untyped' });
    expect(judgeFailure({ error: 'a string', idempotent: false })).toMatchObject({ ok: false, problem: 'untyped' });
  });

  it('wants a failed read, update or resolve to say it is retryable', () => {
    expect(judgeFailure({ error: new ServerError('503', { retryable: true }), idempotent: true })).toEqual({ ok: true });
    expect(judgeFailure({ error: new NetworkError('timeout', { code: 'TIMEOUT', retryable: true }), idempotent: true })).toEqual({ ok: true });
    expect(judgeFailure({ error: new ResponseShapeError('bad JSON', { code: 'INVALID_JSON' }), idempotent: true })).toMatchObject({ ok: false, problem: 'misflagged' });
  });

  it('wants an applied create to say maybeApplied and not retryable', () => {
    expect(judgeFailure({ error: new NetworkError('reset', { retryable: false, maybeApplied: true }), idempotent: false, applied: true })).toEqual({ ok: true });
    expect(judgeFailure({ error: new ServerError('500 after the write', { retryable: true }), idempotent: false, applied: true })).toMatchObject({
      ok: false,
      problem: 'misflagged',
      detail: expect.stringContaining('the write was applied'),
    });
    expect(judgeFailure({ error: new NotFoundError('gone'), idempotent: false, applied: true })).toMatchObject({ ok: false, problem: 'misflagged' });
  });

  it('accepts either answer for a create that was not applied', () => {
    expect(judgeFailure({ error: new RateLimitError('429'), idempotent: false, applied: false })).toEqual({ ok: true });
    expect(judgeFailure({ error: new ServerError('503', { maybeApplied: true }), idempotent: false, applied: false })).toEqual({ ok: true });
  });
});
