import { inspect } from 'node:util';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import type { AuthStrategy } from './auth-strategy';
import { LoginTokenAuth } from './login-token-auth';
import { OAuth2ClientCredentialsAuth } from './oauth2-client-credentials-auth';
import { useMswServer } from '../testing/msw-server';

/** Recognisable secrets: if any of these shows up in text that leaves a strategy, a secret leaked. */
const CANARY = 'canary-SECRET-7f3a9b';
/** Characters that change when a secret is form-, URL- or JSON-encoded. */
const TRICKY_CANARY = 'canary-SECRET-7f3a9b +/=&"\\ü';
const TOKEN_CANARY = 'canary-TOKEN-9c1d2e';

const TOKEN_URL = 'https://acme.halopsa.com/auth/token';
const LOGIN_URL = 'https://automate.example.com/cwa/api/v1/apitoken';
const REFRESH_URL = 'https://automate.example.com/cwa/api/v1/apitoken/refresh';

const server = useMswServer();

/** Everything a user could print, log or serialise after a failure. */
function exposedText(error: unknown, strategy: AuthStrategy): string {
  const failure = error as Error;
  return [
    failure.message,
    failure.stack,
    JSON.stringify(failure),
    inspect(failure, { depth: 10 }),
    inspect(strategy, { depth: 10 }),
    JSON.stringify(strategy),
    strategy.describe(),
  ].join('\n');
}

function expectNoCanary(text: string, secret: string): void {
  expect(text).not.toContain(secret);
  expect(text).not.toContain(encodeURIComponent(secret));
  expect(text).not.toContain(new URLSearchParams({ s: secret }).toString().slice(2));
  expect(text).not.toContain(JSON.stringify(secret).slice(1, -1));
  // Even a clipped piece of it is a leak.
  expect(text).not.toContain(secret.slice(0, 12));
}

function oauth(clock: FakeClock, secret: string, basic = false): OAuth2ClientCredentialsAuth {
  return new OAuth2ClientCredentialsAuth({
    provider: 'halopsa',
    tokenUrl: TOKEN_URL,
    clientId: 'client-1',
    clientSecret: secret,
    scope: 'all',
    extraParams: { tenant: 'acme' },
    clientAuthentication: basic ? 'basic' : 'body',
    clock,
  });
}

type Echo = (raw: { body: string; authorization: string }) => Response;

const ECHOES: [string, Echo][] = [
  ['a 400 invalid_client quoting the form body', ({ body }) => HttpResponse.json({ error: 'invalid_client', error_description: `Bad request body: ${body}` }, { status: 400 })],
  ['a 401 naming the secret as its error code', () => HttpResponse.json({ error: { code: TRICKY_CANARY, message: 'bad' } }, { status: 401 })],
  ['a 500 dumping the raw body as text', ({ body }) => HttpResponse.text(`Internal error while handling ${body}`, { status: 500 })],
  ['a 429 quoting the body', ({ body }) => HttpResponse.json({ message: `Too many requests for ${body}` }, { status: 429 })],
  ['a 200 without a token but with the body', ({ body }) => HttpResponse.json({ received: body, message: body })],
  ['a 503 whose long message is clipped mid-secret', ({ body }) => HttpResponse.json({ message: `${'x'.repeat(240)} ${body}` }, { status: 503 })],
  ['a 400 echoing the Basic authorization header', ({ authorization }) => HttpResponse.json({ error: 'invalid_client', error_description: `header was ${authorization}` }, { status: 400 })],
  ['a 403 HTML page with the body in its title', ({ body }) => HttpResponse.html(`<html><title>Denied ${body}</title></html>`, { status: 403 })],
];

describe('secret canary', () => {
  describe.each([
    ['a plain secret', CANARY],
    ['a secret with characters that encoding changes', TRICKY_CANARY],
  ])('OAuth2 client credentials with %s', (_label, secret) => {
    it.each(ECHOES)('never exposes the client secret after %s', async (_case, echo) => {
      for (const basic of [false, true]) {
        server.use(http.post(TOKEN_URL, async ({ request }) => echo({ body: await request.text(), authorization: request.headers.get('authorization') ?? '' })));
        const strategy = oauth(new FakeClock(), secret, basic);
        const error = await strategy.authorize({ method: 'GET', url: new URL('https://acme.halopsa.com/api/tickets'), headers: {} }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(Error);
        expectNoCanary(exposedText(error, strategy), secret);
      }
    });
  });

  it('never exposes the client secret after a connection failure or a timeout', async () => {
    const clock = new FakeClock();
    server.use(http.post(TOKEN_URL, () => HttpResponse.error()));
    const strategy = oauth(clock, CANARY);
    const failed = await strategy.authorize({ method: 'GET', url: new URL('https://acme.halopsa.com/x'), headers: {} }).catch((caught: unknown) => caught);
    expectNoCanary(exposedText(failed, strategy), CANARY);
    server.use(http.post(TOKEN_URL, () => new Promise<never>(() => undefined)));
    const pending = strategy.authorize({ method: 'GET', url: new URL('https://acme.halopsa.com/x'), headers: {} }).catch((caught: unknown) => caught);
    await clock.advance(30_000);
    const timedOut = await pending;
    expect(timedOut).toMatchObject({ code: 'TIMEOUT' });
    expectNoCanary(exposedText(timedOut, strategy), CANARY);
  });

  describe.each([
    ['a plain password', CANARY],
    ['a password with characters that encoding changes', TRICKY_CANARY],
  ])('login token with %s', (_label, password) => {
    function automate(clock: FakeClock): LoginTokenAuth {
      return new LoginTokenAuth({
        provider: 'automate',
        identity: 'integrator',
        secrets: [password],
        login: { url: LOGIN_URL, body: () => ({ UserName: 'integrator', Password: password }) },
        refresh: { url: REFRESH_URL, body: ({ accessToken }) => accessToken },
        headers: { ClientId: 'client-guid' },
        clock,
      });
    }

    it.each(ECHOES)('never exposes the password after %s', async (_case, echo) => {
      server.use(http.post(LOGIN_URL, async ({ request }) => echo({ body: await request.text(), authorization: '' })));
      const strategy = automate(new FakeClock());
      const error = await strategy.authorize({ method: 'GET', url: new URL('https://automate.example.com/x'), headers: {} }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      expectNoCanary(exposedText(error, strategy), password);
    });

    it('never exposes the password or the access token when the refresh and then the login fail, echoing both', async () => {
      let logins = 0;
      server.use(
        http.post(LOGIN_URL, async ({ request }) => {
          logins += 1;
          if (logins === 1) return HttpResponse.json({ AccessToken: TOKEN_CANARY, ExpirationDate: '2026-01-01T01:00:00Z' });
          return HttpResponse.json({ Message: `Login ${await request.text()} refused; old token was ${TOKEN_CANARY}` }, { status: 401 });
        }),
        http.post(REFRESH_URL, async ({ request }) => HttpResponse.json({ Message: `Cannot refresh ${await request.text()}` }, { status: 500 })),
      );
      const clock = new FakeClock();
      const strategy = automate(clock);
      await strategy.authorize({ method: 'GET', url: new URL('https://automate.example.com/x'), headers: {} });
      expect(inspect(strategy, { depth: 10 })).not.toContain(TOKEN_CANARY);
      expect(JSON.stringify(strategy)).not.toContain(TOKEN_CANARY);
      await clock.advance(3_600_000);
      const error = await strategy.authorize({ method: 'GET', url: new URL('https://automate.example.com/x'), headers: {} }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'AuthenticationError', status: 401 });
      const text = exposedText(error, strategy);
      expectNoCanary(text, password);
      expect(text).not.toContain(TOKEN_CANARY);
    });
  });

  it('never exposes a refresh token, even form-encoded, in the error of a later login that echoes it', async () => {
    const refreshToken = 'canary-REFRESH+/=9x&y';
    const login = 'https://psa.example.com/oauth/login';
    const token = 'https://psa.example.com/oauth/token';
    let logins = 0;
    let refreshBody = '';
    server.use(
      http.post(login, () => {
        logins += 1;
        return logins === 1
          ? HttpResponse.json({ access_token: TOKEN_CANARY, refresh_token: refreshToken, expires_in: 600 })
          : HttpResponse.text(`Refused: last refresh was ${refreshBody}`, { status: 401 });
      }),
      http.post(token, async ({ request }) => {
        refreshBody = await request.text();
        return HttpResponse.text(`invalid_grant for ${refreshBody}`, { status: 400 });
      }),
    );
    const clock = new FakeClock();
    const strategy = new LoginTokenAuth({
      identity: 'tech',
      secrets: [CANARY],
      login: { url: login, body: () => new URLSearchParams({ grant_type: 'password', username: 'tech', password: CANARY }) },
      refresh: { url: token, body: ({ refreshToken: current }) => (current ? new URLSearchParams({ grant_type: 'refresh_token', refresh_token: current }) : undefined) },
      clock,
    });
    await strategy.authorize({ method: 'GET', url: new URL('https://psa.example.com/x'), headers: {} });
    await clock.advance(600_000);
    const error = await strategy.authorize({ method: 'GET', url: new URL('https://psa.example.com/x'), headers: {} }).catch((caught: unknown) => caught);
    expect(refreshBody).toContain(encodeURIComponent(refreshToken));
    expect(error).toMatchObject({ name: 'AuthenticationError', status: 401 });
    expectNoCanary(exposedText(error, strategy), refreshToken);
  });

  it('never exposes an access token in the error of a later token call that echoes it', async () => {
    let calls = 0;
    server.use(
      http.post(TOKEN_URL, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ access_token: TOKEN_CANARY, expires_in: 3600 })
          : HttpResponse.json({ error: 'invalid_client', error_description: `client still holds ${TOKEN_CANARY}` }, { status: 401 });
      }),
    );
    const strategy = oauth(new FakeClock(), CANARY);
    const stamp = await strategy.authorize({ method: 'GET', url: new URL('https://acme.halopsa.com/x'), headers: {} });
    const error = await strategy.onUnauthorized(stamp).catch((caught: unknown) => caught);
    const text = exposedText(error, strategy);
    expect(text).not.toContain(TOKEN_CANARY);
    expectNoCanary(text, CANARY);
  });
});
