import { ateraProvider } from '@psagate/atera';
import { ConfigError, type Gateway, type PsaEventName, Paginated, type Ticket, createGateway } from '@psagate/core';
import { definePsaProvider } from '@psagate/core/provider';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createGatewayServer } from './create-gateway-server';
import { createDefaultLogger } from './logging';
import { CALLER_TOKEN, serveGateway } from './server-harness.test-helpers';

/** A provider whose tickets.get fails with a plain Error carrying a secret, and whose list is in memory. */
const brokenProvider = definePsaProvider({
  name: 'broken',
  displayName: 'Broken',
  configSchema: z.strictObject({}),
  capabilities: { tickets: { operations: ['list', 'get'] } },
  create: () => ({
    native: {},
    tickets: {
      list: () => Paginated.fromArray<Ticket>([], { defaultPageSize: 10 }),
      get: async () => {
        throw new Error(`database exploded while holding ${CALLER_TOKEN}`);
      },
    },
  }),
});

const brokenGateway = () => createGateway({ provider: 'broken' }, { providers: [brokenProvider] }) as Gateway;

describe('createGatewayServer', () => {
  it('refuses to start without caller tokens or with bad options', () => {
    expect(() => createGatewayServer({ gateway: brokenGateway(), callerTokens: [] })).toThrow(ConfigError);
    expect(() => createGatewayServer({ gateway: brokenGateway(), callerTokens: ['short'] })).toThrow(/use at least 16/);
    expect(() => createGatewayServer({ gateway: brokenGateway(), callerTokens: [CALLER_TOKEN], bodyLimitBytes: 0, logger: createDefaultLogger('silent') })).toThrow(
      /bodyLimitBytes must be a positive integer/,
    );
  });

  it('listens on a free loopback port and stops listening on close', async () => {
    const server = createGatewayServer({ gateway: brokenGateway(), callerTokens: [CALLER_TOKEN], logger: createDefaultLogger('silent'), processMetrics: false });
    const running = await server.listen({ port: 0 });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    await running.close();
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });

  it('answers 500 with a generic detail for an unexpected error, and logs the cause redacted', async () => {
    const h = await serveGateway(brokenGateway());
    try {
      const response = await h.call('/v1/tickets/1', { headers: { 'x-request-id': 'boom-1' } });
      expect(response.status).toBe(500);
      const body = await response.text();
      expect(body).not.toContain('database exploded');
      expect(body).toContain('boom-1');
      const logged = h.logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'request failed');
      expect(JSON.stringify(logged)).toContain('database exploded while holding [REDACTED]');
      expect(h.logLines.join('\n')).not.toContain(CALLER_TOKEN);
    } finally {
      await h.close();
    }
  });

  it('reports not ready, without details, when the PSA cannot be reached', async () => {
    const unreachable = createGateway(
      { provider: 'atera', apiKey: 'atera-key-for-readiness-test-00', baseUrl: 'http://127.0.0.1:9', retry: { maxAttempts: 1 } },
      { providers: [ateraProvider] },
    ) as Gateway;
    const h = await serveGateway(unreachable);
    try {
      const response = await h.call('/readyz', { token: null });
      expect(response.status).toBe(503);
      const problem = (await response.json()) as Record<string, unknown>;
      expect(problem).toMatchObject({ code: 'NOT_READY', detail: 'The gateway cannot reach its PSA right now.' });
      expect((await h.call('/healthz', { token: null })).status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it('serves metrics without a token when publicMetrics is set', async () => {
    const h = await serveGateway(brokenGateway(), { publicMetrics: true });
    try {
      expect((await h.call('/metrics', { token: null })).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});

describe('subscriptions to the gateway', () => {
  const eventNames: readonly PsaEventName[] = ['request', 'response', 'retry', 'rateLimitWait', 'token', 'cache', 'warning', 'error'];
  const listened = (gateway: Gateway) => eventNames.filter((name) => gateway.events.has(name));
  const rateLimitedResponse = { callId: 'c1', provider: 'broken', operation: 'tickets.list', method: 'GET', path: '/tickets', attempt: 1, status: 200, durationMs: 1, rateLimit: { remaining: 41 } };
  const options = { callerTokens: [CALLER_TOKEN], logger: createDefaultLogger('silent'), processMetrics: false };

  it('end when each of two servers over one gateway has closed, listened or not', async () => {
    const gateway = brokenGateway();
    const before = listened(gateway);
    const listening = createGatewayServer({ gateway, ...options });
    const embedded = createGatewayServer({ gateway, ...options });
    expect(listened(gateway)).toEqual(expect.arrayContaining(['response', 'retry', 'token', 'cache', 'error']));
    const running = await listening.listen({ port: 0 });
    await running.close();
    await embedded.close();
    expect(listened(gateway)).toEqual(before);
    await gateway.close();
  });

  it('stop feeding the metrics of a closed server', async () => {
    const gateway = brokenGateway();
    const server = createGatewayServer({ gateway, ...options });
    const metrics = async () => (await server.fetch(new Request('http://gateway/metrics', { headers: { authorization: `Bearer ${CALLER_TOKEN}` } }))).text();
    gateway.events.emit('response', rateLimitedResponse);
    expect(await metrics()).toContain('psagate_psa_rate_limit_remaining{provider="broken"} 41');
    await server.close();
    gateway.events.emit('response', { ...rateLimitedResponse, rateLimit: { remaining: 7 } });
    expect(await metrics()).toContain('psagate_psa_rate_limit_remaining{provider="broken"} 41');
    await gateway.close();
  });

  it('start again when a closed server listens again', async () => {
    const gateway = brokenGateway();
    const server = createGatewayServer({ gateway, ...options });
    await server.close();
    expect(gateway.events.has('response')).toBe(false);
    const running = await server.listen({ port: 0 });
    expect(gateway.events.has('response')).toBe(true);
    await server.close();
    expect(gateway.events.has('response')).toBe(false);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    await gateway.close();
  });
});

describe('default logger', () => {
  it('writes one JSON line per record through process.stderr.write, where output guards can see it', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const logger = createDefaultLogger('info');
      logger.info({ requestId: 'stderr-1' }, 'first');
      logger.warn('second');
      const lines = write.mock.calls.map(([chunk]) => String(chunk));
      expect(lines).toHaveLength(2);
      expect(lines.every((line) => line.endsWith('\n') && line.indexOf('\n') === line.length - 1)).toBe(true);
      expect(JSON.parse(lines[0] as string)).toMatchObject({ msg: 'first', requestId: 'stderr-1', name: 'psagate-server' });
    } finally {
      write.mockRestore();
    }
  });


  it('masks authorization and cookie headers wherever they sit in a log object', () => {
    const lines: string[] = [];
    const logger = createDefaultLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ req: { headers: { authorization: `Bearer ${CALLER_TOKEN}`, cookie: 'session=abc' } }, headers: { authorization: 'x' } }, 'incoming');
    expect(lines.join('')).not.toContain(CALLER_TOKEN);
    expect(lines.join('')).not.toContain('session=abc');
    expect(lines.join('')).toContain('[REDACTED]');
  });
});
