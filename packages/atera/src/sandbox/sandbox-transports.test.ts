import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { fakeSandbox, fakeState } from './sandbox-test-fakes';

describe('Atera sandbox over msw', () => {
  const sandbox = fakeSandbox({ baseUrl: 'https://tenant.atera.example/' }, fakeState(30));
  useMswServer({ handlers: sandbox.handlers });

  it('serves the base URL it was given, links included', async () => {
    expect(sandbox.baseUrl).toBe('https://tenant.atera.example');
    const response = await fetch('https://tenant.atera.example/api/v3/agents?itemsInPage=10', { headers: { Authorization: `Bearer ${sandbox.apiKey}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { nextLink: string; items: unknown[] };
    expect(body.items).toHaveLength(10);
    expect(body.nextLink).toBe('https://tenant.atera.example/api/v3/agents?itemsInPage=10&page=2');
  });

  it('turns a dropped connection into a network error', async () => {
    sandbox.injectFault('drop-before-write');
    await expect(
      fetch('https://tenant.atera.example/api/v3/tickets', { method: 'POST', headers: { Authorization: `Bearer ${sandbox.apiKey}` }, body: '{"TicketTitle":"x"}' }),
    ).rejects.toThrow(TypeError);
  });

  it('gives a gateway config for its base URL or another one', () => {
    expect(sandbox.gatewayConfig()).toEqual({ provider: 'atera', apiKey: sandbox.apiKey, baseUrl: 'https://tenant.atera.example' });
    expect(sandbox.gatewayConfig('http://127.0.0.1:9')).toEqual({ provider: 'atera', apiKey: sandbox.apiKey, baseUrl: 'http://127.0.0.1:9' });
  });
});

describe('Atera sandbox on loopback', () => {
  it('answers real HTTP on 127.0.0.1 with links back to the server, and logs what it saw', async () => {
    const sandbox = fakeSandbox({}, fakeState(3));
    const server = await sandbox.listen({ port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const listed = await fetch(`${server.url}/api/v3/agents?itemsInPage=2`, { headers: { 'X-API-KEY': sandbox.legacyApiKey } });
      expect(listed.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(((await listed.json()) as { nextLink: string }).nextLink).toBe(`${server.url}/api/v3/agents?itemsInPage=2&page=2`);
      const created = await fetch(`${server.url}/api/v3/tickets`, { method: 'POST', headers: { Authorization: `Bearer ${sandbox.apiKey}` }, body: '{"TicketTitle":"Printer"}' });
      expect(created.status).toBe(201);
      sandbox.injectFault('drop-after-write');
      await expect(fetch(`${server.url}/api/v3/tickets`, { method: 'POST', headers: { Authorization: `Bearer ${sandbox.apiKey}` }, body: '{"TicketTitle":"Again"}' })).rejects.toThrow(
        TypeError,
      );
      expect(sandbox.state.tickets.map((ticket) => ticket.TicketTitle)).toEqual(['Printer', 'Again']);
      expect(sandbox.requests).toEqual([
        { method: 'GET', path: '/api/v3/agents', operationId: 'agents.list', query: { itemsInPage: '2' }, body: undefined, status: 200, fault: null },
        { method: 'POST', path: '/api/v3/tickets', operationId: 'tickets.create', query: {}, body: { TicketTitle: 'Printer' }, status: 201, fault: null },
        { method: 'POST', path: '/api/v3/tickets', operationId: 'tickets.create', query: {}, body: { TicketTitle: 'Again' }, status: null, fault: 'drop-after-write' },
      ]);
      expect(sandbox.requestCount()).toBe(3);
      expect(sandbox.stats()).toEqual({
        requests: 3,
        byRoute: { 'agents.list': 1, 'tickets.create': 2 },
        rateLimited: 0,
        faultsInjected: 1,
        faultsByKind: { 'drop-after-write': 1 },
        writesApplied: 2,
      });
    } finally {
      await server.close();
    }
  });

  it('counts requests but keeps no log with recordRequests: false', async () => {
    const sandbox = fakeSandbox({ recordRequests: false });
    await sandbox.handle(new Request('https://app.atera.com/api/v3/agents', { headers: { Authorization: `Bearer ${sandbox.apiKey}` } }));
    await sandbox.handle(new Request('https://app.atera.com/api/v3/unknown'));
    expect(sandbox.requests).toEqual([]);
    expect(sandbox.requestCount()).toBe(2);
    expect(sandbox.stats().byRoute).toEqual({ 'agents.list': 1, unmatched: 1 });
  });
});
