import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { NetworkError } from '../errors/error-types';
import { Redactor } from '../security/redactor';
import { FakeClock } from '../testing/fake-clock';
import { BareHttpClient, lowerCaseHeaders } from './bare-http-client';
import { useMswServer } from '../testing/msw-server';

const server = useMswServer();

const TOKEN_URL = new URL('https://psa.example.com/auth/token');

function never(): Promise<never> {
  return new Promise<never>(() => undefined);
}

describe('BareHttpClient', () => {
  it('returns parsed JSON, lower-cased headers and the status of any answer', async () => {
    server.use(
      http.post(TOKEN_URL.href, () => HttpResponse.json({ access_token: 'abc' }, { status: 201, headers: { 'X-Request-Id': 'r-1' } })),
    );
    const response = await new BareHttpClient({ clock: new FakeClock() }).send({ method: 'POST', url: TOKEN_URL, body: '{}' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ access_token: 'abc' });
    expect(response.headers['x-request-id']).toBe('r-1');
  });

  it('sends the method, headers and serialised body it is given, asking for JSON', async () => {
    let seen: { method: string; contentType: string | null; accept: string | null; clientId: string | null; body: string } | undefined;
    server.use(
      http.post(TOKEN_URL.href, async ({ request }) => {
        seen = {
          method: request.method,
          contentType: request.headers.get('content-type'),
          accept: request.headers.get('accept'),
          clientId: request.headers.get('clientid'),
          body: await request.text(),
        };
        return HttpResponse.json({});
      }),
    );
    await new BareHttpClient({ clock: new FakeClock() }).send({
      method: 'POST',
      url: TOKEN_URL,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ClientId: 'app-1' },
      body: 'grant_type=client_credentials',
    });
    expect(seen).toEqual({
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      accept: 'application/json',
      clientId: 'app-1',
      body: 'grant_type=client_credentials',
    });
  });

  it('returns error statuses as responses instead of throwing', async () => {
    server.use(http.post(TOKEN_URL.href, () => HttpResponse.json({ error: 'invalid_client' }, { status: 401 })));
    const response = await new BareHttpClient({ clock: new FakeClock() }).send({ method: 'POST', url: TOKEN_URL });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: 'invalid_client' });
  });

  it('returns a body that is not JSON as text, and an empty body as undefined', async () => {
    server.use(
      http.get('https://psa.example.com/text', () => HttpResponse.text('not json {')),
      http.get('https://psa.example.com/empty', () => new HttpResponse(null, { status: 204 })),
    );
    const client = new BareHttpClient({ clock: new FakeClock() });
    expect((await client.send({ method: 'GET', url: new URL('https://psa.example.com/text') })).body).toBe('not json {');
    expect((await client.send({ method: 'GET', url: new URL('https://psa.example.com/empty') })).body).toBeUndefined();
  });

  it('does not follow a redirect: the 302 itself comes back and the target is never called', async () => {
    let targetCalls = 0;
    server.use(
      http.post(TOKEN_URL.href, () => new HttpResponse(null, { status: 302, headers: { Location: 'https://evil.example.net/steal' } })),
      http.all('https://evil.example.net/*', () => {
        targetCalls += 1;
        return HttpResponse.json({});
      }),
    );
    const response = await new BareHttpClient({ clock: new FakeClock() }).send({ method: 'POST', url: TOKEN_URL, body: 'client_secret=x' });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('https://evil.example.net/steal');
    expect(targetCalls).toBe(0);
  });

  it('times out on the virtual clock with a NetworkError coded TIMEOUT when the server never answers', async () => {
    server.use(http.post(TOKEN_URL.href, never));
    const clock = new FakeClock();
    const sent = new BareHttpClient({ clock, timeoutMs: 5_000, errorContext: { provider: 'halopsa' } }).send({ method: 'POST', url: TOKEN_URL });
    const outcome = sent.then(
      () => undefined,
      (error: unknown) => error,
    );
    await clock.advance(4_999);
    expect(clock.pending).toBe(1);
    await clock.advance(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true, provider: 'halopsa', method: 'POST', path: '/auth/token' });
    expect((error as Error).message).toContain('5000 ms');
    expect((error as Error).message).toContain('halopsa POST https://psa.example.com/auth/token');
  });

  it('cancels its timeout timer once the response has arrived', async () => {
    server.use(http.post(TOKEN_URL.href, () => HttpResponse.json({})));
    const clock = new FakeClock();
    await new BareHttpClient({ clock }).send({ method: 'POST', url: TOKEN_URL });
    expect(clock.pending).toBe(0);
  });

  it('fails with a NetworkError coded ABORTED, not retryable, when the caller aborts', async () => {
    server.use(http.post(TOKEN_URL.href, never));
    const clock = new FakeClock();
    const controller = new AbortController();
    const sent = new BareHttpClient({ clock }).send({ method: 'POST', url: TOKEN_URL, signal: controller.signal });
    const outcome = sent.then(
      () => undefined,
      (error: unknown) => error,
    );
    await clock.advance(0);
    controller.abort();
    const error = await outcome;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ABORTED', retryable: false });
    expect(clock.pending).toBe(0);
  });

  it('fails with ABORTED at once when the caller signal is already aborted', async () => {
    let calls = 0;
    server.use(
      http.post(TOKEN_URL.href, () => {
        calls += 1;
        return HttpResponse.json({});
      }),
    );
    const error = await new BareHttpClient({ clock: new FakeClock() })
      .send({ method: 'POST', url: TOKEN_URL, signal: AbortSignal.abort() })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ABORTED' });
    expect(calls).toBe(0);
  });

  it('turns a connection failure into a retryable NetworkError', async () => {
    server.use(http.post(TOKEN_URL.href, () => HttpResponse.error()));
    const error = await new BareHttpClient({ clock: new FakeClock() }).send({ method: 'POST', url: TOKEN_URL }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ retryable: true, method: 'POST', path: '/auth/token' });
  });

  it('classifies a refused connection by its code and masks known secrets in the message', async () => {
    const redactor = new Redactor();
    redactor.add('canary-SECRET-7f3a9b');
    const refused = Object.assign(new Error('connect ECONNREFUSED canary-SECRET-7f3a9b'), { code: 'ECONNREFUSED' });
    const client = new BareHttpClient({ clock: new FakeClock(), redactor, adapter: () => Promise.reject(refused) });
    const error = await client
      .send({ method: 'POST', url: new URL('https://psa.example.com/canary-SECRET-7f3a9b/token') })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED', retryable: true });
    expect((error as Error).message).not.toContain('canary-SECRET-7f3a9b');
    expect((error as Error).message).toContain('[REDACTED]');
    expect((error as Error).cause).toBeUndefined();
  });

  it('never puts the query string of the URL into an error message', async () => {
    const client = new BareHttpClient({ clock: new FakeClock(), adapter: () => Promise.reject(Object.assign(new Error('reset'), { code: 'ECONNRESET' })) });
    const error = await client.send({ method: 'GET', url: new URL('https://psa.example.com/auth/token?tenant=acme&code=abc') }).catch((caught: unknown) => caught);
    expect((error as Error).message).not.toContain('tenant=acme');
    expect((error as Error).message).toContain('https://psa.example.com/auth/token');
  });

  it('refuses a response body larger than a token endpoint could plausibly need', async () => {
    server.use(http.post(TOKEN_URL.href, () => HttpResponse.text('x'.repeat(2 * 1024 * 1024))));
    const error = await new BareHttpClient({ clock: new FakeClock() }).send({ method: 'POST', url: TOKEN_URL }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
  });
});

describe('lowerCaseHeaders', () => {
  it('lower-cases names, joins repeated values and drops empty ones', () => {
    expect(lowerCaseHeaders({ 'Retry-After': '3', 'Set-Cookie': ['a=1', 'b=2'], 'X-Empty': undefined, 'X-Num': 5 })).toEqual({
      'retry-after': '3',
      'set-cookie': 'a=1, b=2',
      'x-num': '5',
    });
  });

  it('returns an empty record for anything that is not an object', () => {
    expect(lowerCaseHeaders(undefined)).toEqual({});
    expect(lowerCaseHeaders('x')).toEqual({});
  });
});
