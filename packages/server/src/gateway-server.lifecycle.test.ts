import { ateraProvider } from '@psagate/atera';
import { ConfigError, type Gateway, Paginated, type Ticket, createGateway, definePsaProvider } from '@psagate/core';
import { describe, expect, it } from 'vitest';
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

describe('default logger', () => {
  it('masks authorization and cookie headers wherever they sit in a log object', () => {
    const lines: string[] = [];
    const logger = createDefaultLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ req: { headers: { authorization: `Bearer ${CALLER_TOKEN}`, cookie: 'session=abc' } }, headers: { authorization: 'x' } }, 'incoming');
    expect(lines.join('')).not.toContain(CALLER_TOKEN);
    expect(lines.join('')).not.toContain('session=abc');
    expect(lines.join('')).toContain('[REDACTED]');
  });
});
