import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, ConfigError, NetworkError, RateLimitError, ResponseShapeError, ServerError } from '../errors/error-types';
import { BareHttpClient } from '../http/bare-http-client';
import { FakeClock } from '../testing/fake-clock';
import type { AuthRequest } from './auth-strategy';
import { OAuth2ClientCredentialsAuth, type OAuth2ClientCredentialsOptions } from './oauth2-client-credentials-auth';
import type { TokenOutcome, TokenRefreshReason } from './token-lifecycle';
import type { TokenSet } from './token-set';
import { InMemoryTokenStore, type TokenStore } from './token-store';
import { useMswServer } from '../testing/msw-server';

const TOKEN_URL = 'https://acme.halopsa.com/auth/token';
const SECRET = 'canary-SECRET-7f3a9b';
const HOUR = 3_600_000;

const server = useMswServer();

interface TokenCall {
  readonly url: URL;
  readonly headers: Headers;
  readonly form: URLSearchParams;
}

/** A Halo-like token endpoint issuing `token-1`, `token-2`... and recording each call. */
function tokenEndpoint(options: { expiresIn?: number; gate?: () => Promise<void> } = {}): TokenCall[] {
  const calls: TokenCall[] = [];
  server.use(
    http.post(TOKEN_URL, async ({ request }) => {
      calls.push({ url: new URL(request.url), headers: request.headers, form: new URLSearchParams(await request.text()) });
      const number = calls.length;
      await options.gate?.();
      return HttpResponse.json({ access_token: `token-${number}`, token_type: 'Bearer', expires_in: options.expiresIn ?? 3600 });
    }),
  );
  return calls;
}

function strategy(clock: FakeClock, options: Partial<OAuth2ClientCredentialsOptions> = {}): OAuth2ClientCredentialsAuth {
  return new OAuth2ClientCredentialsAuth({
    provider: 'halopsa',
    tokenUrl: TOKEN_URL,
    clientId: 'client-1',
    clientSecret: SECRET,
    scope: 'all',
    clock,
    ...options,
  });
}

function request(signal?: AbortSignal): AuthRequest {
  return { method: 'GET', url: new URL('https://acme.halopsa.com/api/tickets'), headers: {}, signal };
}

async function bearer(auth: OAuth2ClientCredentialsAuth): Promise<{ authorization: string | undefined; stamp: object | undefined }> {
  const req = request();
  const stamp = await auth.authorize(req);
  return { authorization: req.headers.Authorization, stamp };
}

/** Resolves with the outcome of the next token refresh the strategy reports. */
function refreshEvents(): { onRefresh: (reason: TokenRefreshReason, outcome: TokenOutcome | 'failed') => void; next: () => Promise<string> } {
  const waiters: ((event: string) => void)[] = [];
  return {
    onRefresh: (reason, outcome) => waiters.shift()?.(`${reason}:${outcome}`),
    next: () => new Promise((resolve) => waiters.push(resolve)),
  };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('OAuth2ClientCredentialsAuth', () => {
  it('posts a form-encoded client credentials grant with the client, scope and tenant in the body', async () => {
    const calls = tokenEndpoint();
    const auth = strategy(new FakeClock(), { extraParams: { tenant: 'acme' } });
    expect((await bearer(auth)).authorization).toBe('Bearer token-1');
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(call.form)).toEqual({ grant_type: 'client_credentials', client_id: 'client-1', client_secret: SECRET, scope: 'all', tenant: 'acme' });
    expect(call.url.search).toBe('');
    expect(call.headers.get('authorization')).toBeNull();
  });

  it('puts the extra parameters in the query string when extraParamsIn is query', async () => {
    const calls = tokenEndpoint();
    await bearer(strategy(new FakeClock(), { extraParams: { tenant: 'acme' }, extraParamsIn: 'query' }));
    expect(calls[0]?.url.searchParams.get('tenant')).toBe('acme');
    expect(calls[0]?.form.has('tenant')).toBe(false);
    expect(calls[0]?.url.pathname).toBe('/auth/token');
  });

  it('authenticates with HTTP Basic and keeps the secret out of the body with client_secret_basic', async () => {
    const calls = tokenEndpoint();
    await bearer(strategy(new FakeClock(), { clientAuthentication: 'basic', clientSecret: 'p@ss word:1' }));
    const header = calls[0]?.headers.get('authorization') ?? '';
    expect(header.startsWith('Basic ')).toBe(true);
    expect(Buffer.from(header.slice(6), 'base64').toString()).toBe('client-1:p%40ss%20word%3A1');
    expect(calls[0]?.form.has('client_secret')).toBe(false);
    expect(calls[0]?.form.has('client_id')).toBe(false);
    expect(calls[0]?.form.get('grant_type')).toBe('client_credentials');
  });

  it('omits the scope when none is configured', async () => {
    const calls = tokenEndpoint();
    await bearer(strategy(new FakeClock(), { scope: undefined }));
    expect(calls[0]?.form.has('scope')).toBe(false);
  });

  it('reuses one token for every request while it is fresh', async () => {
    const calls = tokenEndpoint();
    const clock = new FakeClock();
    const auth = strategy(clock);
    await bearer(auth);
    await clock.advance(30 * 60_000);
    expect((await bearer(auth)).authorization).toBe('Bearer token-1');
    expect(calls).toHaveLength(1);
  });

  it('sends one token request for 1,000 concurrent first requests', async () => {
    const calls = tokenEndpoint();
    const auth = strategy(new FakeClock());
    const results = await Promise.all(Array.from({ length: 1000 }, () => bearer(auth)));
    expect(calls).toHaveLength(1);
    expect(new Set(results.map((result) => result.authorization))).toEqual(new Set(['Bearer token-1']));
  });

  it('sends exactly one token request for 1,000 concurrent requests at expiry, and all of them use the new token', async () => {
    const calls = tokenEndpoint();
    const clock = new FakeClock();
    const auth = strategy(clock);
    await bearer(auth);
    await clock.advance(HOUR);
    const results = await Promise.all(Array.from({ length: 1000 }, () => bearer(auth)));
    expect(calls).toHaveLength(2);
    expect(results.every((result) => result.authorization === 'Bearer token-2')).toBe(true);
  });

  it('refreshes in the background inside the refresh window without making requests wait', async () => {
    const gate = deferred();
    let holdSecond = false;
    const calls = tokenEndpoint({ gate: () => (holdSecond ? gate.promise : Promise.resolve()) });
    const clock = new FakeClock();
    const events = refreshEvents();
    const auth = strategy(clock, { onRefresh: events.onRefresh });
    const initial = events.next();
    await bearer(auth);
    expect(await initial).toBe('initial:refreshed');
    await clock.advance(HOUR - 119_000);
    holdSecond = true;
    const background = events.next();
    // The token endpoint is still holding its answer, yet requests are served at once with the current token.
    const during = await Promise.all(Array.from({ length: 100 }, () => bearer(auth)));
    expect(during.every((result) => result.authorization === 'Bearer token-1')).toBe(true);
    await clock.advance(0);
    expect(calls).toHaveLength(2);
    gate.resolve();
    expect(await background).toBe('expiring:refreshed');
    expect((await bearer(auth)).authorization).toBe('Bearer token-2');
    expect(calls).toHaveLength(2);
  });

  it('makes requests wait for the new token once the current one has expired', async () => {
    const gate = deferred();
    let hold = false;
    tokenEndpoint({ gate: () => (hold ? gate.promise : Promise.resolve()) });
    const clock = new FakeClock();
    const auth = strategy(clock);
    await bearer(auth);
    await clock.advance(HOUR - 2_000);
    hold = true;
    let settled = false;
    const waiting = bearer(auth).then((result) => {
      settled = true;
      return result;
    });
    await clock.advance(0);
    expect(settled).toBe(false);
    gate.resolve();
    expect((await waiting).authorization).toBe('Bearer token-2');
  });

  it('sends its token calls through an injected bare HTTP client', async () => {
    const seen: string[] = [];
    const httpClient = new BareHttpClient({
      adapter: async (config) => {
        seen.push(`${config.method?.toUpperCase()} ${config.url}`);
        return { data: JSON.stringify({ access_token: 'from-adapter' }), status: 200, statusText: 'OK', headers: {}, config };
      },
    });
    expect((await bearer(strategy(new FakeClock(), { httpClient }))).authorization).toBe('Bearer from-adapter');
    expect(seen).toEqual([`POST ${TOKEN_URL}`]);
  });

  it('honours a configured refresh window', async () => {
    const calls = tokenEndpoint();
    const clock = new FakeClock();
    const events = refreshEvents();
    const auth = strategy(clock, { refreshWindowMs: 10 * 60_000, onRefresh: events.onRefresh });
    await bearer(auth);
    await clock.advance(HOUR - 11 * 60_000);
    await bearer(auth);
    expect(calls).toHaveLength(1);
    await clock.advance(60_000);
    const background = events.next();
    await bearer(auth);
    expect(await background).toBe('expiring:refreshed');
    expect(calls).toHaveLength(2);
  });

  it('keeps serving the valid token when a background refresh fails', async () => {
    let failing = false;
    let calls = 0;
    server.use(
      http.post(TOKEN_URL, () => {
        calls += 1;
        return failing ? HttpResponse.json({ error: 'temporarily_unavailable' }, { status: 503 }) : HttpResponse.json({ access_token: `token-${calls}`, expires_in: 3600 });
      }),
    );
    const clock = new FakeClock();
    const events = refreshEvents();
    const auth = strategy(clock, { onRefresh: events.onRefresh });
    await bearer(auth);
    await clock.advance(HOUR - 60_000);
    failing = true;
    const failed = events.next();
    expect((await bearer(auth)).authorization).toBe('Bearer token-1');
    expect(await failed).toBe('expiring:failed');
    expect((await bearer(auth)).authorization).toBe('Bearer token-1');
    expect(calls).toBe(2);
  });

  it('makes requests fail with the token error once the token has expired and cannot be renewed', async () => {
    let calls = 0;
    server.use(
      http.post(TOKEN_URL, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json({ access_token: 'token-1', expires_in: 3600 }) : HttpResponse.json({}, { status: 503 });
      }),
    );
    const clock = new FakeClock();
    const auth = strategy(clock);
    await bearer(auth);
    await clock.advance(HOUR);
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => bearer(auth)));
    expect(results.every((result) => result.status === 'rejected' && result.reason instanceof ServerError)).toBe(true);
    expect(calls).toBe(2);
  });

  describe('after a 401', () => {
    it('drops the token behind the stamp, fetches one new token and asks for one replay', async () => {
      const calls = tokenEndpoint();
      const auth = strategy(new FakeClock());
      const { stamp } = await bearer(auth);
      await expect(auth.onUnauthorized(stamp)).resolves.toBe(true);
      expect(calls).toHaveLength(2);
      expect((await bearer(auth)).authorization).toBe('Bearer token-2');
    });

    it('sends exactly one token request for 1,000 concurrent 401s carrying the same stale stamp', async () => {
      const calls = tokenEndpoint();
      const auth = strategy(new FakeClock());
      const { stamp } = await bearer(auth);
      const answers = await Promise.all(Array.from({ length: 1000 }, () => auth.onUnauthorized(stamp)));
      expect(answers.every(Boolean)).toBe(true);
      expect(calls).toHaveLength(2);
    });

    it('sends no token request for a stamp whose token was already replaced', async () => {
      const calls = tokenEndpoint();
      const auth = strategy(new FakeClock());
      const { stamp: old } = await bearer(auth);
      await auth.onUnauthorized(old);
      expect(calls).toHaveLength(2);
      await expect(auth.onUnauthorized(old)).resolves.toBe(true);
      expect(calls).toHaveLength(2);
      expect((await bearer(auth)).authorization).toBe('Bearer token-2');
    });

    it('fails with the token error when no new token can be obtained', async () => {
      let calls = 0;
      server.use(
        http.post(TOKEN_URL, () => {
          calls += 1;
          return calls === 1 ? HttpResponse.json({ access_token: 'token-1' }) : HttpResponse.json({ error: 'invalid_client' }, { status: 401 });
        }),
      );
      const auth = strategy(new FakeClock());
      const { stamp } = await bearer(auth);
      await expect(auth.onUnauthorized(stamp)).rejects.toBeInstanceOf(AuthenticationError);
    });

    it('lets one caller stop waiting on its abort signal without cancelling the renewal for the others', async () => {
      const gate = deferred();
      let hold = false;
      const calls = tokenEndpoint({ gate: () => (hold ? gate.promise : Promise.resolve()) });
      const auth = strategy(new FakeClock());
      const { stamp } = await bearer(auth);
      hold = true;
      const controller = new AbortController();
      const impatient = auth.onUnauthorized(stamp, controller.signal);
      const patient = auth.onUnauthorized(stamp);
      controller.abort(new Error('caller gave up'));
      await expect(impatient).rejects.toThrow('caller gave up');
      gate.resolve();
      await expect(patient).resolves.toBe(true);
      expect(calls).toHaveLength(2);
    });
  });

  it('lets a request stop waiting for a token when its signal aborts', async () => {
    const gate = deferred();
    tokenEndpoint({ gate: () => gate.promise });
    const auth = strategy(new FakeClock());
    const controller = new AbortController();
    const waiting = auth.authorize(request(controller.signal));
    const other = bearer(auth);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    gate.resolve();
    expect((await other).authorization).toBe('Bearer token-1');
  });

  it('rejects at once when the request signal is already aborted', async () => {
    tokenEndpoint();
    const auth = strategy(new FakeClock());
    await expect(auth.authorize(request(AbortSignal.abort(new Error('gone'))))).rejects.toThrow('gone');
  });

  describe('token endpoint failures', () => {
    it.each([
      [400, { error: 'invalid_client' }],
      [401, { error: 'invalid_client', error_description: 'Client authentication failed' }],
    ])('turns %i invalid_client into an AuthenticationError that says what to check', async (status, body) => {
      server.use(http.post(TOKEN_URL, () => HttpResponse.json(body, { status })));
      const error = await strategy(new FakeClock()).authorize(request()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status, provider: 'halopsa', retryable: false, providerCode: 'invalid_client' });
      expect((error as Error).message).toContain('halopsa client credentials at POST /auth/token was refused');
      expect((error as Error).message).toContain('invalid_client');
      expect((error as Error).message).toContain('Check the client id, client secret, scope and tenant.');
    });

    it('turns a 5xx into a retryable ServerError', async () => {
      server.use(http.post(TOKEN_URL, () => HttpResponse.text('Service Unavailable', { status: 503 })));
      const error = await strategy(new FakeClock()).authorize(request()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({ status: 503, retryable: true });
    });

    it('turns a 429 into a RateLimitError carrying Retry-After', async () => {
      server.use(http.post(TOKEN_URL, () => HttpResponse.json({ error: 'slow_down' }, { status: 429, headers: { 'Retry-After': '20' } })));
      const error = await strategy(new FakeClock()).authorize(request()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ retryable: true, retryAfterMs: 20_000 });
    });

    it('turns a 200 without an access token into a ResponseShapeError', async () => {
      server.use(http.post(TOKEN_URL, () => HttpResponse.json({ token_type: 'Bearer', expires_in: 3600 })));
      const error = await strategy(new FakeClock()).authorize(request()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ResponseShapeError);
      expect(error).toMatchObject({ code: 'MISSING_ACCESS_TOKEN', status: 200 });
    });

    it('turns an HTML login page answered with 200 into a ResponseShapeError', async () => {
      server.use(http.post(TOKEN_URL, () => HttpResponse.html('<html><title>Sign in</title></html>')));
      await expect(strategy(new FakeClock()).authorize(request())).rejects.toBeInstanceOf(ResponseShapeError);
    });

    it('turns a connection failure into a NetworkError', async () => {
      server.use(http.post(TOKEN_URL, () => HttpResponse.error()));
      const error = await strategy(new FakeClock()).authorize(request()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ provider: 'halopsa', path: '/auth/token' });
    });

    it('times out a token call that never answers on the virtual clock', async () => {
      server.use(http.post(TOKEN_URL, () => new Promise<never>(() => undefined)));
      const clock = new FakeClock();
      const pending = strategy(clock, { timeoutMs: 10_000 }).authorize(request()).catch((caught: unknown) => caught);
      await clock.advance(10_000);
      expect(await pending).toMatchObject({ name: 'NetworkError', code: 'TIMEOUT' });
    });

    it('does not follow a redirect from the token endpoint, so the secret never travels on', async () => {
      let followed = 0;
      server.use(
        http.post(TOKEN_URL, () => new HttpResponse(null, { status: 307, headers: { Location: 'https://attacker.example.net/token' } })),
        http.post('https://attacker.example.net/token', () => {
          followed += 1;
          return HttpResponse.json({ access_token: 'stolen' });
        }),
      );
      const error = await strategy(new FakeClock()).authorize(request()).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'ResponseShapeError', code: 'TOKEN_ENDPOINT_REDIRECT', status: 307 });
      expect(followed).toBe(0);
    });
  });

  describe('configuration', () => {
    it.each([
      ['an empty client id', { clientId: ' ' }, 'MISSING_CLIENT_ID'],
      ['an empty client secret', { clientSecret: '' }, 'MISSING_CLIENT_SECRET'],
      ['a missing token URL', { tokenUrl: '' }, 'MISSING_URL'],
      ['a relative token URL', { tokenUrl: '/auth/token' }, 'INVALID_URL'],
      ['plain http to a remote host', { tokenUrl: 'http://acme.halopsa.com/auth/token' }, 'INVALID_URL'],
      ['a token URL with a query string', { tokenUrl: `${TOKEN_URL}?tenant=acme` }, 'INVALID_URL'],
      ['a header name with a space', { headers: { 'Client Id': 'x' } }, 'INVALID_HEADER'],
      ['a header value with a line break', { headers: { ClientId: 'x\r\nX-Evil: 1' } }, 'INVALID_HEADER'],
    ])('rejects %s with a ConfigError', (_label, options, code) => {
      expect(() => strategy(new FakeClock(), options as Partial<OAuth2ClientCredentialsOptions>)).toThrow(ConfigError);
      expect(() => strategy(new FakeClock(), options as Partial<OAuth2ClientCredentialsOptions>)).toThrow(expect.objectContaining({ code }));
    });

    it('accepts plain http on loopback for local sandboxes', async () => {
      server.use(http.post('http://localhost:8080/auth/token', () => HttpResponse.json({ access_token: 'local' })));
      expect((await bearer(strategy(new FakeClock(), { tokenUrl: 'http://localhost:8080/auth/token' }))).authorization).toBe('Bearer local');
    });

    it('accepts the token URL as a URL object', async () => {
      tokenEndpoint();
      expect((await bearer(strategy(new FakeClock(), { tokenUrl: new URL(TOKEN_URL) }))).authorization).toBe('Bearer token-1');
    });
  });

  it('sends fixed headers on the token call and on every request', async () => {
    const calls = tokenEndpoint();
    const auth = strategy(new FakeClock(), { headers: { 'X-Tenant': 'acme' } });
    const req = request();
    await auth.authorize(req);
    expect(req.headers).toEqual({ 'X-Tenant': 'acme', Authorization: 'Bearer token-1' });
    expect(calls[0]?.headers.get('x-tenant')).toBe('acme');
  });

  it('describes the client and endpoint without the secret', () => {
    const auth = strategy(new FakeClock());
    expect(auth.describe()).toBe('OAuth2 client credentials for client client-1 at https://acme.halopsa.com/auth/token');
    expect(auth.kind).toBe('oauth2-client-credentials');
    expect(auth.secretValues()).toEqual([SECRET]);
  });

  describe('token store', () => {
    function recordingStore(initial?: [string, TokenSet]): TokenStore & { log: string[]; inner: InMemoryTokenStore } {
      const inner = new InMemoryTokenStore();
      if (initial) inner.set(...initial);
      const log: string[] = [];
      return {
        log,
        inner,
        get: (key) => {
          log.push(`get ${key}`);
          return inner.get(key);
        },
        set: (key, token) => {
          log.push(`set ${key} ${token.accessToken.reveal()}`);
          inner.set(key, token);
        },
        delete: (key) => {
          log.push(`delete ${key}`);
          inner.delete(key);
        },
      };
    }

    it('keeps tokens in memory by default, per strategy', async () => {
      const calls = tokenEndpoint();
      const clock = new FakeClock();
      await bearer(strategy(clock));
      await bearer(strategy(clock));
      expect(calls).toHaveLength(2);
    });

    it('reads, writes and deletes a custom store under the credential id', async () => {
      tokenEndpoint();
      const store = recordingStore();
      const auth = strategy(new FakeClock(), { tokenStore: store });
      const { stamp } = await bearer(auth);
      await auth.onUnauthorized(stamp);
      const id = auth.credentialId;
      expect(store.log).toEqual([`get ${id}`, `set ${id} token-1`, `delete ${id}`, `set ${id} token-2`]);
    });

    it('reuses a valid token from a custom store without a token call', async () => {
      const calls = tokenEndpoint();
      const clock = new FakeClock();
      const id = strategy(clock).credentialId;
      const store = recordingStore([id, { accessToken: new (await import('../security/secret')).Secret('shared-token'), obtainedAt: clock.now(), expiresAt: clock.now() + HOUR }]);
      const auth = strategy(clock, { tokenStore: store });
      expect((await bearer(auth)).authorization).toBe('Bearer shared-token');
      expect(calls).toHaveLength(0);
    });

    it('lets two strategies with the same credentials share a token through one store', async () => {
      const calls = tokenEndpoint();
      const clock = new FakeClock();
      const store = new InMemoryTokenStore();
      await bearer(strategy(clock, { tokenStore: store }));
      expect((await bearer(strategy(clock, { tokenStore: store }))).authorization).toBe('Bearer token-1');
      expect(calls).toHaveLength(1);
    });

    it.each([
      ['client ids', { clientId: 'client-2' }],
      ['client secrets', { clientSecret: 'another-secret-value' }],
      ['tenants', { extraParams: { tenant: 'other' } }],
      ['scopes', { scope: 'read:tickets' }],
      ['token URLs', { tokenUrl: 'https://other.halopsa.com/auth/token' }],
    ])('never shares tokens between strategies with different %s, even in one store', async (_label, different) => {
      const calls = tokenEndpoint();
      server.use(http.post('https://other.halopsa.com/auth/token', () => HttpResponse.json({ access_token: 'other-token' })));
      const clock = new FakeClock();
      const store = new InMemoryTokenStore();
      const first = strategy(clock, { tokenStore: store, extraParams: { tenant: 'acme' } });
      const second = strategy(clock, { tokenStore: store, extraParams: { tenant: 'acme' }, ...different });
      const a = await bearer(first);
      const b = await bearer(second);
      expect(first.credentialId).not.toBe(second.credentialId);
      expect(b.authorization).not.toBe(a.authorization);
      expect(calls.length + (b.authorization === 'Bearer other-token' ? 1 : 0)).toBe(2);
    });

    it('gives the same credentials the same id whatever the order of the extra parameters', () => {
      const clock = new FakeClock();
      expect(strategy(clock, { extraParams: { a: '1', b: '2' } }).credentialId).toBe(strategy(clock, { extraParams: { b: '2', a: '1' } }).credentialId);
    });
  });
});
