import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiKeyAuth } from '../auth/api-key-auth';
import { OAuth2ClientCredentialsAuth } from '../auth/oauth2-client-credentials-auth';
import { isPsaError } from '../errors/psa-error';
import { FakeClock } from '../testing/fake-clock';
import { API, API_KEY, OTHER, type TransportKit, createKit, failure, useMswServer } from './http-transport.test-helpers';

const server = useMswServer();

const JWT_KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJjYW5hcnkiOiJ5ZXMifQ.Q0FOQVJZLWp3dC1zaWduYXR1cmU';

/** Every place a secret could leak from, as text. */
function leakSurface(error: unknown, kit: TransportKit): Record<string, string> {
  const surface: Record<string, string> = {
    events: JSON.stringify(kit.events.map((entry) => entry.event)),
    eventsInspected: inspect(kit.events, { depth: 10 }),
    logs: JSON.stringify(kit.logs),
    transport: inspect(kit.transport, { depth: 5, showHidden: true }),
  };
  if (error !== undefined) {
    const asError = error as Error;
    Object.assign(surface, {
      message: asError.message,
      stack: asError.stack ?? '',
      json: JSON.stringify(error),
      inspected: inspect(error, { depth: 10, showHidden: true }),
      cause: inspect((error as { cause?: unknown }).cause, { depth: 10 }),
      string: String(error),
    });
  }
  return surface;
}

function expectNoSecret(secret: string, error: unknown, kit: TransportKit): void {
  for (const [where, text] of Object.entries(leakSurface(error, kit))) {
    expect(text.includes(secret), `the secret leaked into ${where}`).toBe(false);
    // A clipped or partial echo is a leak too.
    expect(text.includes(secret.slice(0, 16)), `part of the secret leaked into ${where}`).toBe(false);
  }
}

/** A server that echoes whatever credential it receives in every kind of error body. */
function echoingServer(): void {
  const credential = (request: Request): string => request.headers.get('x-api-key') ?? request.headers.get('authorization') ?? '';
  server.use(
    http.get(`${API}/401`, ({ request }) => HttpResponse.json({ Message: `Invalid API key ${credential(request)}` }, { status: 401 })),
    http.get(`${API}/400`, ({ request }) =>
      HttpResponse.json(
        {
          code: credential(request),
          message: `Bad input for key ${credential(request)}`,
          errors: { [credential(request)]: [`rejected ${credential(request)}`] },
        },
        { status: 400 },
      ),
    ),
    http.post(`${API}/500`, ({ request }) => new HttpResponse(`Internal error while handling key=${credential(request)}\n${'x'.repeat(10)}`, { status: 500 })),
    // The error body parser clips messages at 300 characters: this one is cut inside the credential.
    http.get(`${API}/500-long`, ({ request }) => HttpResponse.json({ Message: `${'p'.repeat(278)}key=${credential(request)}` }, { status: 500 })),
    http.get(`${API}/html`, ({ request }) => HttpResponse.html(`<html><head><title>Error ${credential(request)}</title></head></html>`, { status: 502 })),
    http.get(`${API}/bad-json`, ({ request }) => new HttpResponse(`{"key": "${credential(request)}", `, { headers: { 'Content-Type': 'application/json' } })),
    http.get(`${API}/429`, ({ request }) => HttpResponse.json({ message: `slow down ${credential(request)}` }, { status: 429, headers: { 'Retry-After': '7200' } })),
    http.get(`${API}/schema`, ({ request }) => HttpResponse.json({ id: credential(request) })),
    http.get(`${API}/redirect`, () => new HttpResponse(null, { status: 302, headers: { Location: `${OTHER}/x` } })),
  );
}

const routes: { method: 'GET' | 'POST'; path: string }[] = [
  { method: 'GET', path: '/401' },
  { method: 'GET', path: '/400' },
  { method: 'POST', path: '/500' },
  { method: 'GET', path: '/500-long' },
  { method: 'GET', path: '/html' },
  { method: 'GET', path: '/bad-json' },
  { method: 'GET', path: '/429' },
  { method: 'GET', path: '/redirect' },
];

describe('secret canary', () => {
  const keys: [string, () => ApiKeyAuth, string][] = [
    ['a legacy X-API-KEY key', () => new ApiKeyAuth({ key: API_KEY, header: 'X-API-KEY' }), API_KEY],
    ['a JWT key sent as a bearer token', () => new ApiKeyAuth({ key: JWT_KEY, header: 'Authorization', scheme: 'Bearer' }), JWT_KEY],
  ];

  for (const [label, auth, secret] of keys) {
    for (const route of routes) {
      it(`keeps ${label} out of errors, events, logs and the transport when the server echoes it (${route.method} ${route.path})`, async () => {
        echoingServer();
        const kit = createKit({ auth: auth(), retry: { maxAttempts: 2, maxRetryAfterMs: 1000 } });
        const error = await failure(kit.transport.request({ operation: 'canary', method: route.method, path: route.path, body: route.method === 'POST' ? {} : undefined }));
        expect(isPsaError(error)).toBe(true);
        expectNoSecret(secret, error, kit);
      });
    }

    it(`keeps ${label} out of a strict schema mismatch`, async () => {
      echoingServer();
      const { z } = await import('zod');
      const kit = createKit({ auth: auth() });
      const error = await failure(kit.transport.request({ operation: 'canary', method: 'GET', path: '/schema', schema: z.object({ id: z.number() }) }));
      expect(isPsaError(error, 'response_shape')).toBe(true);
      expectNoSecret(secret, error, kit);
    });
  }

  it('keeps the key out of schema issue paths built from record keys, in strict and lenient mode', async () => {
    server.use(http.get(`${API}/map`, () => HttpResponse.json({ [API_KEY]: 'not a number' })));
    const { z } = await import('zod');
    const schema = z.record(z.string(), z.number());
    const strict = createKit();
    const error = await failure(strict.transport.request({ operation: 'canary', method: 'GET', path: '/map', schema }));
    expect(isPsaError(error, 'response_shape')).toBe(true);
    expectNoSecret(API_KEY, error, strict);
    const lenient = createKit({ responseValidation: 'lenient' });
    await lenient.transport.request({ operation: 'canary', method: 'GET', path: '/map', schema });
    expect(lenient.of('warning')).toHaveLength(1);
    expectNoSecret(API_KEY, undefined, lenient);
  });

  it('keeps the key out of a network failure and its retries', async () => {
    server.use(http.get(`${API}/drop`, () => HttpResponse.error()));
    const kit = createKit({ retry: { maxAttempts: 3 } });
    const error = await failure(kit.transport.request({ operation: 'canary', method: 'GET', path: '/drop' }));
    expect(isPsaError(error, 'network')).toBe(true);
    expect(kit.of('retry')).toHaveLength(2);
    expectNoSecret(API_KEY, error, kit);
  });

  it('keeps OAuth2 client secrets and access tokens out of errors when the API echoes the token', async () => {
    const clientSecret = 'oauth-client-SECRET-5b1e';
    const accessToken = 'access-TOKEN-canary-77d2c1';
    const clock = new FakeClock();
    server.use(
      http.post('https://login.test/token', () => HttpResponse.json({ access_token: accessToken, expires_in: 3600 })),
      http.get(`${API}/tickets`, ({ request }) =>
        HttpResponse.json({ Message: `token ${request.headers.get('authorization')} lacks scope; client secret ${clientSecret}` }, { status: 403 }),
      ),
    );
    const auth = new OAuth2ClientCredentialsAuth({ tokenUrl: 'https://login.test/token', clientId: 'app', clientSecret, clock });
    const kit = createKit({ auth, clock });
    const error = await failure(kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets' }));
    expect(isPsaError(error, 'permission')).toBe(true);
    expectNoSecret(accessToken, error, kit);
    expectNoSecret(clientSecret, error, kit);
    expect(kit.transport.redact(`x ${accessToken} y`)).toBe('x [REDACTED] y');
  });

  it('keeps the key out of the transport when inspected before any request', () => {
    const kit = createKit();
    expect(inspect(kit.transport, { depth: 5, showHidden: true })).not.toContain(API_KEY);
    expect(JSON.stringify(kit.transport)).not.toContain(API_KEY);
  });
});

describe('credentials go only to the configured origin', () => {
  it('sends the key to the API host and to no other host', async () => {
    const received: { host: string; key: string | null }[] = [];
    const record = ({ request }: { request: Request }) => {
      received.push({ host: new URL(request.url).host, key: request.headers.get('x-api-key') });
      return undefined;
    };
    server.use(
      http.all('*', record),
      http.get(`${API}/start`, () => HttpResponse.json({ next: `${OTHER}/page2` })),
      http.get(`${API}/moved`, () => new HttpResponse(null, { status: 307, headers: { Location: `${OTHER}/moved` } })),
      http.all(`${OTHER}/*`, () => HttpResponse.json({})),
    );
    const kit = createKit();
    const first = await kit.transport.request<{ next: string }>({ operation: 'start', method: 'GET', path: '/start' });
    await failure(kit.transport.request({ operation: 'next', method: 'GET', path: '/start', url: first.data.next }));
    await failure(kit.transport.request({ operation: 'moved', method: 'GET', path: '/moved' }));
    expect(received).toEqual([
      { host: 'api.test', key: API_KEY },
      { host: 'api.test', key: API_KEY },
    ]);
  });
});
