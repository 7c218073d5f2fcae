import type { AuthStrategy } from '../auth/auth-strategy';
import axios, { type AxiosAdapter, AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { NetworkError, RateLimitError, ServerError } from '../errors/error-types';
import { type PsaError, isPsaError } from '../errors/psa-error';
import type { HttpMethod } from './http-transport';
import type { SlidingWindowRateLimiter } from './rate-limiter';
import { FakeClock } from '../testing/fake-clock';
import { API, createKit, failure, flush, never, until, useMswServer } from './http-transport.test-helpers';

const server = useMswServer();

type Reply = () => Response | Promise<Response>;

/** Serves the replies in order (the last one repeats) and counts arrivals. */
function sequence(method: 'get' | 'head' | 'put' | 'delete' | 'post' | 'patch', path: string, ...replies: Reply[]): { arrivals: number[] } {
  const seen = { arrivals: [] as number[] };
  let index = 0;
  server.use(
    http[method](`${API}${path}`, () => {
      seen.arrivals.push(index);
      const reply = replies[Math.min(index, replies.length - 1)] as Reply;
      index++;
      return reply();
    }),
  );
  return seen;
}

const ok = (): Response => HttpResponse.json({ ok: true });
const status = (code: number, headers: Record<string, string> = {}) => (): Response =>
  HttpResponse.json({ Message: `failed with ${code}` }, { status: code, headers });
const dropped = (): Response => HttpResponse.error();

function asPsaError(error: unknown): PsaError {
  if (!isPsaError(error)) throw new Error(`expected a PsaError, got ${String(error)}`);
  return error;
}

/** An adapter whose first call fails like a refused connection (nothing was sent), then the real one. */
function refusingOnce(): { adapter: AxiosAdapter; refused: () => number } {
  let refused = 0;
  const real = axios.getAdapter('http');
  const adapter: AxiosAdapter = (config: InternalAxiosRequestConfig) => {
    if (refused === 0) {
      refused++;
      return Promise.reject(new AxiosError('connect ECONNREFUSED 10.0.0.1:443', 'ECONNREFUSED', config));
    }
    return real(config);
  };
  return { adapter, refused: () => refused };
}

describe('which requests are retried', () => {
  const idempotent: [HttpMethod, 'get' | 'head' | 'put' | 'delete'][] = [
    ['GET', 'get'],
    ['HEAD', 'head'],
    ['PUT', 'put'],
    ['DELETE', 'delete'],
  ];

  for (const [method, route] of idempotent) {
    for (const code of [429, 502, 503, 504]) {
      it(`retries a ${method} after a ${code} and succeeds on the next attempt`, async () => {
        const seen = sequence(route, '/things/1', status(code), () => new HttpResponse(null, { status: 204 }));
        const kit = createKit();
        const response = await kit.transport.request({ operation: 'things.touch', method, path: '/things/1' });
        expect(response.status).toBe(204);
        expect(seen.arrivals).toHaveLength(2);
        expect(kit.of('retry')).toMatchObject([{ attempt: 1, nextAttempt: 2, reason: `HTTP ${code}` }]);
      });
    }

    it(`retries a ${method} after a dropped connection`, async () => {
      const seen = sequence(route, '/things/1', dropped, () => new HttpResponse(null, { status: 204 }));
      const kit = createKit();
      await kit.transport.request({ operation: 'things.touch', method, path: '/things/1' });
      expect(seen.arrivals).toHaveLength(2);
    });
  }

  it('does not retry a 500: the server already failed on it', async () => {
    const seen = sequence('get', '/things/1', status(500), ok);
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'things.get', method: 'GET', path: '/things/1' })));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(500);
    expect(seen.arrivals).toHaveLength(1);
    expect(kit.of('retry')).toHaveLength(0);
  });

  it('does not replay a POST after a 503; the error says it may have been applied', async () => {
    const seen = sequence('post', '/tickets', status(503), ok);
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: { title: 'x' } })));
    expect(seen.arrivals).toHaveLength(1);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.retryable).toBe(false);
    expect(error.maybeApplied).toBe(true);
    expect(error.message).toMatch(/may have been applied/);
  });

  it('does not replay a POST after a dropped connection; the error says it may have been applied', async () => {
    const seen = sequence('post', '/tickets', dropped, ok);
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: { title: 'x' } })));
    expect(seen.arrivals).toHaveLength(1);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.retryable).toBe(false);
    expect(error.maybeApplied).toBe(true);
    expect(kit.of('retry')).toHaveLength(0);
  });

  it('does not replay a PATCH after a 502', async () => {
    const seen = sequence('patch', '/tickets/1', status(502), ok);
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.update', method: 'PATCH', path: '/tickets/1', body: {} })));
    expect(seen.arrivals).toHaveLength(1);
    expect(error.maybeApplied).toBe(true);
  });

  it('retries a POST when the connection was refused before anything was sent', async () => {
    const seen = sequence('post', '/tickets', () => HttpResponse.json({ id: 7 }, { status: 201 }));
    const { adapter, refused } = refusingOnce();
    const kit = createKit({ adapter });
    const response = await kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: { title: 'x' } });
    expect(response.data).toEqual({ id: 7 });
    expect(refused()).toBe(1);
    expect(seen.arrivals).toHaveLength(1);
    expect(kit.of('retry')).toMatchObject([{ method: 'POST', reason: 'ECONNREFUSED' }]);
  });

  it('gives up on a refused connection with a NetworkError that says nothing was applied', async () => {
    const adapter: AxiosAdapter = (config) => Promise.reject(new AxiosError('connect ECONNREFUSED', 'ECONNREFUSED', config));
    const kit = createKit({ adapter, retry: { maxAttempts: 3 } });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: {} })));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.maybeApplied).toBe(false);
    expect(error.message).toMatch(/connection refused/);
    expect(error.message).toMatch(/3 attempts/);
    expect(kit.of('request')).toHaveLength(3);
  });

  it('retries a POST marked idempotent after a 503', async () => {
    const seen = sequence('post', '/tickets/1/status', status(503), ok);
    const kit = createKit();
    const response = await kit.transport.request({ operation: 'tickets.setStatus', method: 'POST', path: '/tickets/1/status', body: {}, idempotent: true });
    expect(response.data).toEqual({ ok: true });
    expect(seen.arrivals).toHaveLength(2);
  });

  it('does not retry a 404, a 400 or a 401', async () => {
    for (const code of [400, 401, 404]) {
      const seen = sequence('get', `/s/${code}`, status(code), ok);
      const kit = createKit();
      await failure(kit.transport.request({ operation: 'things.get', method: 'GET', path: `/s/${code}` }));
      expect(seen.arrivals).toHaveLength(1);
    }
  });
});

describe('failures that happen before sending', () => {
  it('does not retry a request axios refused to send, and does not call it maybe applied', async () => {
    let calls = 0;
    const adapter: AxiosAdapter = (config) => {
      calls++;
      return Promise.reject(new AxiosError('Request body larger than maxBodyLength limit', 'ERR_BAD_REQUEST', config));
    };
    const kit = createKit({ adapter });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'files.upload', method: 'POST', path: '/files', body: {} })));
    expect(calls).toBe(1);
    expect(error.code).toBe('ERR_BAD_REQUEST');
    expect(error.maybeApplied).toBe(false);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('maxBodyLength');
  });

  it('does not retry a TLS certificate failure and says to check the certificate', async () => {
    let calls = 0;
    const adapter: AxiosAdapter = (config) => {
      calls++;
      return Promise.reject(new AxiosError('certificate has expired', 'CERT_HAS_EXPIRED', config));
    };
    const kit = createKit({ adapter });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'x.get', method: 'GET', path: '/x' })));
    expect(calls).toBe(1);
    expect(error.code).toBe('CERT_HAS_EXPIRED');
    expect(error.message).toMatch(/certificate/);
  });
});

describe('retry limits and backoff', () => {
  it('stops after maxAttempts and says that it gave up', async () => {
    const seen = sequence('get', '/flaky', status(503));
    const kit = createKit({ retry: { maxAttempts: 3 } });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' })));
    expect(seen.arrivals).toHaveLength(3);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/Gave up after 3 attempts/);
    expect(kit.of('retry').map((event) => event.nextAttempt)).toEqual([2, 3]);
  });

  it('says it gave up after network failures exhausted the attempts', async () => {
    const seen = sequence('get', '/flaky', dropped);
    const kit = createKit({ retry: { maxAttempts: 2 } });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' })));
    expect(seen.arrivals).toHaveLength(2);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toMatch(/after 2 attempts/);
    expect(error.retryable).toBe(true);
  });

  it('makes a single attempt when maxAttempts is 1', async () => {
    const seen = sequence('get', '/flaky', status(503));
    const kit = createKit({ retry: { maxAttempts: 1 } });
    await failure(kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' }));
    expect(seen.arrivals).toHaveLength(1);
  });

  it('uses exponential backoff with full jitter, in virtual time', async () => {
    sequence('get', '/flaky', status(503), status(503), status(503), ok);
    const kit = createKit({ random: () => 0.5, retry: { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 } });
    const start = kit.clock.now();
    await kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' });
    // Full jitter: random() × min(max, base × 2^(n-1)) = 0.5 × 1000, 2000, 4000.
    expect(kit.of('retry').map((event) => event.delayMs)).toEqual([500, 1000, 2000]);
    expect(kit.clock.now() - start).toBe(3500);
  });

  it('draws each delay from the whole range [0, ceiling)', async () => {
    sequence('get', '/flaky', status(502), status(502), ok);
    const draws = [0, 0.999];
    const kit = createKit({ random: () => draws.shift() ?? 0, retry: { baseDelayMs: 1000 } });
    await kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' });
    expect(kit.of('retry').map((event) => event.delayMs)).toEqual([0, 1998]);
  });

  it('caps each delay at maxDelayMs', async () => {
    sequence('get', '/flaky', status(503), status(503), status(503), ok);
    const kit = createKit({ random: () => 0.99, retry: { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 1500 } });
    await kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' });
    for (const event of kit.of('retry')) expect(event.delayMs).toBeLessThanOrEqual(1500);
  });

  it('does not start a retry that would pass maxElapsedMs', async () => {
    const seen = sequence('get', '/flaky', status(503));
    const kit = createKit({ random: () => 0.99, retry: { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 60_000, maxElapsedMs: 5000 } });
    const start = kit.clock.now();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' })));
    // Delays 990 and 1980 fit (2970 ms); the third (3960) would end past 5000 ms.
    expect(seen.arrivals).toHaveLength(3);
    expect(kit.clock.now() - start).toBe(2970);
    expect(error.message).toMatch(/Gave up after 3 attempts/);
  });

  it('counts time spent in slow attempts towards maxElapsedMs', async () => {
    let arrivals = 0;
    server.use(
      http.get(`${API}/slow`, async () => {
        arrivals++;
        await never();
        return ok();
      }),
    );
    const kit = createKit({ timeoutMs: 4000, random: () => 0, retry: { maxAttempts: 10, maxElapsedMs: 10_000 } });
    const pending = failure(kit.transport.request({ operation: 'slow.get', method: 'GET', path: '/slow' }));
    for (let attempt = 1; attempt <= 3; attempt++) {
      await until(() => arrivals === attempt, `attempt ${attempt}`);
      await kit.clock.advance(4000);
    }
    const error = asPsaError(await pending);
    expect(error.code).toBe('TIMEOUT');
    // Attempts start at 0, 4000 and 8000 ms; after the third times out 12 s have passed, over the 10 s budget.
    expect(arrivals).toBe(3);
  });
});

describe('Retry-After', () => {
  it('waits at least the Retry-After seconds before retrying', async () => {
    const arrivals: number[] = [];
    const kit = createKit({ random: () => 0.5 });
    server.use(
      http.get(`${API}/limited`, () => {
        arrivals.push(kit.clock.now());
        return arrivals.length === 1 ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '7' } }) : ok();
      }),
    );
    await kit.transport.request({ operation: 'limited.get', method: 'GET', path: '/limited' });
    expect(arrivals).toHaveLength(2);
    expect((arrivals[1] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(7000);
    expect(kit.of('retry')[0]?.delayMs).toBe(7000);
  });

  it('understands a Retry-After given as an HTTP date', async () => {
    const arrivals: number[] = [];
    const kit = createKit();
    server.use(
      http.get(`${API}/limited`, () => {
        arrivals.push(kit.clock.now());
        const at = new Date(kit.clock.now() + 12_000).toUTCString();
        return arrivals.length === 1 ? HttpResponse.json({}, { status: 503, headers: { 'Retry-After': at } }) : ok();
      }),
    );
    await kit.transport.request({ operation: 'limited.get', method: 'GET', path: '/limited' });
    expect((arrivals[1] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(12_000);
  });

  it('keeps the jittered backoff when it is longer than Retry-After', async () => {
    sequence('get', '/limited', status(429, { 'Retry-After': '0' }), ok);
    const kit = createKit({ random: () => 0.5, retry: { baseDelayMs: 4000 } });
    await kit.transport.request({ operation: 'limited.get', method: 'GET', path: '/limited' });
    expect(kit.of('retry')[0]?.delayMs).toBe(2000);
  });

  it('fails fast with RateLimitError when Retry-After is longer than maxRetryAfterMs', async () => {
    const seen = sequence('get', '/limited', status(429, { 'Retry-After': '3600' }), ok);
    const kit = createKit({ retry: { maxRetryAfterMs: 60_000 } });
    const start = kit.clock.now();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'limited.get', method: 'GET', path: '/limited' })));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/maxRetryAfterMs/);
    expect(seen.arrivals).toHaveLength(1);
    expect(kit.of('retry')).toHaveLength(0);
    expect(kit.clock.now()).toBe(start);
  });

  it('does not park later requests behind a Retry-After it refused to wait for', async () => {
    const seen = sequence('get', '/limited', status(429, { 'Retry-After': '3600' }), ok);
    const kit = createKit({ retry: { maxRetryAfterMs: 60_000 } });
    await failure(kit.transport.request({ operation: 'limited.get', method: 'GET', path: '/limited' }));
    const start = kit.clock.now();
    const next = await kit.transport.request({ operation: 'limited.get', method: 'GET', path: '/limited' });
    expect(next.status).toBe(200);
    expect(seen.arrivals).toHaveLength(2);
    expect(kit.clock.now() - start).toBeLessThan(60_000);
  });

  it("pauses the whole rate-limit lane: a concurrent request waits out the 429's Retry-After too", async () => {
    const kit = createKit({ random: () => 0 });
    const arrivals: { path: string; at: number }[] = [];
    let limited = false;
    server.use(
      http.get(`${API}/a`, () => {
        arrivals.push({ path: '/a', at: kit.clock.now() });
        if (!limited) {
          limited = true;
          return HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '5' } });
        }
        return ok();
      }),
      http.get(`${API}/b`, () => {
        arrivals.push({ path: '/b', at: kit.clock.now() });
        return ok();
      }),
    );
    const start = kit.clock.now();
    let second: Promise<unknown> | undefined;
    kit.transport.events.on('response', (event) => {
      if (event.status === 429) second = kit.transport.request({ operation: 'b.get', method: 'GET', path: '/b' });
    });
    await kit.transport.request({ operation: 'a.get', method: 'GET', path: '/a' });
    await second;
    const b = arrivals.find((arrival) => arrival.path === '/b');
    expect(b?.at).toBeGreaterThanOrEqual(start + 5000);
    const callOfB = kit.of('request').find((event) => event.path === '/b')?.callId;
    expect(callOfB).toBeTypeOf('string');
    expect(kit.of('rateLimitWait')).toContainEqual({ provider: 'acme', callId: callOfB, waitMs: 5000, reason: 'retry-after' });
  });
});

describe('rate-limit headers', () => {
  it('puts the rate-limit headers the server sent on the response event', async () => {
    const kit = createKit();
    server.use(http.get(`${API}/x`, () => HttpResponse.json({}, { headers: { 'X-RateLimit-Limit': '700', 'X-RateLimit-Remaining': '412', 'X-RateLimit-Reset': '30' } })));
    await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' });
    expect(kit.of('response')).toEqual([
      expect.objectContaining({ status: 200, rateLimit: { limit: 700, remaining: 412, resetAt: kit.clock.now() + 30_000 } }),
    ]);
  });

  it('reports Retry-After on the event of a 429, and nothing it was not sent', async () => {
    const seen = sequence('get', '/x', status(429, { 'Retry-After': '2' }), ok);
    const kit = createKit();
    await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' });
    expect(seen.arrivals).toHaveLength(2);
    const [throttled, answered] = kit.of('response');
    expect(throttled).toMatchObject({ status: 429, rateLimit: { retryAfterMs: 2000 } });
    expect(Object.keys(throttled?.rateLimit ?? {})).toEqual(['retryAfterMs']);
    expect(answered?.status).toBe(200);
    expect(answered).not.toHaveProperty('rateLimit');
  });

  it('holds the next request until the reset when the server says no requests remain', async () => {
    const kit = createKit();
    const arrivals: number[] = [];
    server.use(
      http.get(`${API}/x`, () => {
        arrivals.push(kit.clock.now());
        return HttpResponse.json({}, { headers: { 'X-RateLimit-Limit': '700', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '30' } });
      }),
    );
    await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' });
    await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' });
    expect((arrivals[1] as number) - (arrivals[0] as number)).toBe(30_000);
    const second = kit.of('request')[1]?.callId;
    expect(second).toBeTypeOf('string');
    expect(kit.of('rateLimitWait')).toEqual([{ provider: 'acme', callId: second, waitMs: 30_000, reason: 'server' }]);
  });

  it('waits for the local budget: no more than requestsPerWindow starts in any window', async () => {
    const kit = createKit({ rateLimit: { requestsPerWindow: 3, windowMs: 1000, maxConcurrency: 10, windowMarginMs: 0 } });
    const arrivals: number[] = [];
    server.use(
      http.get(`${API}/x`, () => {
        arrivals.push(kit.clock.now() - start);
        return HttpResponse.json({});
      }),
    );
    const start = kit.clock.now();
    await Promise.all(Array.from({ length: 7 }, () => kit.transport.request({ operation: 'x', method: 'GET', path: '/x' })));
    expect(arrivals.sort((a, b) => a - b)).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  it('fails with ABORTED when the caller aborts while waiting for the rate budget', async () => {
    const seen = sequence('get', '/x', ok);
    const kit = createKit({ clock: new FakeClock({ autoAdvance: false }), rateLimit: { requestsPerWindow: 1, windowMs: 60_000, maxConcurrency: 10 } });
    await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' });
    const controller = new AbortController();
    const pending = failure(kit.transport.request({ operation: 'x', method: 'GET', path: '/x', signal: controller.signal }));
    await until(() => (kit.transport.limiter as SlidingWindowRateLimiter).waiting === 1, 'the request to queue');
    controller.abort();
    const error = asPsaError(await pending);
    expect(error.code).toBe('ABORTED');
    expect(seen.arrivals).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  it('fails with NetworkError TIMEOUT when the server does not answer in time', async () => {
    server.use(http.get(`${API}/hang`, () => never()));
    const kit = createKit({ timeoutMs: 10_000, retry: { maxAttempts: 1 } });
    const pending = failure(kit.transport.request({ operation: 'hang.get', method: 'GET', path: '/hang' }));
    await until(() => kit.of('request').length === 1);
    await kit.clock.advance(9_999);
    await flush();
    let settled = false;
    void pending.then(() => (settled = true));
    await flush();
    expect(settled).toBe(false);
    await kit.clock.advance(1);
    const error = asPsaError(await pending);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toMatch(/10000 ms/);
  });

  it('retries a GET that timed out', async () => {
    let arrivals = 0;
    server.use(
      http.get(`${API}/hang`, () => {
        arrivals++;
        return arrivals === 1 ? never() : ok();
      }),
    );
    const kit = createKit({ timeoutMs: 5000 });
    const pending = kit.transport.request({ operation: 'hang.get', method: 'GET', path: '/hang' });
    await until(() => arrivals === 1);
    await kit.clock.advance(5000);
    const response = await pending;
    expect(response.data).toEqual({ ok: true });
    expect(arrivals).toBe(2);
    expect(kit.of('retry')).toMatchObject([{ reason: 'TIMEOUT' }]);
  });

  it('does not retry a POST that timed out and says it may have been applied', async () => {
    let arrivals = 0;
    server.use(
      http.post(`${API}/tickets`, () => {
        arrivals++;
        return never();
      }),
    );
    const kit = createKit({ timeoutMs: 5000 });
    const pending = failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: {} }));
    await until(() => arrivals === 1);
    await kit.clock.advance(5000);
    const error = asPsaError(await pending);
    expect(error.code).toBe('TIMEOUT');
    expect(error.retryable).toBe(false);
    expect(error.maybeApplied).toBe(true);
    expect(arrivals).toBe(1);
    expect(kit.of('retry')).toHaveLength(0);
  });

  it('fails with NetworkError ABORTED when the caller aborts, without retrying', async () => {
    let arrivals = 0;
    server.use(
      http.get(`${API}/hang`, () => {
        arrivals++;
        return never();
      }),
    );
    const kit = createKit();
    const controller = new AbortController();
    const pending = failure(kit.transport.request({ operation: 'hang.get', method: 'GET', path: '/hang', signal: controller.signal }));
    await until(() => arrivals === 1);
    controller.abort();
    const error = asPsaError(await pending);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.code).toBe('ABORTED');
    expect(error.retryable).toBe(false);
    expect(error.maybeApplied).toBe(false);
    expect(arrivals).toBe(1);
    expect(kit.of('retry')).toHaveLength(0);
  });

  it('says a POST aborted after it went out may have been applied, and does not replay it', async () => {
    let arrivals = 0;
    server.use(
      http.post(`${API}/tickets`, () => {
        arrivals++;
        return never();
      }),
    );
    const kit = createKit();
    const controller = new AbortController();
    const pending = failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: {}, signal: controller.signal }));
    await until(() => arrivals === 1);
    controller.abort();
    const error = asPsaError(await pending);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ABORTED', retryable: false, maybeApplied: true });
    expect(error.message).toMatch(/may have been applied: check before sending it again/);
    expect(arrivals).toBe(1);
  });

  it('says a PUT aborted after it went out may have been applied, and that sending it again is harmless', async () => {
    server.use(http.put(`${API}/tickets/1`, () => never()));
    const kit = createKit();
    const controller = new AbortController();
    const pending = failure(kit.transport.request({ operation: 'tickets.update', method: 'PUT', path: '/tickets/1', body: {}, signal: controller.signal }));
    await until(() => kit.of('request').length === 1);
    await flush();
    controller.abort();
    const error = asPsaError(await pending);
    expect(error).toMatchObject({ code: 'ABORTED', retryable: false, maybeApplied: true });
    expect(error.message).toMatch(/sending it again is harmless/);
  });

  it('says a POST aborted while it waited for the rate budget was not applied, having sent nothing', async () => {
    const seen = sequence('post', '/tickets', ok);
    const kit = createKit({ clock: new FakeClock({ autoAdvance: false }), rateLimit: { requestsPerWindow: 1, windowMs: 60_000, maxConcurrency: 10 } });
    await kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: {} });
    const controller = new AbortController();
    const pending = failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: {}, signal: controller.signal }));
    await until(() => (kit.transport.limiter as SlidingWindowRateLimiter).waiting === 1, 'the request to queue');
    controller.abort();
    const error = asPsaError(await pending);
    expect(error).toMatchObject({ code: 'ABORTED', retryable: false, maybeApplied: false });
    expect(error.message).not.toMatch(/may have been applied/);
    expect(seen.arrivals).toHaveLength(1);
  });

  it('says a POST whose signal was already aborted was not applied, sending nothing', async () => {
    const seen = sequence('post', '/tickets', ok);
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: {}, signal: AbortSignal.abort() })));
    expect(error).toMatchObject({ code: 'ABORTED', maybeApplied: false });
    expect(seen.arrivals).toHaveLength(0);
  });

  it('says a POST aborted in the backoff after a 429 was not applied: the server refused it', async () => {
    const seen = sequence('post', '/tickets', status(429, { 'Retry-After': '30' }));
    const kit = createKit();
    const controller = new AbortController();
    kit.transport.events.on('retry', () => queueMicrotask(() => controller.abort()));
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: {}, signal: controller.signal })));
    expect(error).toMatchObject({ code: 'ABORTED', maybeApplied: false });
    expect(seen.arrivals).toHaveLength(1);
  });

  it('says a POST aborted in the backoff after a 401 replay went out may have been applied', async () => {
    const seen = sequence('post', '/tickets', status(401), never);
    const renewable: AuthStrategy = {
      kind: 'test-token',
      credentialId: 'test',
      authorize: (request) => void (request.headers.Authorization = 'Bearer t'),
      onUnauthorized: async () => true,
      describe: () => 'a test token',
      secretValues: () => [],
    };
    const kit = createKit({ auth: renewable });
    const controller = new AbortController();
    const pending = failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: {}, signal: controller.signal }));
    await until(() => seen.arrivals.length === 2);
    controller.abort();
    expect(asPsaError(await pending)).toMatchObject({ code: 'ABORTED', maybeApplied: true });
  });

  it('fails with ABORTED when the caller aborts during the backoff wait', async () => {
    const seen = sequence('get', '/flaky', status(503));
    const kit = createKit({ retry: { baseDelayMs: 10_000 } });
    const controller = new AbortController();
    kit.transport.events.on('retry', () => queueMicrotask(() => controller.abort(new Error('caller gave up'))));
    const error = asPsaError(await failure(kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky', signal: controller.signal })));
    expect(error.code).toBe('ABORTED');
    expect(error.retryable).toBe(false);
    expect(seen.arrivals).toHaveLength(1);
  });

  it('fails with ABORTED, not TIMEOUT, when the caller aborts during the backoff that follows a timeout', async () => {
    server.use(http.get(`${API}/hang`, () => never()));
    const kit = createKit({ timeoutMs: 1000, retry: { baseDelayMs: 60_000 } });
    const controller = new AbortController();
    kit.transport.events.on('retry', () => queueMicrotask(() => controller.abort()));
    const pending = failure(kit.transport.request({ operation: 'hang.get', method: 'GET', path: '/hang', signal: controller.signal }));
    await until(() => kit.of('request').length === 1);
    await kit.clock.advance(1000);
    const error = asPsaError(await pending);
    expect(error.code).toBe('ABORTED');
  });

  it('fails at once with ABORTED when the signal is already aborted, sending nothing', async () => {
    const seen = sequence('get', '/x', ok);
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'x.get', method: 'GET', path: '/x', signal: AbortSignal.abort() })));
    expect(error.code).toBe('ABORTED');
    expect(seen.arrivals).toHaveLength(0);
  });
});
