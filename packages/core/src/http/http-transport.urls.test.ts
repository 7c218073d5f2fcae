import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConfigError, ResponseShapeError, ValidationError } from '../errors/error-types';
import { type PsaError, isPsaError } from '../errors/psa-error';
import { NextLink } from '../pagination/next-link';
import { FakeClock } from '../testing/fake-clock';
import { HttpTransport } from './http-transport';
import { API, API_KEY, OTHER, apiKeyAuth, createKit, failure, useMswServer } from './http-transport.test-helpers';

const server = useMswServer();

function asPsaError(error: unknown): PsaError {
  if (!isPsaError(error)) throw new Error(`expected a PsaError, got ${String(error)}`);
  return error;
}

/** A handler on the other origin that records what reaches it. */
function otherOrigin(): { calls: number; keys: (string | null)[] } {
  const seen = { calls: 0, keys: [] as (string | null)[] };
  server.use(
    http.all(`${OTHER}/*`, ({ request }) => {
      seen.calls++;
      seen.keys.push(request.headers.get('x-api-key'));
      return HttpResponse.json({ items: [] });
    }),
  );
  return seen;
}

/** Records the raw (still percent-encoded) path and query of every request to the API. */
function recordApi(): { urls: string[]; keys: (string | null)[] } {
  const seen = { urls: [] as string[], keys: [] as (string | null)[] };
  server.use(
    http.all(`${API}/*`, ({ request }) => {
      const url = new URL(request.url);
      seen.urls.push(url.pathname + url.search);
      seen.keys.push(request.headers.get('x-api-key'));
      return HttpResponse.json({ ok: true });
    }),
  );
  return seen;
}

describe('links to follow', () => {
  it('refuses a next link to another origin, and no request reaches that origin', async () => {
    const other = otherOrigin();
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets', url: `${OTHER}/tickets?page=2` })));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.code).toBe('CROSS_ORIGIN_LINK');
    expect(error.message).toContain('https://evil.test');
    expect(other.calls).toBe(0);
    expect(kit.of('request')).toHaveLength(0);
    expect(kit.of('error')).toHaveLength(1);
  });

  it('refuses a link to the same host on another scheme or port', async () => {
    const kit = createKit();
    for (const url of ['http://api.test/tickets?page=2', 'https://api.test:8443/tickets?page=2']) {
      const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets', url })));
      expect(error.code).toBe('CROSS_ORIGIN_LINK');
    }
  });

  it('follows a same-origin link, absolute or relative, with credentials', async () => {
    const api = recordApi();
    const kit = createKit();
    await kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets', url: `${API}/tickets?page=2` });
    await kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets', url: '/tickets?page=3' });
    expect(api.urls).toEqual(['/tickets?page=2', '/tickets?page=3']);
    expect(api.keys).toEqual([API_KEY, API_KEY]);
  });

  it('refuses a link that is not a URL', async () => {
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets', url: 'http://[bad' })));
    expect(error.code).toBe('INVALID_LINK');
  });

  it('stops a next-link walk at a link to another origin', async () => {
    const other = otherOrigin();
    server.use(http.get(`${API}/tickets`, () => HttpResponse.json({ items: [{ id: 1 }], nextLink: `${OTHER}/tickets?page=2` })));
    const kit = createKit();
    const list = kit.transport.paginate({
      strategy: new NextLink({ pageSizeParam: 'pageSize', itemsField: 'items', nextLinkField: 'nextLink', maxPageSize: 100 }),
      request: { operation: 'tickets.list', method: 'GET', path: '/tickets' },
    });
    const seen: unknown[] = [];
    const error = asPsaError(
      await failure(
        (async () => {
          for await (const item of list) seen.push(item);
        })(),
      ),
    );
    expect(seen).toEqual([{ id: 1 }]);
    expect(error.code).toBe('CROSS_ORIGIN_LINK');
    expect(other.calls).toBe(0);
  });
});

describe('redirects', () => {
  it('follows a same-origin redirect and sends the credentials there', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.get(`${API}/old`, () => new HttpResponse(null, { status: 301, headers: { Location: '/new?x=1' } })),
      http.get(`${API}/new`, ({ request }) => {
        keys.push(request.headers.get('x-api-key'));
        return HttpResponse.json({ moved: true });
      }),
    );
    const kit = createKit();
    const response = await kit.transport.request({ operation: 'things.get', method: 'GET', path: '/old' });
    expect(response.data).toEqual({ moved: true });
    expect(keys).toEqual([API_KEY]);
  });

  it('refuses a redirect to another origin, which never receives the key', async () => {
    const other = otherOrigin();
    server.use(http.get(`${API}/tickets`, () => new HttpResponse(null, { status: 302, headers: { Location: `${OTHER}/steal` } })));
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets' })));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.code).toBe('CROSS_ORIGIN_REDIRECT');
    expect(error.status).toBe(302);
    expect(other.calls).toBe(0);
    expect(other.keys).toEqual([]);
  });

  it('refuses a redirect from https to http on the same host', async () => {
    server.use(http.get(`${API}/tickets`, () => new HttpResponse(null, { status: 301, headers: { Location: 'http://api.test/tickets' } })));
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets' })));
    expect(error.code).toBe('CROSS_ORIGIN_REDIRECT');
  });

  it('refuses a 302 on a POST, which would turn it into a GET', async () => {
    let arrivals = 0;
    server.use(
      http.post(`${API}/tickets`, () => {
        arrivals++;
        return new HttpResponse(null, { status: 302, headers: { Location: '/tickets/new' } });
      }),
    );
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/tickets', body: { title: 'x' } })));
    expect(error.code).toBe('UNSAFE_REDIRECT');
    expect(arrivals).toBe(1);
  });

  it('follows a same-origin 307 on a POST with the same method and body', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(`${API}/v1/tickets`, () => new HttpResponse(null, { status: 307, headers: { Location: '/v2/tickets' } })),
      http.post(`${API}/v2/tickets`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ id: 5 }, { status: 201 });
      }),
    );
    const kit = createKit();
    const response = await kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/v1/tickets', body: { title: 'x' } });
    expect(response.status).toBe(201);
    expect(bodies).toEqual([{ title: 'x' }]);
  });

  it('stops after maxRedirects', async () => {
    let hops = 0;
    server.use(
      http.get(`${API}/loop/:n`, ({ params }) => {
        hops++;
        return new HttpResponse(null, { status: 302, headers: { Location: `/loop/${Number(params.n) + 1}` } });
      }),
    );
    const kit = createKit({ maxRedirects: 2 });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'loop.get', method: 'GET', path: '/loop/0' })));
    expect(error.code).toBe('TOO_MANY_REDIRECTS');
    expect(hops).toBe(3);
  });

  it('refuses a redirect without a Location header', async () => {
    server.use(http.get(`${API}/tickets`, () => new HttpResponse(null, { status: 302 })));
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/tickets' })));
    expect(error.code).toBe('INVALID_REDIRECT');
  });
});

describe('base URL', () => {
  const build = (baseUrl: string): HttpTransport => new HttpTransport({ provider: 'acme', baseUrl, auth: apiKeyAuth(), clock: new FakeClock() });

  it('accepts https:// anywhere and plain http:// only on loopback', () => {
    expect(build('https://api.example.com').baseUrl.href).toBe('https://api.example.com/');
    expect(build('http://localhost:8080').baseUrl.origin).toBe('http://localhost:8080');
    expect(build('http://127.0.0.1:3000').baseUrl.origin).toBe('http://127.0.0.1:3000');
    expect(build('http://[::1]:3000').baseUrl.origin).toBe('http://[::1]:3000');
  });

  it('refuses plain http:// to a remote host with a ConfigError', () => {
    let error: unknown;
    try {
      build('http://example.com');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/https:\/\//);
  });

  it('refuses base URLs that are not URLs, carry credentials or use another scheme', () => {
    for (const url of ['not a url', 'https://user:pass@api.example.com', 'ftp://api.example.com', 'https://api.example.com/?x=1']) {
      expect(() => build(url)).toThrow(ConfigError);
    }
  });

  it('talks to a loopback server over plain http', async () => {
    server.use(http.get('http://127.0.0.1:8080/api/ping', () => HttpResponse.json({ pong: true })));
    const transport = new HttpTransport({ provider: 'acme', baseUrl: 'http://127.0.0.1:8080', auth: apiKeyAuth(), clock: new FakeClock() });
    const response = await transport.request({ operation: 'ping', method: 'GET', path: '/api/ping' });
    expect(response.data).toEqual({ pong: true });
  });

  it('joins a base URL path prefix with the route path, with or without slashes', async () => {
    const seen: string[] = [];
    server.use(
      http.get('https://rmm.test/*', ({ request }) => {
        seen.push(new URL(request.url).pathname);
        return HttpResponse.json([]);
      }),
    );
    for (const base of ['https://rmm.test/cwa/api/v1', 'https://rmm.test/cwa/api/v1/']) {
      const transport = new HttpTransport({ provider: 'automate', baseUrl: base, auth: apiKeyAuth(), clock: new FakeClock() });
      await transport.request({ operation: 'computers.get', method: 'GET', path: '/computers/{id}', pathParams: { id: 42 }, pathParamKinds: { id: 'integer' } });
      await transport.request({ operation: 'computers.list', method: 'GET', path: 'computers' });
    }
    expect(seen).toEqual(['/cwa/api/v1/computers/42', '/cwa/api/v1/computers', '/cwa/api/v1/computers/42', '/cwa/api/v1/computers']);
  });

  it('never lets a route path escape to another host', async () => {
    const other = otherOrigin();
    const api = recordApi();
    const kit = createKit();
    await kit.transport.request({ operation: 'odd', method: 'GET', path: '//evil.test/steal' });
    expect(other.calls).toBe(0);
    expect(api.urls).toEqual(['/evil.test/steal']);
  });
});

describe('path parameters and query', () => {
  it('encodes path parameter values: slashes, spaces, ? and # stay inside the segment', async () => {
    const api = recordApi();
    const kit = createKit();
    await kit.transport.request({ operation: 'customers.get', method: 'GET', path: '/customers/{name}/sites', pathParams: { name: 'a/b c?d#e' } });
    expect(api.urls).toEqual(['/customers/a%2Fb%20c%3Fd%23e/sites']);
  });

  it('refuses ".." and "." as path parameters before sending anything', async () => {
    const api = recordApi();
    const kit = createKit();
    for (const value of ['..', '.', ' .. ']) {
      const error = asPsaError(await failure(kit.transport.request({ operation: 'x', method: 'GET', path: '/files/{name}', pathParams: { name: value } })));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.code).toBe('INVALID_PATH_PARAMETER');
    }
    expect(api.urls).toEqual([]);
  });

  it('validates integer and uuid parameters before any request, naming the parameter', async () => {
    const api = recordApi();
    const kit = createKit();
    const integer = asPsaError(
      await failure(kit.transport.request({ operation: 'tickets.get', method: 'GET', path: '/tickets/{ticketId}', pathParams: { ticketId: '12abc' }, pathParamKinds: { ticketId: 'integer' } })),
    );
    expect(integer.code).toBe('INVALID_PATH_PARAMETER');
    expect(integer.issues.map((issue) => issue.path)).toEqual(['ticketId']);
    expect(integer.message).toContain('acme GET /tickets/{ticketId}');
    const uuid = asPsaError(
      await failure(kit.transport.request({ operation: 'devices.get', method: 'GET', path: '/devices/{guid}', pathParams: { guid: 'not-a-guid' }, pathParamKinds: { guid: 'uuid' } })),
    );
    expect(uuid.issues.map((issue) => issue.path)).toEqual(['guid']);
    const missing = asPsaError(await failure(kit.transport.request({ operation: 'tickets.get', method: 'GET', path: '/tickets/{ticketId}' })));
    expect(missing.message).toMatch(/ticketId is required/);
    expect(api.urls).toEqual([]);
    expect(kit.of('error')).toHaveLength(3);
  });

  it('accepts valid integer, uuid and string parameters', async () => {
    const api = recordApi();
    const kit = createKit();
    await kit.transport.request({
      operation: 'x',
      method: 'GET',
      path: '/a/{id}/b/{guid}/c/{name}',
      pathParams: { id: 17, guid: '3F2C9A8E-1B4D-4C6E-9F10-2A7B5C8D9E01', name: 'Main Office' },
      pathParamKinds: { id: 'integer', guid: 'uuid' },
    });
    expect(api.urls).toEqual(['/a/17/b/3F2C9A8E-1B4D-4C6E-9F10-2A7B5C8D9E01/c/Main%20Office']);
  });

  it('repeats array query parameters, leaves out null and undefined, and encodes values', async () => {
    const api = recordApi();
    const kit = createKit();
    await kit.transport.request({
      operation: 'tickets.list',
      method: 'GET',
      path: '/tickets',
      query: { status: ['open', 'pending'], page: 2, active: true, customerId: undefined, search: null, q: 'a&b=c d' },
    });
    expect(api.urls).toEqual(['/tickets?status=open&status=pending&page=2&active=true&q=a%26b%3Dc+d']);
  });

  it('refuses a body JSON cannot carry before sending anything', async () => {
    const api = recordApi();
    const kit = createKit();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const error = asPsaError(await failure(kit.transport.request({ operation: 'x', method: 'POST', path: '/x', body: circular })));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe('INVALID_BODY');
    expect(api.urls).toEqual([]);
  });
});
