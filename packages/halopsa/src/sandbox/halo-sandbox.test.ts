import { isConnectionDrop } from '@psagate/core/sandbox-kit';
import { FakeClock } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createHaloSandbox, type HaloSandbox } from './halo-sandbox';

const BASE = 'https://sandbox.halopsa.test';

async function tokenFor(sandbox: HaloSandbox): Promise<string> {
  const response = await call(sandbox, 'POST', '/auth/token', {
    form: { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret, scope: 'all' },
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function call(
  sandbox: HaloSandbox,
  method: string,
  path: string,
  options: { token?: string; form?: Record<string, string>; json?: unknown } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | null = null;
  if (options.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const answer = await sandbox.handle(new Request(`${BASE}${path}`, { method, headers, body }));
  if (isConnectionDrop(answer)) throw new Error(`dropped: ${answer.reason}`);
  return answer;
}

describe('the HaloPSA sandbox', () => {
  it('advertises its auth server at the origin it was called on', async () => {
    const sandbox = createHaloSandbox();
    expect(await (await call(sandbox, 'GET', '/api/authinfo')).json()).toMatchObject({ auth_url: `${BASE}/auth` });
  });

  it('grants tokens only to form-encoded client credentials, naming the tenant of a hosted instance', async () => {
    const sandbox = createHaloSandbox({ tenant: 'acme' });
    const form = { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret };
    expect(await (await call(sandbox, 'POST', '/auth/token', { form: { ...form, grant_type: 'password' } })).json()).toMatchObject({ error: 'unsupported_grant_type' });
    expect((await call(sandbox, 'POST', '/auth/token', { json: form })).status).toBe(400);
    expect(await (await call(sandbox, 'POST', '/auth/token', { form })).json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('Tenant') });
    expect((await call(sandbox, 'POST', '/auth/token?tenant=other', { form })).status).toBe(400);
    expect((await call(sandbox, 'POST', '/auth/token?tenant=acme', { form: { ...form, client_secret: 'nope' } })).status).toBe(401);
    const byQuery = await call(sandbox, 'POST', '/auth/token?tenant=acme', { form });
    expect(await byQuery.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect((await call(sandbox, 'POST', '/auth/token', { form: { ...form, tenant: 'acme' } })).status).toBe(200);
  });

  it('refuses API calls without a token, and with one past its lifetime', async () => {
    const clock = new FakeClock();
    const sandbox = createHaloSandbox({ clock, tokenLifetimeSeconds: 60 });
    expect((await call(sandbox, 'GET', '/api/Client')).status).toBe(401);
    const token = await tokenFor(sandbox);
    expect((await call(sandbox, 'GET', '/api/Client', { token })).status).toBe(200);
    await clock.advance(60_000);
    const expired = await call(sandbox, 'GET', '/api/Client', { token });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ Message: expect.stringContaining('expired') });
  });

  it('returns the whole list without pageinate, capped by count, and pages with it', async () => {
    const sandbox = createHaloSandbox();
    const token = await tokenFor(sandbox);
    const whole = (await (await call(sandbox, 'GET', '/api/Tickets?page_no=2&page_size=5', { token })).json()) as { record_count: number; tickets: unknown[] };
    expect(whole.record_count).toBe(sandbox.state.tickets.length);
    expect(whole.tickets).toHaveLength(sandbox.state.tickets.length);
    expect(((await (await call(sandbox, 'GET', '/api/Tickets?count=3', { token })).json()) as { tickets: unknown[] }).tickets).toHaveLength(3);
    const page = (await (await call(sandbox, 'GET', '/api/Tickets?pageinate=true&page_no=2&page_size=5', { token })).json()) as Record<string, unknown>;
    expect(page).toMatchObject({ page_no: 2, page_size: 5, record_count: sandbox.state.tickets.length });
    expect((page.tickets as { id: number }[]).map((ticket) => ticket.id)).toEqual(sandbox.state.tickets.slice(5, 10).map((ticket) => ticket.id));
    const capped = (await (await call(sandbox, 'GET', '/api/Tickets?pageinate=true&page_size=500', { token })).json()) as Record<string, unknown>;
    expect(capped.page_size).toBe(100);
  });

  it('answers reference lists as bare arrays, and route paths whatever their case', async () => {
    const sandbox = createHaloSandbox();
    const token = await tokenFor(sandbox);
    expect(Array.isArray(await (await call(sandbox, 'GET', '/api/Status', { token })).json())).toBe(true);
    expect(Array.isArray(await (await call(sandbox, 'GET', '/api/tickettype', { token })).json())).toBe(true);
    expect((await call(sandbox, 'GET', '/api/NoSuchThing', { token })).status).toBe(404);
  });

  it('answers a POST of one record with the record, and of several with an array', async () => {
    const sandbox = createHaloSandbox();
    const token = await tokenFor(sandbox);
    const one = await (await call(sandbox, 'POST', '/api/Client', { token, json: [{ name: 'Solo' }] })).json();
    expect(one).toMatchObject({ name: 'Solo' });
    const many = await (await call(sandbox, 'POST', '/api/Client', { token, json: [{ name: 'A' }, { name: 'B' }] })).json();
    expect(many).toEqual([expect.objectContaining({ name: 'A' }), expect.objectContaining({ name: 'B' })]);
    expect((await call(sandbox, 'POST', '/api/Client', { token, json: { name: 'not an array' } })).status).toBe(400);
  });

  it('numbers new actions within their ticket and needs ticket_id to find one', async () => {
    const sandbox = createHaloSandbox();
    const token = await tokenFor(sandbox);
    const ticketId = sandbox.state.tickets[0]?.id as number;
    const existing = sandbox.state.actions.filter((action) => action.ticket_id === ticketId).length;
    const saved = (await (await call(sandbox, 'POST', '/api/Actions', { token, json: [{ ticket_id: ticketId, note: 'hi' }] })).json()) as { id: number };
    expect(saved.id).toBe(existing + 1);
    expect((await call(sandbox, 'GET', `/api/Actions/${saved.id}`, { token })).status).toBe(400);
    expect((await call(sandbox, 'GET', `/api/Actions/${saved.id}?ticket_id=${ticketId}`, { token })).status).toBe(200);
  });

  it('limits the request rate per client and says when to come back', async () => {
    const clock = new FakeClock();
    const sandbox = createHaloSandbox({ clock, rateLimit: { requestsPerMinute: 2 } });
    const token = await tokenFor(sandbox);
    await call(sandbox, 'GET', '/api/Client', { token });
    await call(sandbox, 'GET', '/api/Client', { token });
    const refused = await call(sandbox, 'GET', '/api/Client', { token });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'rate_limit_exceeded' });
    await clock.advance(60_000);
    expect((await call(sandbox, 'GET', '/api/Client', { token })).status).toBe(200);
    expect(sandbox.stats().rateLimited).toBe(1);
  });

  it('applies a write before dropping the connection for drop-after-write', async () => {
    const sandbox = createHaloSandbox();
    const token = await tokenFor(sandbox);
    sandbox.injectFault('drop-after-write', { route: 'tickets.save' });
    const before = sandbox.state.tickets.length;
    const answer = await sandbox.handle(
      new Request(`${BASE}/api/Tickets`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify([{ summary: 'x' }]) }),
    );
    expect(isConnectionDrop(answer)).toBe(true);
    expect(sandbox.state.tickets.length).toBe(before + 1);
  });

  it('waits its latency on the given clock', async () => {
    const clock = new FakeClock();
    const sandbox = createHaloSandbox({ clock, latencyMs: 250 });
    const started = clock.now();
    await call(sandbox, 'GET', '/api/authinfo');
    expect(clock.now() - started).toBe(250);
  });

  it('gives a gateway config with valid credentials for a URL', () => {
    const sandbox = createHaloSandbox({ tenant: 'acme' });
    expect(sandbox.gatewayConfig('http://127.0.0.1:4100/')).toEqual({
      provider: 'halopsa',
      baseUrl: 'http://127.0.0.1:4100',
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      tenant: 'acme',
      alertTicketTypeId: sandbox.alertTicketTypeId,
    });
  });
});
