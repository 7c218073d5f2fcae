import { AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { ApiKeyAuth } from '../../auth/api-key-auth';
import { AuthenticationError, NetworkError, NotFoundError, RateLimitError, ResponseShapeError } from '../../errors/error-types';
import { Redactor } from '../../security/redactor';
import { FakeClock } from '../../testing/fake-clock';
import { defaultRetryOptions } from '../retry-policy';
import { CallErrors } from './call-errors';
import { HttpErrorsStep } from './http-errors-step';
import { answer, callOf, rejectionOf, replying } from './step.test-helpers';

const KEY = 'key-SECRET-0123456789';
const redactor = new Redactor();
redactor.add(KEY);
const step = new HttpErrorsStep(
  new CallErrors({
    auth: new ApiKeyAuth({ key: KEY, header: 'X-API-KEY' }),
    retry: defaultRetryOptions,
    timeoutMs: 5_000,
    maxResponseBytes: 1_000,
    clock: new FakeClock(),
    redactor,
  }),
);

describe('HttpErrorsStep', () => {
  it('hands a usable success back as it is', async () => {
    const response = answer(200, { data: { ok: true } });
    expect(await step.send(callOf(), replying(response))).toBe(response);
  });

  it('maps an error status through httpError, with the server message, the request id and no secret', async () => {
    const next = replying(answer(404, { body: JSON.stringify({ Message: `No ticket for ${KEY}` }), requestId: 'req-1' }));
    const error = await rejectionOf(step.send(callOf({ path: '/tickets/{id}', pathParams: { id: 4 } }), next));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, requestId: 'req-1', path: '/tickets/{id}' });
    expect((error as Error).message).toContain('acme GET /tickets/{id} failed with 404: No ticket for [REDACTED]');
  });

  it('names the kind of credential on a 401', async () => {
    const error = await rejectionOf(step.send(callOf(), replying(answer(401, { body: 'denied', headers: { 'content-type': 'text/plain' } }))));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('API key in the X-API-KEY header');
  });

  it('says when the retries ran out, and when a Retry-After was too long to wait for', async () => {
    const exhausted = callOf();
    exhausted.attempt = 3;
    exhausted.retryDecision = { retry: false, reason: 'HTTP 503', exhausted: 'attempts' };
    expect(((await rejectionOf(step.send(exhausted, replying(answer(503))))) as Error).message).toMatch(/Gave up after 3 attempts \(maxAttempts\)/);
    const tooLong = callOf();
    tooLong.retryDecision = { retry: false, reason: 'HTTP 429', retryAfterTooLong: true };
    const error = await rejectionOf(step.send(tooLong, replying(answer(429, { headers: { 'retry-after': '3600' } }))));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 3_600_000 });
    expect((error as Error).message).toContain('Not retried: the server asked for a wait longer than maxRetryAfterMs (60000 ms).');
  });

  it('fails a success whose body was unusable with INVALID_JSON, retryable for a GET and maybe applied for a POST', async () => {
    const unusable = answer(200, { bodyProblem: 'invalid JSON' });
    expect(await rejectionOf(step.send(callOf(), replying(unusable)))).toMatchObject({ code: 'INVALID_JSON', retryable: true, maybeApplied: false, status: 200 });
    const write = await rejectionOf(step.send(callOf({ method: 'POST' }), replying(unusable)));
    expect(write).toBeInstanceOf(ResponseShapeError);
    expect(write).toMatchObject({ code: 'INVALID_JSON', retryable: false, maybeApplied: true });
  });

  it('explains a failed connection as a NetworkError, with attempts, and a write as maybe applied', async () => {
    const call = callOf({ method: 'POST' });
    call.attempt = 2;
    const error = await rejectionOf(step.send(call, replying(new AxiosError('socket hang up', 'ECONNRESET'))));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ECONNRESET', retryable: false, maybeApplied: true });
    expect((error as Error).message).toMatch(/^acme POST \/things failed after 2 attempts: the connection was reset/);
  });

  it('says a timed-out attempt ran out of time, and a body over maxResponseBytes was too large', async () => {
    const timedOut = callOf();
    timedOut.timedOut = true;
    expect(await rejectionOf(step.send(timedOut, replying(new AxiosError('canceled', 'ERR_CANCELED'))))).toMatchObject({ code: 'TIMEOUT', retryable: true });
    const tooLarge = await rejectionOf(step.send(callOf(), replying(new AxiosError('maxContentLength size of 1000 exceeded', 'ERR_BAD_RESPONSE'))));
    expect(tooLarge).toBeInstanceOf(ResponseShapeError);
    expect((tooLarge as Error).message).toContain('answered with a body larger than 1000 bytes');
  });

  it('lets a PsaError from a step below through as it is', async () => {
    const refused = new ResponseShapeError('redirected elsewhere', { code: 'CROSS_ORIGIN_REDIRECT' });
    expect(await rejectionOf(step.send(callOf(), replying(refused)))).toBe(refused);
  });
});
