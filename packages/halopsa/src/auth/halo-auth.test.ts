import { inspect } from 'node:util';
import { InMemoryTokenStore, PsaEvents } from '@psagate/core';
import { useMswServer } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { requestsTo, sandboxedClient } from '../client/halo-client.test-helpers';
import { createHaloClient } from '../client/halo-client';
import { createHaloSandbox } from '../sandbox';

const server = useMswServer();

/** Captures the form and query of every token request the sandbox receives. */
function recordTokenRequests(baseUrl: string): { form: URLSearchParams; query: URLSearchParams }[] {
  const seen: { form: URLSearchParams; query: URLSearchParams }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (!request.url.startsWith(`${baseUrl}/auth/token`)) return;
    void request
      .clone()
      .text()
      .then((text) => seen.push({ form: new URLSearchParams(text), query: new URL(request.url).searchParams }));
  });
  return seen;
}

describe('HaloAuth', () => {
  it('finds the auth server through /api/authinfo and posts the client credentials form to it', async () => {
    const { sandbox, client } = sandboxedClient(server, { sandbox: { tenant: 'acme' } });
    const seen = recordTokenRequests(sandbox.baseUrl);
    await client.clients.list().first();
    expect(sandbox.stats().byRoute['auth.info']).toBe(1);
    expect(seen).toHaveLength(1);
    expect(Object.fromEntries(seen[0]?.form ?? [])).toEqual({ grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret, scope: 'all' });
    expect(seen[0]?.query.get('tenant')).toBe('acme');
    server.events.removeAllListeners();
  });

  it('sends the tenant in the form body when told to', async () => {
    const { sandbox, client } = sandboxedClient(server, { sandbox: { tenant: 'acme' }, config: { tenantIn: 'body', scope: 'read:tickets' } });
    const seen = recordTokenRequests(sandbox.baseUrl);
    await client.clients.list().first();
    expect(seen[0]?.form.get('tenant')).toBe('acme');
    expect(seen[0]?.form.get('scope')).toBe('read:tickets');
    expect(seen[0]?.query.has('tenant')).toBe(false);
    server.events.removeAllListeners();
  });

  it('uses a configured auth URL without asking /api/authinfo', async () => {
    const { sandbox, client } = sandboxedClient(server, { config: { authUrl: 'https://sandbox.halopsa.test/auth' } });
    await client.clients.list().first();
    expect(sandbox.stats().byRoute['auth.info']).toBeUndefined();
    expect(sandbox.tokenRequestCount()).toBe(1);
  });

  it('falls back to {instance}/auth when /api/authinfo does not answer', async () => {
    const { sandbox, client } = sandboxedClient(server);
    server.use(http.get(`${sandbox.baseUrl}/api/authinfo`, () => new HttpResponse('Not found', { status: 404 })));
    await client.clients.list().first();
    expect(sandbox.tokenRequestCount()).toBe(1);
  });

  it('refuses to send the secret to an auth server on another origin unless configured', async () => {
    const { sandbox, client } = sandboxedClient(server);
    server.use(http.get(`${sandbox.baseUrl}/api/authinfo`, () => HttpResponse.json({ auth_url: 'https://evil.example/auth' })));
    await expect(client.clients.list().first()).rejects.toMatchObject({ kind: 'config', code: 'AUTH_URL_OTHER_ORIGIN', message: expect.stringContaining('authUrl') });
    expect(sandbox.tokenRequestCount()).toBe(0);
  });

  it('fails with a clear AuthenticationError when the tenant is missing', async () => {
    const sandbox = createHaloSandbox({ tenant: 'acme' });
    server.resetHandlers(...sandbox.handlers);
    const client = createHaloClient({ baseUrl: sandbox.baseUrl, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, retry: { maxAttempts: 1 } });
    const error = await client.tickets.list().first().catch((failure: unknown) => failure);
    expect(error).toMatchObject({ kind: 'authentication', status: 400, message: expect.stringContaining('Tenant not found') });
    expect((error as Error).message).toContain('HALOPSA_TENANT');
  });

  it('fails with AuthenticationError naming what to check when the secret is wrong, without leaking it', async () => {
    const sandbox = createHaloSandbox();
    server.resetHandlers(...sandbox.handlers);
    const wrongSecret = 'definitely-not-the-secret-0042';
    const client = createHaloClient({ baseUrl: sandbox.baseUrl, clientId: sandbox.clientId, clientSecret: wrongSecret, retry: { maxAttempts: 1 } });
    const error = await client.tickets.list().first().catch((failure: unknown) => failure);
    expect(error).toMatchObject({ kind: 'authentication', status: 401, providerCode: 'invalid_client', retryable: false });
    expect((error as Error).message).toContain('client id and secret');
    for (const text of [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 8 }), inspect(client, { depth: 6 })]) expect(text).not.toContain(wrongSecret);
  });

  it('shares tokens through the token store given to createHaloClient, and reports the refresh to its events', async () => {
    const sandbox = createHaloSandbox();
    server.resetHandlers(...sandbox.handlers);
    const tokenStore = new InMemoryTokenStore();
    const events = new PsaEvents();
    const refreshes: unknown[] = [];
    events.on('token', (event) => refreshes.push(event));
    const settings = { baseUrl: sandbox.baseUrl, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, retry: { maxAttempts: 1 } };
    await createHaloClient(settings, { events, tokenStore }).clients.get({ id: 10 });
    await createHaloClient(settings, { tokenStore }).clients.get({ id: 11 });
    expect(sandbox.tokenRequestCount()).toBe(1);
    expect(refreshes).toEqual([expect.objectContaining({ provider: 'halopsa' })]);
  });

  it('asks for one token however many calls start at once', async () => {
    const { sandbox, client } = sandboxedClient(server);
    await Promise.all([10, 11, 12, 13, 14].map((id) => client.clients.get({ id })));
    expect(sandbox.tokenRequestCount()).toBe(1);
  });

  it('continues a walk of many pages across token renewals, with one token request for each', async () => {
    const { sandbox, client, clock } = sandboxedClient(server, { sandbox: { tokenLifetimeSeconds: 600, size: { tickets: 40, alerts: 0 } } });
    let pages = 0;
    for await (const page of client.tickets.list().byPage({ pageSize: 5, concurrency: 1 })) {
      pages++;
      expect(page.items).toHaveLength(5);
      // The 600 s token nears its end after page five and has expired before page seven.
      await clock.advance(pages === 6 ? 700_000 : 100_000);
    }
    expect(pages).toBe(8);
    expect(sandbox.stats().byRoute['tickets.list']).toBe(8);
    expect(sandbox.tokenRequestCount()).toBe(3);
  });

  it('renews once and replays when the server rejects the token mid-walk', async () => {
    const { sandbox, client } = sandboxedClient(server, { sandbox: { size: { tickets: 40, alerts: 0 } } });
    let pages = 0;
    for await (const page of client.tickets.list().byPage({ pageSize: 10, concurrency: 1 })) {
      pages++;
      expect(page.items).toHaveLength(10);
      if (pages === 2) sandbox.expireTokens();
    }
    expect(pages).toBe(4);
    expect(sandbox.tokenRequestCount()).toBe(2);
    const statuses = requestsTo(sandbox, 'tickets.list').map((query) => query.get('page_no'));
    expect(statuses).toEqual(['1', '2', '3', '3', '4']);
  });

  it('renews once when several prefetched pages hit the revoked token together', async () => {
    const { sandbox, client } = sandboxedClient(server, { sandbox: { size: { tickets: 100, alerts: 0 } }, config: { pageConcurrency: 4 } });
    let pages = 0;
    const ids: number[] = [];
    for await (const page of client.tickets.list().byPage({ pageSize: 5 })) {
      pages++;
      ids.push(...page.items.map((ticket) => ticket.id));
      if (pages === 1) sandbox.expireTokens();
    }
    expect(ids).toEqual(sandbox.state.tickets.map((ticket) => ticket.id));
    expect(sandbox.tokenRequestCount()).toBe(2);
  });
});
