import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_TOKEN, serveAteraSandbox } from './server-harness.test-helpers';

type Harness = Awaited<ReturnType<typeof serveAteraSandbox>>;
let h: Harness;

beforeAll(async () => {
  h = await serveAteraSandbox();
});
afterAll(() => h.close());

interface Page {
  data: { id: string }[];
  nextCursor: string | null;
}

async function walk(path: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response = await h.call(`${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page;
    ids.push(...page.data.map((item) => item.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== null && pages < 100);
  return { ids, pages };
}

async function problemOf(response: Response): Promise<Record<string, unknown>> {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as Record<string, unknown>;
}

describe('caller authentication', () => {
  it('answers 401 with WWW-Authenticate when no token is sent', async () => {
    const response = await h.call('/v1/tickets', { token: null });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="psagate"');
    expect(await problemOf(response)).toMatchObject({ status: 401, code: 'MISSING_CALLER_TOKEN', type: 'urn:psagate:problem:unauthorized' });
  });

  it('answers 401 for a wrong token, and never calls the PSA', async () => {
    const before = h.sandbox.requestCount();
    const response = await h.call('/v1/tickets', { token: `${CALLER_TOKEN}x` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect((await problemOf(response)).code).toBe('INVALID_CALLER_TOKEN');
    expect(h.sandbox.requestCount()).toBe(before);
  });

  it.each([['Basic dXNlcjpwYXNz'], [`Bearer`], [`Token ${CALLER_TOKEN}`], [`Bearer ${CALLER_TOKEN} extra`]])('answers 401 for the malformed header %s', async (header) => {
    const response = await h.call('/v1/customers', { headers: { authorization: header } });
    expect(response.status).toBe(401);
  });

  it('serves health, readiness, the OpenAPI document and docs without a token, and metrics only with one', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/docs']) {
      expect((await h.call(path, { token: null })).status, path).toBe(200);
    }
    expect((await h.call('/metrics', { token: null })).status).toBe(401);
    expect((await h.call('/metrics')).status).toBe(200);
  });
});

describe('lists', () => {
  it('walks every ticket with nextCursor, and the walk equals the sandbox', async () => {
    const { ids, pages } = await walk('/v1/tickets', 7);
    expect(ids.length).toBe(h.sandbox.state.tickets.size);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(ids.length / 7));
  });

  it('walks customers, devices and alerts to the same records as the gateway lists them', async () => {
    for (const resource of ['customers', 'devices', 'alerts'] as const) {
      const expected = (await h.gateway[resource].list().toArray()).map((record) => record.id);
      const { ids } = await walk(`/v1/${resource}`, 5);
      expect(ids, resource).toEqual(expected);
    }
  });

  it('applies filters, server-side and gateway-side, across pages', async () => {
    const expected = (await h.gateway.tickets.list({ status: ['open', 'pending'], priority: 'high' }).toArray()).map((ticket) => ticket.id);
    expect(expected.length).toBeGreaterThan(0);
    const { ids } = await walk('/v1/tickets?status=open,pending&priority=high', 4);
    expect(ids).toEqual(expected);
    const repeated = await walk('/v1/tickets?status=open&status=pending&priority=high', 4);
    expect(repeated.ids).toEqual(expected);
  });

  it('sends a Link header to the next page while there is one', async () => {
    const response = await h.call('/v1/customers?limit=5');
    const page = (await response.json()) as Page;
    expect(response.headers.get('link')).toBe(`</v1/customers?cursor=${page.nextCursor}>; rel="next"`);
    const last = await h.call(`/v1/customers?limit=100`);
    expect(((await last.json()) as Page).nextCursor).toBeNull();
    expect(last.headers.get('link')).toBeNull();
  });

  it.each(['100000', '1000000', '99999999999999999999999'])('clamps the limit %s to the provider maximum instead of failing', async (limit) => {
    const response = await h.call(`/v1/tickets?limit=${limit}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Page).data.length).toBe(h.sandbox.state.tickets.size);
  });

  it('answers 400 naming the parameter for an id filter the PSA cannot hold', async () => {
    const problem = await problemOf(await h.call('/v1/tickets?customerId=abc'));
    expect(problem).toMatchObject({ status: 400, code: 'INVALID_QUERY', errors: [{ parameter: 'customerId', message: expect.stringContaining('digits only') }] });
  });

  it('rejects invalid filters and limits with a 400 problem naming the parameter', async () => {
    const badStatus = await problemOf(await h.call('/v1/tickets?status=sleeping'));
    expect(badStatus).toMatchObject({ status: 400, code: 'INVALID_QUERY' });
    expect((badStatus.errors as { parameter: string }[])[0]?.parameter).toBe('status');
    const unknown = await problemOf(await h.call('/v1/tickets?colour=blue'));
    expect(unknown.errors).toEqual([{ parameter: 'colour', message: 'is not a known field; check the spelling' }]);
    expect((await problemOf(await h.call('/v1/tickets?updatedSince=yesterday'))).code).toBe('INVALID_QUERY');
    for (const limit of ['0', '000', '-1', 'ten', '1.5', '1e3', '']) {
      const problem = await problemOf(await h.call(`/v1/tickets?limit=${limit}`));
      expect(problem.errors, limit).toEqual([{ parameter: 'limit', message: 'must be a positive integer' }]);
    }
  });

  it('refuses a cursor reused with other filters, from another list, or tampered with', async () => {
    const first = (await (await h.call('/v1/tickets?status=open&limit=2')).json()) as Page;
    expect(first.nextCursor).not.toBeNull();
    const otherFilters = await problemOf(await h.call(`/v1/tickets?status=closed&cursor=${first.nextCursor}`));
    expect(otherFilters).toMatchObject({ status: 400, code: 'CURSOR_FILTER_MISMATCH' });
    const otherList = await problemOf(await h.call(`/v1/devices?cursor=${first.nextCursor}`));
    expect(otherList).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
    const decoded = JSON.parse(Buffer.from(first.nextCursor as string, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...decoded, p: 'x' })).toString('base64url');
    expect((await problemOf(await h.call(`/v1/tickets?status=open&cursor=${forged}`))).code).toBe('INVALID_CURSOR');
    expect((await problemOf(await h.call('/v1/tickets?cursor=not!a!cursor'))).code).toBe('INVALID_CURSOR');
  });

  it('lists the comments of a ticket with their own cursor', async () => {
    const [ticket] = await h.gateway.tickets.list().toArray({ limit: 1 });
    const { ids } = await walk(`/v1/tickets/${ticket?.id}/comments`, 2);
    expect(ids).toEqual((await h.gateway.tickets.listComments(ticket?.id ?? '').toArray()).map((comment) => comment.id));
  });
});

describe('records', () => {
  it('gets a ticket, device, alert and customer by id', async () => {
    for (const resource of ['tickets', 'devices', 'alerts', 'customers'] as const) {
      const [record] = await h.gateway[resource].list().toArray({ limit: 1 });
      const response = await h.call(`/v1/${resource}/${record?.id}`);
      expect(response.status, resource).toBe(200);
      expect(((await response.json()) as { id: string }).id).toBe(record?.id);
    }
  });

  it('answers 404 as a problem document for an id the PSA does not have', async () => {
    const problem = await problemOf(await h.call('/v1/tickets/999999'));
    expect(problem).toMatchObject({ type: 'urn:psagate:problem:not-found', status: 404, code: 'NOT_FOUND', instance: '/v1/tickets/999999' });
    expect(typeof problem.requestId).toBe('string');
    expect(JSON.stringify(problem)).not.toMatch(/stack|at .*\.ts/);
  });

  it.each([
    ['GET', '/v1/tickets/abc'],
    ['GET', '/v1/tickets/..%2f..%2fcustomers'],
    ['GET', '/v1/devices/agent-7'],
    ['GET', '/v1/customers/abc'],
    ['GET', '/v1/tickets/abc/comments'],
    ['POST', '/v1/tickets/abc/comments'],
    ['PATCH', '/v1/tickets/abc'],
    ['POST', '/v1/alerts/abc/resolve'],
  ])('answers 400 naming the path parameter for %s %s, an id the PSA cannot hold', async (method, path) => {
    const before = h.sandbox.requestCount();
    const init: RequestInit =
      method === 'GET' ? {} : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(path.endsWith('/comments') ? { body: 'x' } : { title: 'x' }) };
    const problem = await problemOf(await h.call(path, init));
    expect(problem).toMatchObject({ status: 400, type: 'urn:psagate:problem:bad-request', code: 'INVALID_ID', errors: [{ parameter: 'id', message: expect.any(String) }] });
    expect(problem.errors).toHaveLength(1);
    expect(h.sandbox.requestCount()).toBe(before);
  });

  it('still answers 422 with a JSON Pointer for an id in the body', async () => {
    const response = await h.call('/v1/tickets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x', description: 'y', assigneeId: 'abc' }) });
    expect(await problemOf(response)).toMatchObject({ status: 422, code: 'INVALID_ID', errors: [{ pointer: '/assigneeId', message: expect.stringContaining('digits only') }] });
  });

  it('creates, updates and comments on a ticket', async () => {
    const sample = (await h.gateway.tickets.list().toArray()).find((ticket) => ticket.customerId && ticket.contact?.email);
    const created = await h.call('/v1/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Printer on fire', description: 'Smoke from tray 2.', priority: 'high', customerId: sample?.customerId, contact: { email: sample?.contact?.email } }),
    });
    expect(created.status).toBe(201);
    const ticket = (await created.json()) as { id: string; title: string };
    expect(ticket.title).toBe('Printer on fire');
    expect(created.headers.get('location')).toBe(`/v1/tickets/${ticket.id}`);

    const updated = await h.call(`/v1/tickets/${ticket.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'resolved' }) });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { status: string }).status).toBe('resolved');

    const assigned = (await h.gateway.tickets.list().toArray()).find((candidate) => candidate.assigneeId !== null);
    const comment = await h.call(`/v1/tickets/${assigned?.id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Extinguished.' }) });
    expect(comment.status).toBe(201);
    expect(((await comment.json()) as { body: string }).body).toContain('Extinguished.');
  });

  it('resolves an alert', async () => {
    const [alert] = await h.gateway.alerts.list({ status: 'open' }).toArray({ limit: 1 });
    const response = await h.call(`/v1/alerts/${alert?.id}/resolve`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('resolved');
  });
});

describe('request bodies', () => {
  const post = (body: string, contentType = 'application/json') => h.call('/v1/tickets', { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers 422 with a JSON Pointer for each invalid field', async () => {
    const problem = await problemOf(await post(JSON.stringify({ title: '', priority: 'urgent', contact: { email: 'nope' }, colour: 'red' })));
    expect(problem).toMatchObject({ status: 422, code: 'INVALID_BODY' });
    const pointers = (problem.errors as { pointer: string }[]).map((error) => error.pointer).sort();
    expect(pointers).toEqual(['/colour', '/contact/email', '/priority', '/title']);
  });

  it('answers 422 when a required field is missing or the update changes nothing', async () => {
    expect((await problemOf(await post('{}'))).errors).toEqual([{ pointer: '/title', message: 'is required' }]);
    const patch = await h.call('/v1/tickets/20001', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect((await problemOf(patch)).status).toBe(422);
  });

  it('answers 400 for broken JSON, 415 for another content type, 413 past the body limit', async () => {
    expect((await problemOf(await post('{"title": '))).code).toBe('MALFORMED_JSON');
    const wrongType = await post('title=x', 'application/x-www-form-urlencoded');
    expect(wrongType.status).toBe(415);
    const huge = await post(JSON.stringify({ title: 'x', description: 'y'.repeat(1024 * 1024) }));
    expect((await problemOf(huge)).status).toBe(413);
  });

  it('does not echo a rejected value back', async () => {
    const problem = await problemOf(await post(JSON.stringify({ title: 'x', priority: 'sk-live-secret-looking-value' })));
    expect(JSON.stringify(problem)).not.toContain('sk-live-secret-looking-value');
  });
});

describe('provider errors', () => {
  it('passes on what the PSA rejected as a 422 problem', async () => {
    const sample = (await h.gateway.tickets.list().toArray()).find((ticket) => ticket.customerId && ticket.contact?.email);
    const response = await h.call('/v1/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'No description', contact: { email: sample?.contact?.email } }),
    });
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 422, code: 'INVALID_INPUT' });
    expect(problem.detail).toContain('Description is required');
  });

  it('answers 502 when the PSA keeps failing, without retrying a POST', async () => {
    h.sandbox.injectFault('500', { count: 2, route: 'tickets.list' as never });
    const problem = await problemOf(await h.call('/v1/tickets?limit=1'));
    expect(problem).toMatchObject({ status: 502, type: 'urn:psagate:problem:bad-gateway' });
  });

  it('recovers through one retry when the PSA fails once', async () => {
    h.sandbox.injectFault('503', { count: 1 });
    expect((await h.call('/v1/customers?limit=1')).status).toBe(200);
  });

  it('answers 429 with Retry-After when the PSA rate limit is hit', async () => {
    h.sandbox.injectFault('rate-limit-burst', { count: 2 });
    const response = await h.call('/v1/devices?limit=1');
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 429, type: 'urn:psagate:problem:rate-limited' });
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 405 with Allow for a known path and another method, 404 for an unknown path', async () => {
    const response = await h.call('/v1/customers', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect((await problemOf(await h.call('/v2/tickets'))).code).toBe('NO_ROUTE');
  });
});

describe('observability', () => {
  it('honours a caller X-Request-Id and makes one up otherwise', async () => {
    const given = await h.call('/healthz', { headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const made = await h.call('/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exposes HTTP and PSA metrics in Prometheus text', async () => {
    await h.call('/v1/customers?limit=1');
    h.sandbox.injectFault('503', { count: 1 });
    await h.call('/v1/customers?limit=1');
    const response = await h.call('/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/psagate_http_requests_total\{method="GET",route="\/v1\/customers",status="200"\} \d+/);
    expect(text).toMatch(/psagate_http_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/v1\/customers"\}/);
    expect(text).toMatch(/psagate_psa_requests_total\{provider="atera",operation="[^"]+",status="503"\} \d+/);
    expect(text).toMatch(/psagate_psa_retries_total\{provider="atera",operation="[^"]+"\} \d+/);
    expect(text).toMatch(/psagate_psa_rate_limited_total\{provider="atera"\} \d+/);
    expect(text).toContain('psagate_http_requests_total{method="GET",route="/v1/tickets/{id}",status="404"}');
  });

  it('reports the PSA rate budget and the reference-cache hits and misses', async () => {
    const customerId = ((await (await h.call('/v1/customers?limit=1')).json()) as Page).data[0]?.id as string;
    await h.call(`/v1/customers/${customerId}`);
    await h.call(`/v1/customers/${customerId}`);
    const text = await (await h.call('/metrics')).text();
    expect(text).toMatch(/psagate_psa_rate_limit_remaining\{provider="atera"\} \d+/);
    expect(text).toMatch(/psagate_cache_hits_total\{provider="atera",namespace="customer"\} [1-9]/);
    expect(text).toMatch(/psagate_cache_misses_total\{provider="atera",namespace="[^"]+"\} [1-9]/);
    expect(text).not.toContain(`namespace="customer:${customerId}"`);
  });

  it("reports the requests left in Atera's rate window, as its X-RateLimit headers say, after each call", async () => {
    const remaining = async (): Promise<number> => {
      const match = /^psagate_psa_rate_limit_remaining\{provider="atera"\} (\d+)$/m.exec(await (await h.call('/metrics')).text());
      expect(match, 'the gauge is in /metrics').not.toBeNull();
      return Number(match?.[1]);
    };
    await h.call('/v1/tickets?limit=1');
    const first = await remaining();
    // Atera allows 700 requests a minute; this file has used some of them.
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(700);
    const before = h.sandbox.requestCount();
    for (let call = 0; call < 3; call++) expect((await h.call('/v1/tickets?limit=1')).status).toBe(200);
    expect(h.sandbox.requestCount() - before).toBe(3);
    expect(await remaining()).toBe(first - 3);
  });

  it('logs one line per request with route, status and request id, and never a caller token or the PSA key', async () => {
    await h.call('/v1/tickets/20001', { headers: { 'x-request-id': 'log-check-1' } });
    await h.call('/v1/tickets', { token: 'wrong-token-but-long-enough' });
    const line = h.logLines.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry.requestId === 'log-check-1');
    expect(line).toMatchObject({ msg: 'request', method: 'GET', route: '/v1/tickets/{id}', path: '/v1/tickets/20001', status: 200 });
    expect(typeof line?.durationMs).toBe('number');
    const everything = h.logLines.join('\n');
    expect(everything).not.toContain(CALLER_TOKEN);
    expect(everything).not.toContain(h.sandbox.apiKey);
  });
});
