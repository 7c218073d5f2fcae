import { isConnectionDrop, type SandboxAnswer } from '@psagate/core/sandbox-kit';
import { FakeClock } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { fakeSandbox, fakeState } from './sandbox-test-fakes';

const BASE = 'https://app.atera.com';

function asResponse(answer: SandboxAnswer): Response {
  if (isConnectionDrop(answer)) throw new Error(`expected a response, the connection was dropped (${answer.reason})`);
  return answer;
}

function client(sandbox: ReturnType<typeof fakeSandbox>) {
  const send = async (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
    sandbox.handle(new Request(`${BASE}${path}`, { method, headers: init.headers ?? { Authorization: `Bearer ${sandbox.apiKey}` }, body: init.body ?? null }));
  const json = async (method: string, path: string, init?: { body?: string; headers?: Record<string, string> }) => {
    const response = asResponse(await send(method, path, init));
    return { status: response.status, headers: response.headers, body: response.status === 204 ? undefined : ((await response.json()) as Record<string, unknown>) };
  };
  return { send, json };
}

describe('Atera sandbox HTTP layer', () => {
  describe('routing and input', () => {
    it('answers an unknown path 404 and a wrong method 405, both with a Message', async () => {
      const { json } = client(fakeSandbox());
      expect(await json('GET', '/api/v3/nowhere')).toMatchObject({ status: 404, body: { Message: expect.stringContaining('/api/v3/nowhere') } });
      const wrongMethod = await json('PATCH', '/api/v3/agents/1');
      expect(wrongMethod).toMatchObject({ status: 405, body: { Message: expect.stringContaining("'PATCH'") } });
      expect(wrongMethod.headers.get('allow')).toContain('GET');
    });

    it("refuses a path parameter of the wrong shape with Atera's message", async () => {
      const { json } = client(fakeSandbox());
      expect(await json('GET', '/api/v3/agents/abc')).toMatchObject({ status: 400, body: { Message: "The value 'abc' is not valid." } });
      expect(await json('GET', '/api/v3/agents/customer/x1')).toMatchObject({ status: 400, body: { Message: "The value 'x1' is not valid." } });
      expect(await json('GET', '/api/v3/agents/12/installed-patches')).toMatchObject({ status: 400, body: { Message: "The value '12' is not valid." } });
    });

    it('hands decoded path parameters and the non-paging query to the handler', async () => {
      const sandbox = fakeSandbox();
      const { json } = client(sandbox);
      await json('POST', '/api/v3/tickets', { body: '{"TicketTitle":"Printer"}', headers: { Authorization: `Bearer ${sandbox.apiKey}`, 'Content-Type': 'application/json' } });
      await json('POST', '/api/v3/tickets', { body: '{"TicketTitle":"Other"}', headers: { Authorization: `Bearer ${sandbox.apiKey}` } });
      const listed = await json('GET', '/api/v3/tickets?title=Printer&page=1&itemsInPage=5');
      expect(listed.body).toMatchObject({ items: [{ TicketTitle: 'Printer' }], totalItemCount: 1 });
      expect((await json('GET', '/api/v3/agents/2')).body).toEqual({ AgentID: 2, MachineName: 'PC-2' });
    });

    it('refuses a body that is not JSON with 400, without running the operation', async () => {
      const sandbox = fakeSandbox();
      const { json } = client(sandbox);
      const response = await json('POST', '/api/v3/tickets', { body: '{"TicketTitle": ', headers: { Authorization: `Bearer ${sandbox.apiKey}` } });
      expect(response).toMatchObject({ status: 400, body: { Message: expect.stringContaining('not valid JSON') } });
      expect(sandbox.state.tickets).toEqual([]);
      expect(sandbox.stats().writesApplied).toBe(0);
    });

    it('answers JSON with charset and an empty 204 where the handler says so', async () => {
      const sandbox = fakeSandbox();
      const { send } = client(sandbox);
      const got = asResponse(await send('GET', '/api/v3/agents/1'));
      expect(got.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const deleted = asResponse(await send('DELETE', '/api/v3/agents/1'));
      expect(deleted.status).toBe(204);
      expect(await deleted.text()).toBe('');
      expect(sandbox.state.agents.map((agent) => agent.AgentID)).toEqual([2, 3]);
    });

    it('answers 500 naming the operation when a handler throws', async () => {
      const { json } = client(fakeSandbox());
      expect(await json('GET', '/api/v3/account')).toMatchObject({ status: 500, body: { Message: expect.stringContaining('account.get: state exploded') } });
    });
  });

  describe('auth', () => {
    it('accepts the JWT key as a bearer token and the legacy key in X-API-KEY', async () => {
      const sandbox = fakeSandbox();
      const { json } = client(sandbox);
      expect((await json('GET', '/api/v3/agents/1')).status).toBe(200);
      expect((await json('GET', '/api/v3/agents/1', { headers: { 'X-API-KEY': sandbox.legacyApiKey } })).status).toBe(200);
    });

    it('answers 401 with a Message to a missing key, a wrong key and a key sent in the wrong header', async () => {
      const sandbox = fakeSandbox();
      const { json } = client(sandbox);
      for (const headers of [{}, { Authorization: 'Bearer nope' }, { 'X-API-KEY': sandbox.apiKey }, { Authorization: `Bearer ${sandbox.legacyApiKey}` }]) {
        const response = await json('GET', '/api/v3/agents/1', { headers });
        expect(response).toMatchObject({ status: 401, body: { Message: expect.any(String) } });
        expect(response.headers.has('x-ratelimit-limit')).toBe(false);
      }
    });

    it('takes both keys from options, and refuses keys of the wrong shape', () => {
      const apiKey = `${'a'.repeat(30)}.${'b'.repeat(30)}.${'c'.repeat(10)}`;
      const sandbox = fakeSandbox({ apiKey, legacyApiKey: 'legacy-123' });
      expect([sandbox.apiKey, sandbox.legacyApiKey]).toEqual([apiKey, 'legacy-123']);
      expect(() => fakeSandbox({ apiKey: 'short' })).toThrow(/apiKey must look like an Atera JWT key/);
      expect(() => fakeSandbox({ legacyApiKey: apiKey })).toThrow(/legacyApiKey must be a short key/);
    });

    it('derives the default keys from the seed', () => {
      expect(fakeSandbox({ seed: 5 }).apiKey).toBe(fakeSandbox({ seed: 5 }).apiKey);
      expect(fakeSandbox({ seed: 5 }).apiKey).not.toBe(fakeSandbox({ seed: 6 }).apiKey);
    });
  });

  describe('paging', () => {
    it('serves pages of 20 by default in the paged envelope with absolute links', async () => {
      const sandbox = fakeSandbox({}, fakeState(45));
      const { json } = client(sandbox);
      const first = await json('GET', '/api/v3/agents');
      expect(first.body).toMatchObject({ totalItemCount: 45, page: 1, itemsInPage: 20, totalPages: 3, prevLink: null, nextLink: `${BASE}/api/v3/agents?page=2&itemsInPage=20` });
      expect(first.body?.items).toHaveLength(20);
      const last = await json('GET', '/api/v3/agents?page=3');
      expect(last.body).toMatchObject({ page: 3, nextLink: null, prevLink: `${BASE}/api/v3/agents?page=2&itemsInPage=20` });
      expect(last.body?.items).toHaveLength(5);
    });

    it('clamps itemsInPage to 50 and reads only the requested page', async () => {
      const sandbox = fakeSandbox({}, fakeState(120));
      const { json } = client(sandbox);
      const page = await json('GET', '/api/v3/agents?page=2&itemsInPage=1000');
      expect(page.body).toMatchObject({ itemsInPage: 50, page: 2, totalPages: 3 });
      expect(sandbox.state.slices).toEqual([[50, 100]]);
    });

    it('refuses a page or itemsInPage that is not a number', async () => {
      const { json } = client(fakeSandbox());
      expect(await json('GET', '/api/v3/agents?page=first')).toMatchObject({ status: 400, body: { Message: "The value 'first' is not valid." } });
      expect(await json('GET', '/api/v3/agents?itemsInPage=ten')).toMatchObject({ status: 400 });
    });

    it('names the total totalItems when told to, like older deployments', async () => {
      const { json } = client(fakeSandbox({ totalsField: 'totalItems' }));
      const page = await json('GET', '/api/v3/agents');
      expect(page.body).toMatchObject({ totalItems: 3 });
      expect(page.body).not.toHaveProperty('totalItemCount');
    });
  });

  describe('rate limit', () => {
    it('sends X-RateLimit headers on every authenticated answer, and 429 with Retry-After past the budget', async () => {
      const clock = new FakeClock({ start: Date.UTC(2026, 0, 1) });
      const sandbox = fakeSandbox({ clock, rateLimit: { requestsPerMinute: 3 } });
      const { json } = client(sandbox);
      const first = await json('GET', '/api/v3/agents/1');
      expect(Object.fromEntries([...first.headers].filter(([name]) => name.startsWith('x-ratelimit')))).toEqual({
        'x-ratelimit-limit': '3',
        'x-ratelimit-remaining': '2',
        'x-ratelimit-reset': '60',
      });
      await clock.advance(20_000);
      expect((await json('GET', '/api/v3/agents/abc')).headers.get('x-ratelimit-remaining')).toBe('1');
      expect((await json('GET', '/api/v3/agents/99')).headers.get('x-ratelimit-remaining')).toBe('0');
      await clock.advance(10_000);
      const refused = await json('GET', '/api/v3/agents/1');
      expect(refused).toMatchObject({ status: 429, body: { Message: expect.stringContaining('rate limit') } });
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(refused.headers.get('x-ratelimit-reset')).toBe('30');
      expect(sandbox.stats().rateLimited).toBe(1);
      await clock.advance(30_000);
      expect((await json('GET', '/api/v3/agents/1')).status).toBe(200);
    });

    it('keeps one budget per key', async () => {
      const sandbox = fakeSandbox({ clock: () => 0, rateLimit: { requestsPerMinute: 1 } });
      const { json } = client(sandbox);
      expect((await json('GET', '/api/v3/agents/1')).status).toBe(200);
      expect((await json('GET', '/api/v3/agents/1')).status).toBe(429);
      expect((await json('GET', '/api/v3/agents/1', { headers: { 'X-API-KEY': sandbox.legacyApiKey } })).status).toBe(200);
    });

    it('defaults to 700 a minute and can be switched off', async () => {
      const limited = await client(fakeSandbox()).json('GET', '/api/v3/agents/1');
      expect(limited.headers.get('x-ratelimit-limit')).toBe('700');
      const unlimited = fakeSandbox({ rateLimit: false, clock: () => 0 });
      for (let i = 0; i < 800; i++) await unlimited.handle(new Request(`${BASE}/api/v3/agents/1`, { headers: { Authorization: `Bearer ${unlimited.apiKey}` } }));
      const last = await client(unlimited).json('GET', '/api/v3/agents/1');
      expect(last.status).toBe(200);
      expect(last.headers.has('x-ratelimit-limit')).toBe(false);
    });
  });
});
