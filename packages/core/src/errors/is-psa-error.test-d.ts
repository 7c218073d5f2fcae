/**
 * Type tests, checked by `tsc -b` (the typecheck step of `pnpm test`), never run: `isPsaError`
 * narrows to the class of the kind it is asked about.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { isPsaError } from '../index';
import type {
  AuthenticationError,
  ConfigError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PermissionError,
  PsaError,
  PsaErrorByKind,
  PsaErrorKind,
  RateLimitError,
  ResponseShapeError,
  ServerError,
  UnsupportedOperationError,
  ValidationError,
} from '../index';

declare const caught: unknown;

describe('isPsaError', () => {
  it('narrows to PsaError without a kind', () => {
    if (isPsaError(caught)) expectTypeOf(caught).toEqualTypeOf<PsaError>();
  });

  it('narrows to RateLimitError for rate_limit, so retryAfterMs needs no cast', () => {
    if (isPsaError(caught, 'rate_limit')) {
      expectTypeOf(caught).toEqualTypeOf<RateLimitError>();
      expectTypeOf(caught.retryAfterMs).toEqualTypeOf<number | undefined>();
    }
  });

  it('narrows each kind to its own subclass', () => {
    if (isPsaError(caught, 'config')) expectTypeOf(caught).toEqualTypeOf<ConfigError>();
    if (isPsaError(caught, 'validation')) expectTypeOf(caught).toEqualTypeOf<ValidationError>();
    if (isPsaError(caught, 'authentication')) expectTypeOf(caught).toEqualTypeOf<AuthenticationError>();
    if (isPsaError(caught, 'permission')) expectTypeOf(caught).toEqualTypeOf<PermissionError>();
    if (isPsaError(caught, 'not_found')) expectTypeOf(caught).toEqualTypeOf<NotFoundError>();
    if (isPsaError(caught, 'conflict')) expectTypeOf(caught).toEqualTypeOf<ConflictError>();
    if (isPsaError(caught, 'server')) expectTypeOf(caught).toEqualTypeOf<ServerError>();
    if (isPsaError(caught, 'network')) expectTypeOf(caught).toEqualTypeOf<NetworkError>();
    if (isPsaError(caught, 'response_shape')) expectTypeOf(caught).toEqualTypeOf<ResponseShapeError>();
    if (isPsaError(caught, 'unsupported')) expectTypeOf(caught).toEqualTypeOf<UnsupportedOperationError>();
  });

  it('narrows a kind known only at run time to the union of the classes it may be', () => {
    const kind = 'rate_limit' as 'rate_limit' | 'server';
    if (isPsaError(caught, kind)) expectTypeOf(caught).toEqualTypeOf<RateLimitError | ServerError>();
    const anyKind = 'network' as PsaErrorKind;
    if (isPsaError(caught, anyKind)) expectTypeOf(caught).toExtend<PsaError>();
  });

  it('maps every kind, and nothing else, to a class', () => {
    expectTypeOf<keyof PsaErrorByKind>().toEqualTypeOf<PsaErrorKind>();
    expectTypeOf<PsaErrorByKind[PsaErrorKind]>().toExtend<PsaError>();
  });

  it('refuses a kind psagate does not have', () => {
    // @ts-expect-error 'rate-limit' is spelt 'rate_limit'
    isPsaError(caught, 'rate-limit');
  });
});
