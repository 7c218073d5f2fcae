import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, ConfigError, ResponseShapeError } from '../errors/error-types';
import { Secret } from '../security/secret';
import { FakeClock } from '../testing/fake-clock';
import type { AuthRequest } from './auth-strategy';
import { LoginTokenAuth, type LoginTokenAuthOptions } from './login-token-auth';
import type { TokenOutcome, TokenRefreshReason } from './token-lifecycle';
import { useMswServer } from '../testing/msw-server';

const BASE = 'https://automate.example.com/cwa/api/v1';
const LOGIN_URL = `${BASE}/apitoken`;
const REFRESH_URL = `${BASE}/apitoken/refresh`;
const PASSWORD = 'canary-SECRET-7f3a9b';
const CLIENT_ID = '6bb2b1f6-4c3a-4a8e-9a70-1d1f0b5c2e11';
const HOUR = 3_600_000;

const server = useMswServer();

interface Call {
  readonly kind: 'login' | 'refresh';
  readonly clientId: string | null;
  readonly contentType: string | null;
  readonly body: string;
}

/** An Automate-like token API: logins issue `login-N`, refreshes `refreshed-N`, each valid for an hour. */
function automate(clock: FakeClock, options: { refreshStatus?: number; loginStatus?: number } = {}): Call[] {
  const calls: Call[] = [];
  const answer = (kind: 'login' | 'refresh', status: number | undefined): HttpResponse<Record<string, unknown>> => {
    if (status && status !== 200) return HttpResponse.json({ error: { code: 'Unauthorized', message: 'Token is not valid' } }, { status });
    return HttpResponse.json({
      AccessToken: `${kind === 'login' ? 'login' : 'refreshed'}-${calls.length}`,
      TokenType: 'Bearer',
      ExpirationDate: new Date(clock.now() + HOUR).toISOString(),
    });
  };
  server.use(
    http.post(LOGIN_URL, async ({ request }) => {
      calls.push({ kind: 'login', clientId: request.headers.get('clientid'), contentType: request.headers.get('content-type'), body: await request.text() });
      return answer('login', options.loginStatus);
    }),
    http.post(REFRESH_URL, async ({ request }) => {
      calls.push({ kind: 'refresh', clientId: request.headers.get('clientid'), contentType: request.headers.get('content-type'), body: await request.text() });
      return answer('refresh', options.refreshStatus);
    }),
  );
  return calls;
}

function automateAuth(clock: FakeClock, options: Partial<LoginTokenAuthOptions> = {}): LoginTokenAuth {
  return new LoginTokenAuth({
    provider: 'automate',
    identity: 'integrator',
    secrets: [PASSWORD],
    login: { url: LOGIN_URL, body: () => ({ UserName: 'integrator', Password: PASSWORD }) },
    refresh: { url: REFRESH_URL, body: ({ accessToken }) => accessToken },
    headers: { ClientId: CLIENT_ID },
    clock,
    ...options,
  });
}

function request(): AuthRequest {
  return { method: 'GET', url: new URL(`${BASE}/computers`), headers: {} };
}

async function authorized(auth: LoginTokenAuth): Promise<{ headers: Record<string, string>; stamp: object | undefined }> {
  const req = request();
  const stamp = await auth.authorize(req);
  return { headers: req.headers, stamp };
}

function outcomes(): { onRefresh: (reason: TokenRefreshReason, outcome: TokenOutcome | 'failed') => void; seen: string[] } {
  const seen: string[] = [];
  return { seen, onRefresh: (reason, outcome) => seen.push(`${reason}:${outcome}`) };
}

describe('LoginTokenAuth (ConnectWise Automate style)', () => {
  it('logs in with a JSON UserName and Password and the ClientId header', async () => {
    const clock = new FakeClock();
    const calls = automate(clock);
    await authorized(automateAuth(clock));
    expect(calls).toEqual([
      { kind: 'login', clientId: CLIENT_ID, contentType: 'application/json', body: JSON.stringify({ UserName: 'integrator', Password: PASSWORD }) },
    ]);
  });

  it('sends the bearer token and the ClientId header on every request', async () => {
    const clock = new FakeClock();
    automate(clock);
    const auth = automateAuth(clock);
    expect((await authorized(auth)).headers).toEqual({ ClientId: CLIENT_ID, Authorization: 'Bearer login-1' });
    expect((await authorized(auth)).headers).toEqual({ ClientId: CLIENT_ID, Authorization: 'Bearer login-1' });
  });

  it('renews at the ExpirationDate by posting the current token as a JSON string to the refresh endpoint', async () => {
    const clock = new FakeClock();
    const calls = automate(clock);
    const events = outcomes();
    const auth = automateAuth(clock, { onRefresh: events.onRefresh });
    await authorized(auth);
    await clock.advance(HOUR - 1_000);
    expect((await authorized(auth)).headers.Authorization).toBe('Bearer refreshed-2');
    expect(calls[1]).toEqual({ kind: 'refresh', clientId: CLIENT_ID, contentType: 'application/json', body: '"login-1"' });
    expect(events.seen).toEqual(['initial:logged-in', 'expired:refreshed']);
  });

  it('falls back to a fresh login when the refresh is refused', async () => {
    const clock = new FakeClock();
    const calls = automate(clock, { refreshStatus: 401 });
    const events = outcomes();
    const auth = automateAuth(clock, { onRefresh: events.onRefresh });
    await authorized(auth);
    await clock.advance(HOUR);
    expect((await authorized(auth)).headers.Authorization).toBe('Bearer login-3');
    expect(calls.map((call) => call.kind)).toEqual(['login', 'refresh', 'login']);
    expect(events.seen.at(-1)).toBe('expired:logged-in');
  });

  it('falls back to a fresh login when the refresh endpoint fails with a server error', async () => {
    const clock = new FakeClock();
    const calls = automate(clock, { refreshStatus: 500 });
    const auth = automateAuth(clock);
    await authorized(auth);
    await clock.advance(HOUR);
    expect((await authorized(auth)).headers.Authorization).toBe('Bearer login-3');
    expect(calls.map((call) => call.kind)).toEqual(['login', 'refresh', 'login']);
  });

  it('logs in again at expiry when no refresh call is configured', async () => {
    const clock = new FakeClock();
    const calls = automate(clock);
    const auth = automateAuth(clock, { refresh: undefined });
    await authorized(auth);
    await clock.advance(HOUR);
    expect((await authorized(auth)).headers.Authorization).toBe('Bearer login-2');
    expect(calls.map((call) => call.kind)).toEqual(['login', 'login']);
  });

  it('sends one token call for 1,000 concurrent requests at expiry', async () => {
    const clock = new FakeClock();
    const calls = automate(clock);
    const auth = automateAuth(clock);
    await authorized(auth);
    await clock.advance(HOUR);
    const results = await Promise.all(Array.from({ length: 1000 }, () => authorized(auth)));
    expect(calls).toHaveLength(2);
    expect(results.every((result) => result.headers.Authorization === 'Bearer refreshed-2')).toBe(true);
  });

  it('renews once for 1,000 concurrent 401s with the same stamp, and not at all for a replaced token', async () => {
    const clock = new FakeClock();
    const calls = automate(clock);
    const auth = automateAuth(clock);
    const { stamp } = await authorized(auth);
    await Promise.all(Array.from({ length: 1000 }, () => auth.onUnauthorized(stamp)));
    expect(calls.map((call) => call.kind)).toEqual(['login', 'refresh']);
    await auth.onUnauthorized(stamp);
    expect(calls).toHaveLength(2);
    expect((await authorized(auth)).headers.Authorization).toBe('Bearer refreshed-2');
  });

  it('logs in again after a 401 when the refresh of the refused token fails too', async () => {
    const clock = new FakeClock();
    const calls = automate(clock, { refreshStatus: 401 });
    const auth = automateAuth(clock);
    const { stamp } = await authorized(auth);
    await expect(auth.onUnauthorized(stamp)).resolves.toBe(true);
    expect(calls.map((call) => call.kind)).toEqual(['login', 'refresh', 'login']);
    expect((await authorized(auth)).headers.Authorization).toBe('Bearer login-3');
  });

  it('turns a refused login into an AuthenticationError that says what to check', async () => {
    const clock = new FakeClock();
    automate(clock, { loginStatus: 401 });
    const error = await automateAuth(clock).authorize(request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('automate login at POST /cwa/api/v1/apitoken was refused with 401');
    expect((error as Error).message).toContain('Check the user name, password and any client id the server requires.');
    expect(error).toMatchObject({ operation: 'auth.login', providerCode: 'Unauthorized' });
  });

  it('reports a login that needs a second factor as a ResponseShapeError naming the passcode', async () => {
    server.use(http.post(LOGIN_URL, () => HttpResponse.json({ AccessToken: '', IsTwoFactorRequired: true })));
    const error = await automateAuth(new FakeClock()).authorize(request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as Error).message).toContain('two-factor passcode');
  });

  it('describes the login by user and endpoint, never by password', () => {
    const auth = automateAuth(new FakeClock());
    expect(auth.describe()).toBe('login token for integrator at https://automate.example.com/cwa/api/v1/apitoken');
    expect(auth.kind).toBe('login-token');
    expect(auth.secretValues()).toEqual([PASSWORD]);
  });

  it.each([
    ['an empty user name', { identity: ' ' }, 'MISSING_USERNAME'],
    ['a non-https login URL', { login: { url: 'http://automate.example.com/cwa/api/v1/apitoken', body: () => ({}) } }, 'INVALID_URL'],
    ['a bad refresh URL', { refresh: { url: 'ftp://automate.example.com/x', body: () => 'x' } }, 'INVALID_URL'],
    ['a ClientId with a line break', { headers: { ClientId: `${CLIENT_ID}\n` } }, 'INVALID_HEADER'],
  ])('rejects %s with a ConfigError', (_label, options, code) => {
    const build = (): LoginTokenAuth => automateAuth(new FakeClock(), options as Partial<LoginTokenAuthOptions>);
    expect(build).toThrow(ConfigError);
    expect(build).toThrow(expect.objectContaining({ code }));
  });

  it('gives different users and passwords different credential ids', () => {
    const clock = new FakeClock();
    const base = automateAuth(clock).credentialId;
    expect(automateAuth(clock).credentialId).toBe(base);
    expect(automateAuth(clock, { identity: 'someone-else' }).credentialId).not.toBe(base);
    expect(automateAuth(clock, { secrets: ['another-password'] }).credentialId).not.toBe(base);
  });
});

describe('LoginTokenAuth (refresh-token style)', () => {
  const LOGIN = 'https://psa.example.com/oauth/login';
  const TOKEN = 'https://psa.example.com/oauth/token';

  function refreshTokenAuth(clock: FakeClock, options: Partial<LoginTokenAuthOptions> = {}): LoginTokenAuth {
    return new LoginTokenAuth({
      provider: 'otherpsa',
      identity: 'tech@example.com',
      secrets: [PASSWORD],
      login: { url: LOGIN, body: () => new URLSearchParams({ grant_type: 'password', username: 'tech@example.com', password: PASSWORD }) },
      refresh: {
        url: TOKEN,
        body: ({ refreshToken }) => (refreshToken ? new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }) : undefined),
      },
      clock,
      ...options,
    });
  }

  it('form-encodes URLSearchParams bodies and sends the refresh token grant', async () => {
    const seen: { url: string; contentType: string | null; body: string }[] = [];
    server.use(
      http.post(LOGIN, async ({ request }) => {
        seen.push({ url: request.url, contentType: request.headers.get('content-type'), body: await request.text() });
        return HttpResponse.json({ access_token: 'access-1', refresh_token: 'refresh-1', expires_in: 600 });
      }),
      http.post(TOKEN, async ({ request }) => {
        seen.push({ url: request.url, contentType: request.headers.get('content-type'), body: await request.text() });
        return HttpResponse.json({ access_token: 'access-2', expires_in: 600 });
      }),
    );
    const clock = new FakeClock();
    const auth = refreshTokenAuth(clock);
    const first = request();
    await auth.authorize(first);
    expect(first.headers.Authorization).toBe('Bearer access-1');
    await clock.advance(600_000);
    const second = request();
    await auth.authorize(second);
    expect(second.headers.Authorization).toBe('Bearer access-2');
    expect(seen[0]).toMatchObject({ url: LOGIN, contentType: 'application/x-www-form-urlencoded' });
    expect(Object.fromEntries(new URLSearchParams(seen[0]?.body))).toEqual({ grant_type: 'password', username: 'tech@example.com', password: PASSWORD });
    expect(seen[1]).toEqual({ url: TOKEN, contentType: 'application/x-www-form-urlencoded', body: 'grant_type=refresh_token&refresh_token=refresh-1' });
  });

  it('keeps using the previous refresh token when a refresh response omits it', async () => {
    const refreshBodies: string[] = [];
    let issued = 0;
    server.use(
      http.post(LOGIN, () => HttpResponse.json({ access_token: 'access-0', refresh_token: 'refresh-0', expires_in: 600 })),
      http.post(TOKEN, async ({ request }) => {
        refreshBodies.push(await request.text());
        issued += 1;
        return HttpResponse.json({ access_token: `access-${issued}`, expires_in: 600 });
      }),
    );
    const clock = new FakeClock();
    const auth = refreshTokenAuth(clock);
    await auth.authorize(request());
    await clock.advance(600_000);
    await auth.authorize(request());
    await clock.advance(600_000);
    await auth.authorize(request());
    expect(refreshBodies).toEqual(['grant_type=refresh_token&refresh_token=refresh-0', 'grant_type=refresh_token&refresh_token=refresh-0']);
  });

  it('logs in when the refresh body builder has no refresh token to send', async () => {
    let logins = 0;
    server.use(
      http.post(LOGIN, () => {
        logins += 1;
        return HttpResponse.json({ access_token: `access-${logins}`, expires_in: 600 });
      }),
      http.post(TOKEN, () => HttpResponse.json({ error: 'should not be called' }, { status: 500 })),
    );
    const clock = new FakeClock();
    const auth = refreshTokenAuth(clock);
    await auth.authorize(request());
    await clock.advance(600_000);
    const req = request();
    await auth.authorize(req);
    expect(req.headers.Authorization).toBe('Bearer access-2');
    expect(logins).toBe(2);
  });

  it('falls back to a login when the refresh token was revoked (invalid_grant)', async () => {
    let logins = 0;
    server.use(
      http.post(LOGIN, () => {
        logins += 1;
        return HttpResponse.json({ access_token: `access-${logins}`, refresh_token: `refresh-${logins}`, expires_in: 600 });
      }),
      http.post(TOKEN, () => HttpResponse.json({ error: 'invalid_grant' }, { status: 400 })),
    );
    const clock = new FakeClock();
    const auth = refreshTokenAuth(clock);
    await auth.authorize(request());
    await clock.advance(600_000);
    const req = request();
    await auth.authorize(req);
    expect(req.headers.Authorization).toBe('Bearer access-2');
  });

  it('reads odd response shapes with a custom token parser, and reports a ResponseShapeError when it finds nothing', async () => {
    let body: Record<string, unknown> = { data: { jwt: 'custom-token' } };
    server.use(http.post(LOGIN, () => HttpResponse.json(body)));
    const clock = new FakeClock();
    const auth = refreshTokenAuth(clock, {
      parseToken: (response, now) => {
        const jwt = (response as { data?: { jwt?: string } }).data?.jwt;
        return jwt ? { accessToken: new Secret(jwt), expiresAt: now + 60_000, obtainedAt: now } : undefined;
      },
    });
    const req = request();
    await auth.authorize(req);
    expect(req.headers.Authorization).toBe('Bearer custom-token');
    body = { data: {} };
    await clock.advance(60_000);
    await expect(auth.authorize(request())).rejects.toBeInstanceOf(ResponseShapeError);
  });
});
