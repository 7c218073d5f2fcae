import { AuthenticationError, ConfigError, ConflictError, NetworkError, NotFoundError, PermissionError, RateLimitError, ResponseShapeError, ServerError, UnsupportedOperationError, ValidationError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeFor, exitCodeHelp } from './exit-codes';
import { UsageError } from './usage-error';

describe('exitCodeFor', () => {
  it.each([
    ['a usage error', new UsageError('bad flag'), ExitCode.usage],
    ['invalid input', new ValidationError('title must not be empty'), ExitCode.usage],
    ['a config error', new ConfigError('apiKey is required'), ExitCode.config],
    ['refused credentials', new AuthenticationError('401'), ExitCode.auth],
    ['a missing permission', new PermissionError('403'), ExitCode.auth],
    ['a missing record', new NotFoundError('404'), ExitCode.notFound],
    ['a rate limit', new RateLimitError('429', { retryAfterMs: 1000 }), ExitCode.unavailable],
    ['a server error', new ServerError('503'), ExitCode.unavailable],
    ['a network failure', new NetworkError('ECONNRESET'), ExitCode.unavailable],
    ['a call Ctrl-C aborted', new NetworkError('aborted by the caller', { code: 'ABORTED' }), ExitCode.interrupted],
    ['an unsupported operation', new UnsupportedOperationError('automate', 'tickets.create'), ExitCode.unsupported],
    ['a conflict', new ConflictError('409'), ExitCode.unexpected],
    ['a malformed response', new ResponseShapeError('bad body'), ExitCode.unexpected],
    ['any other error', new TypeError('bug'), ExitCode.unexpected],
    ['a thrown string', 'oops', ExitCode.unexpected],
  ])('maps %s to its documented status', (_label, error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });

  it.each([
    ['not found', new NotFoundError('read-back 404', { code: 'READ_BACK_FAILED', maybeApplied: true })],
    ['a server error', new ServerError('read-back 503', { maybeApplied: true, retryable: true })],
    ['a network failure', new NetworkError('connection reset after the write was sent', { maybeApplied: true })],
    ['a malformed response', new ResponseShapeError('no id in the answer', { code: 'MISSING_ID', maybeApplied: true })],
    ['a permission error', new PermissionError('read-back 403', { maybeApplied: true })],
    ['a write Ctrl-C aborted after it went out', new NetworkError('aborted by the caller', { code: 'ABORTED', maybeApplied: true })],
  ])('maps a write that may have been applied to 8, whatever its kind (%s)', (_label, error) => {
    expect(exitCodeFor(error)).toBe(ExitCode.maybeApplied);
    expect(ExitCode.maybeApplied).toBe(8);
  });

  it('documents every status it can return in the help text', () => {
    for (const code of Object.values(ExitCode)) expect(exitCodeHelp).toMatch(new RegExp(`^  ${code}\\s`, 'm'));
  });
});
