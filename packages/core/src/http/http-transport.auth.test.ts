import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiKeyAuth } from '../auth/api-key-auth';
import { OAuth2ClientCredentialsAuth } from '../auth/oauth2-client-credentials-auth';
import { AuthenticationError, type NetworkError } from '../errors/error-types';
import { isPsaError } from '../errors/psa-error';
import { FakeClock } from '../testing/fake-clock';
import { API, createKit, failure, until, useMswServer } from './http-transport.test-helpers';

const server = useMswServer();

const TOKEN_URL = 'https://login.test/oauth2/token';
const CLIENT_SECRET = 'client-SECRET-91d0e4aa';

/**
 * A token endpoint issuing `tok-1`, `tok-2`... (each valid `lifetimeS` seconds) and an API that
 * accepts only the tokens listed in `valid` (by default: the latest one issued).
 */
function oauthWorld(options: { lifetimeS?: number; apiAccepts?: (token: string, issued: number) => boolean } = {}) {
  const clock = new FakeClock();
  const state = { tokenRequests: 0, apiCalls: 0, tokensSeen: [] as string[] };
  const accepts = options.apiAccepts ?? ((token, issued) => token === `tok-${issued}`);
  server.use(
    http.post(TOKEN_URL, async ({ request }) => {
      state.tokenRequests++;
      const form = new URLSearchParams(await request.text());
      if (form.get('client_secret') !== CLIENT_SECRET) return HttpResponse.json({ error: 'invalid_client' }, { status: 401 });
      return HttpResponse.json({ access_token: `tok-${state.tokenRequests}`, token_type: 'Bearer', expires_in: options.lifetimeS ?? 3600 });
    }),
    http.get(`${API}/tickets`, ({ request }) => {
      state.apiCalls++;
      const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
      state.tokensSeen.push(token);
      if (!accepts(token, state.tokenRequests)) return HttpResponse.json({ message: 'token expired or revoked' }, { status: 401 });
      return HttpResponse.json([{ id: 1 }]);
    }),
  );
  const auth = new OAuth2ClientCredentialsAuth({ provider: 'halopsa', tokenUrl: TOKEN_URL, clientId: 'app', clientSecret: CLIENT_SECRET, scope: 'all', clock });
  const kit = createKit({ provider: 'halopsa', auth, clock, rateLimit: { requestsPerWindow: 100_000, maxConcurrency: 2000 } });
  return { ...kit, state };
}

const listTickets = { operation: 'tickets.list', method: 'GET', path: '/tickets' } as const;

describe('401 handling with a token strategy', () => {
  it('refreshes the token once and replays the request once after a 401', async () => {
    let revoked = false;
    const world = oauthWorld({ apiAccepts: (token, issued) => token === `tok-${issued}` && !(token === 'tok-1' && revoked) });
    await world.transport.request(listTickets);
    revoked = true;
    const response = await world.transport.request(listTickets);
    expect(response.data).toEqual([{ id: 1 }]);
    expect(world.state.tokenRequests).toBe(2);
    expect(world.state.tokensSeen).toEqual(['tok-1', 'tok-1', 'tok-2']);
  });

  it('fails with AuthenticationError on a second 401 instead of looping', async () => {
    const world = oauthWorld({ apiAccepts: () => false });
    const error = await failure(world.transport.request(listTickets));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(world.state.apiCalls).toBe(2);
    expect(world.state.tokenRequests).toBe(2);
    const message = (error as Error).message;
    expect(message).toMatch(/halopsa GET \/tickets failed with 401/);
    expect(message).toMatch(/OAuth2 client credentials for client app/);
    expect(message).not.toMatch(/Gave up/);
  });

  it('fails with AuthenticationError when the token endpoint refuses the client, without calling the API', async () => {
    const clock = new FakeClock();
    let apiCalls = 0;
    server.use(
      http.post(TOKEN_URL, () => HttpResponse.json({ error: 'invalid_client', error_description: `bad secret ${CLIENT_SECRET}` }, { status: 401 })),
      http.get(`${API}/tickets`, () => {
        apiCalls++;
        return HttpResponse.json([]);
      }),
    );
    const auth = new OAuth2ClientCredentialsAuth({ tokenUrl: TOKEN_URL, clientId: 'app', clientSecret: CLIENT_SECRET, clock });
    const kit = createKit({ auth, clock });
    const error = await failure(kit.transport.request(listTickets));
    expect(isPsaError(error, 'authentication')).toBe(true);
    expect(apiCalls).toBe(0);
    expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET);
    expect((error as Error).message).not.toContain(CLIENT_SECRET);
    expect(kit.of('error')).toHaveLength(1);
  });

  it('lets 1,000 concurrent requests whose token expired cause exactly one token request', async () => {
    const world = oauthWorld({ lifetimeS: 600 });
    await world.transport.request(listTickets);
    expect(world.state.tokenRequests).toBe(1);
    await world.clock.advance(601_000);
    const responses = await Promise.all(Array.from({ length: 1000 }, () => world.transport.request(listTickets)));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(world.state.tokenRequests).toBe(2);
    expect(new Set(world.state.tokensSeen.slice(1))).toEqual(new Set(['tok-2']));
  });

  it('replays each of many concurrent 401s once while fetching a single new token', async () => {
    let revoked = false;
    const world = oauthWorld({ apiAccepts: (token, issued) => token === `tok-${issued}` && !(token === 'tok-1' && revoked) });
    await world.transport.request(listTickets);
    revoked = true;
    const responses = await Promise.all(Array.from({ length: 50 }, () => world.transport.request(listTickets)));
    expect(responses).toHaveLength(50);
    expect(world.state.tokenRequests).toBe(2);
    expect(world.state.apiCalls).toBe(1 + 50 * 2);
  });
});

describe('aborts during authentication', () => {
  it('fails with NetworkError ABORTED when the caller aborts while the token is being renewed after a 401', async () => {
    const clock = new FakeClock();
    let tokenRequests = 0;
    server.use(
      http.post(TOKEN_URL, async () => {
        tokenRequests++;
        if (tokenRequests > 1) await new Promise<never>(() => undefined);
        return HttpResponse.json({ access_token: 'tok-1', expires_in: 3600 });
      }),
      http.get(`${API}/tickets`, () => HttpResponse.json({ message: 'revoked' }, { status: 401 })),
    );
    const auth = new OAuth2ClientCredentialsAuth({ tokenUrl: TOKEN_URL, clientId: 'app', clientSecret: CLIENT_SECRET, clock });
    const kit = createKit({ auth, clock });
    const controller = new AbortController();
    const pending = failure(kit.transport.request({ ...listTickets, signal: controller.signal }));
    await until(() => tokenRequests === 2, 'the renewal');
    controller.abort();
    const error = await pending;
    expect(isPsaError(error, 'network')).toBe(true);
    expect((error as NetworkError).code).toBe('ABORTED');
    expect(kit.of('error')).toHaveLength(1);
  });
});

describe('401 handling with an API key', () => {
  it('fails at once with AuthenticationError that names the kind of credential but not the key', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/tickets`, () => {
        calls++;
        return HttpResponse.json({ Message: 'Authorization has been denied for this request.' }, { status: 401 });
      }),
    );
    const key = 'atera-key-0123456789abcdef';
    const kit = createKit({ provider: 'atera', auth: new ApiKeyAuth({ key, header: 'X-API-KEY' }) });
    const error = await failure(kit.transport.request(listTickets));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(calls).toBe(1);
    const message = (error as Error).message;
    expect(message).toContain('API key in the X-API-KEY header');
    expect(message).toContain('Authorization has been denied');
    expect(message).not.toContain(key);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as AuthenticationError).retryable).toBe(false);
  });

  it('sends a JWT-style key as a bearer token and keeps it out of the 401 error', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlLWNhbmFyeQ';
    let seen: string | null = null;
    server.use(
      http.get(`${API}/tickets`, ({ request }) => {
        seen = request.headers.get('authorization');
        return HttpResponse.json({ Message: `Token ${jwt} is not valid` }, { status: 401 });
      }),
    );
    const kit = createKit({ auth: new ApiKeyAuth({ key: jwt, header: 'Authorization', scheme: 'Bearer' }) });
    const error = await failure(kit.transport.request(listTickets));
    expect(seen).toBe(`Bearer ${jwt}`);
    expect((error as Error).message).toContain('API key in the Authorization header');
    expect((error as Error).message).toContain('[REDACTED]');
    expect(JSON.stringify(error)).not.toContain(jwt);
  });
});

describe('credentials and headers', () => {
  it('signs every attempt, retries included', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.get(`${API}/tickets`, ({ request }) => {
        keys.push(request.headers.get('x-api-key'));
        return keys.length === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json([]);
      }),
    );
    const kit = createKit({ auth: new ApiKeyAuth({ key: 'key-abcdef123', header: 'X-API-KEY' }) });
    await kit.transport.request(listTickets);
    expect(keys).toEqual(['key-abcdef123', 'key-abcdef123']);
  });

  it('sends the configured headers, the user agent and JSON content type, and lets the strategy win over a spec header', async () => {
    let headers: Headers | undefined;
    server.use(
      http.post(`${API}/tickets`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({ id: 1 });
      }),
    );
    const kit = createKit({ headers: { ClientId: 'cid-1' }, userAgent: 'psagate-test/1.0' });
    await kit.transport.request({
      operation: 'tickets.create',
      method: 'POST',
      path: '/tickets',
      body: { title: 'x' },
      headers: { 'X-API-KEY': 'spoofed-by-caller', 'X-Extra': 'yes' },
    });
    expect(headers?.get('clientid')).toBe('cid-1');
    expect(headers?.get('user-agent')).toBe('psagate-test/1.0');
    expect(headers?.get('content-type')).toBe('application/json');
    expect(headers?.get('accept')).toBe('application/json');
    expect(headers?.get('x-extra')).toBe('yes');
    expect(headers?.get('x-api-key')).toBe('canary-SECRET-7f3a9b2c');
  });
});
