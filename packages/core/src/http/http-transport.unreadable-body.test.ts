import axios, { type AxiosAdapter, AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { NetworkError, ResponseShapeError } from '../errors/error-types';
import { type PsaError, isPsaError } from '../errors/psa-error';
import { API, createKit, failure, useMswServer } from './http-transport.test-helpers';

const server = useMswServer();

type Reply = () => Response;

/** Serves the replies in order (the last one repeats) and counts arrivals. */
function sequence(method: 'get' | 'post', path: string, ...replies: Reply[]): { arrivals: number } {
  const seen = { arrivals: 0 };
  server.use(
    http[method](`${API}${path}`, () => {
      const reply = replies[Math.min(seen.arrivals, replies.length - 1)] as Reply;
      seen.arrivals++;
      return reply();
    }),
  );
  return seen;
}

const truncated = (): Response => new HttpResponse('{"id": 20001, "title": "Print', { headers: { 'Content-Type': 'application/json' } });
const ok = (): Response => HttpResponse.json({ id: 20001 });
const unavailable = (): Response => HttpResponse.json({ Message: 'busy' }, { status: 503 });

function asPsaError(error: unknown): PsaError {
  if (!isPsaError(error)) throw new Error(`expected a PsaError, got ${String(error)}`);
  return error;
}

/**
 * An adapter that fails its first `times` calls the way axios does when a 200's body breaks off
 * mid-way (`stream has been aborted`, with the response attached), then uses the real one.
 */
function cutShort(times: number): { adapter: AxiosAdapter; sent: () => number } {
  let sent = 0;
  const real = axios.getAdapter('http');
  const adapter: AxiosAdapter = (config: InternalAxiosRequestConfig) => {
    sent++;
    if (sent > times) return real(config);
    const response: AxiosResponse = { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, config, data: undefined };
    return Promise.reject(new AxiosError('stream has been aborted', AxiosError.ERR_BAD_RESPONSE, config, {}, response));
  };
  return { adapter, sent: () => sent };
}

const getTicket = { operation: 'tickets.get', method: 'GET', path: '/tickets/{id}', pathParams: { id: '20001' } } as const;
const createTicket = { operation: 'tickets.create', method: 'POST', path: '/tickets', body: { title: 'Printer' } } as const;

describe('a success whose body is not valid JSON', () => {
  it('retries a GET and returns the next, complete answer', async () => {
    const seen = sequence('get', '/tickets/20001', truncated, ok);
    const kit = createKit();
    const response = await kit.transport.request(getTicket);
    expect(response.data).toEqual({ id: 20001 });
    expect(seen.arrivals).toBe(2);
    expect(kit.of('retry')).toMatchObject([{ operation: 'tickets.get', attempt: 1, nextAttempt: 2, reason: 'invalid JSON' }]);
    expect(kit.of('error')).toEqual([]);
  });

  it('waits the usual jittered backoff between attempts, in virtual time', async () => {
    sequence('get', '/tickets/20001', truncated, truncated, ok);
    const kit = createKit({ random: () => 0.5, retry: { baseDelayMs: 1000 } });
    const start = kit.clock.now();
    await kit.transport.request(getTicket);
    expect(kit.of('retry').map((event) => event.delayMs)).toEqual([500, 1000]);
    expect(kit.clock.now() - start).toBe(1500);
  });

  it('gives up after maxAttempts with a ResponseShapeError that says trying again later is safe', async () => {
    const seen = sequence('get', '/tickets/20001', truncated);
    const kit = createKit({ retry: { maxAttempts: 3 } });
    const error = asPsaError(await failure(kit.transport.request(getTicket)));
    expect(seen.arrivals).toBe(3);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'INVALID_JSON', status: 200, retryable: true, maybeApplied: false });
    expect(error.message).toMatch(/Gave up after 3 attempts \(maxAttempts\)/);
    expect(error.message).toMatch(/safe to repeat/);
    expect(kit.of('retry').map((event) => event.nextAttempt)).toEqual([2, 3]);
    const callId = kit.of('request')[0]?.callId;
    expect(callId).toBeTypeOf('string');
    expect(kit.of('error')).toEqual([{ error, callId }]);
  });

  it('shares one attempt budget with status failures', async () => {
    const seen = sequence('get', '/tickets/20001', unavailable, truncated, truncated, ok);
    const kit = createKit({ retry: { maxAttempts: 3 } });
    const error = asPsaError(await failure(kit.transport.request(getTicket)));
    expect(seen.arrivals).toBe(3);
    expect(error.code).toBe('INVALID_JSON');
    expect(kit.of('retry').map((event) => event.reason)).toEqual(['HTTP 503', 'invalid JSON']);
  });

  it('still fails at once with retryable true when maxAttempts is 1', async () => {
    const seen = sequence('get', '/tickets/20001', truncated, ok);
    const kit = createKit({ retry: { maxAttempts: 1 } });
    const error = asPsaError(await failure(kit.transport.request(getTicket)));
    expect(seen.arrivals).toBe(1);
    expect(error).toMatchObject({ code: 'INVALID_JSON', retryable: true });
  });

  it('does not replay a POST: the error says it may have been applied and is not retryable', async () => {
    const seen = sequence('post', '/tickets', truncated, ok);
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request(createTicket)));
    expect(seen.arrivals).toBe(1);
    expect(error).toMatchObject({ code: 'INVALID_JSON', retryable: false, maybeApplied: true });
    expect(error.message).toMatch(/may have been applied/);
    expect(error.message).not.toMatch(/try again/i);
    expect(kit.of('retry')).toEqual([]);
  });

  it('retries a POST marked idempotent', async () => {
    const seen = sequence('post', '/tickets', truncated, ok);
    const kit = createKit();
    await kit.transport.request({ ...createTicket, idempotent: true });
    expect(seen.arrivals).toBe(2);
  });
});

describe('a success whose body breaks off while it is read', () => {
  it('retries a GET and returns the next answer', async () => {
    sequence('get', '/tickets/20001', ok);
    const { adapter, sent } = cutShort(1);
    const kit = createKit({ adapter });
    const response = await kit.transport.request(getTicket);
    expect(response.data).toEqual({ id: 20001 });
    expect(sent()).toBe(2);
    expect(kit.of('retry')).toMatchObject([{ reason: 'ERR_BAD_RESPONSE' }]);
  });

  it('gives up on a GET with a retryable NetworkError, not an error "with status 200"', async () => {
    const { adapter, sent } = cutShort(Number.POSITIVE_INFINITY);
    const kit = createKit({ adapter, retry: { maxAttempts: 2 } });
    const error = asPsaError(await failure(kit.transport.request(getTicket)));
    expect(sent()).toBe(2);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ERR_BAD_RESPONSE', retryable: true, maybeApplied: false });
    expect(error.message).toMatch(/could not be read to the end/);
    expect(error.message).not.toMatch(/failed with 200/);
  });

  it('does not replay a POST and says it may have been applied', async () => {
    const { adapter, sent } = cutShort(1);
    const kit = createKit({ adapter });
    const error = asPsaError(await failure(kit.transport.request(createTicket)));
    expect(sent()).toBe(1);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ERR_BAD_RESPONSE', retryable: false, maybeApplied: true });
    expect(error.message).toMatch(/may have been applied/);
  });
});
