import { type Gateway, type OperationOptions, Paginated, createGateway } from '@psagate/core';
import { definePsaProvider } from '@psagate/core/provider';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createGatewayServer } from './create-gateway-server';
import { createDefaultLogger } from './logging';
import { CALLER_TOKEN } from './server-harness.test-helpers';

/**
 * Every route hands the neutral call it makes a signal tied to the caller's request: aborting the
 * request aborts it. A provider in memory records the signal each operation got and holds the
 * answer until that signal fires.
 */
function recordingGateway(signals: Map<string, AbortSignal | undefined>): Gateway {
  const held = (operation: string) => (...args: unknown[]) => {
    const signal = (args.at(-1) as OperationOptions | undefined)?.signal;
    signals.set(operation, signal);
    return new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
  };
  const list = (operation: string) => (...args: unknown[]) => {
    signals.set(operation, (args.at(-1) as OperationOptions | undefined)?.signal);
    return Paginated.lazy((signal) => new Promise<never[]>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true })));
  };
  const provider = definePsaProvider({
    name: 'recording',
    displayName: 'Recording',
    configSchema: z.strictObject({}),
    capabilities: {
      tickets: { operations: ['list', 'get', 'create', 'update', 'listComments', 'addComment'] },
      devices: { operations: ['list', 'get'] },
      alerts: { operations: ['list', 'get', 'resolve'] },
      customers: { operations: ['list', 'get'] },
    },
    create: () => ({
      native: null,
      tickets: {
        list: list('tickets.list'),
        get: held('tickets.get'),
        create: held('tickets.create'),
        update: held('tickets.update'),
        listComments: list('tickets.listComments'),
        addComment: held('tickets.addComment'),
      },
      devices: { list: list('devices.list'), get: held('devices.get') },
      alerts: { list: list('alerts.list'), get: held('alerts.get'), resolve: held('alerts.resolve') },
      customers: { list: list('customers.list'), get: held('customers.get') },
    }),
  });
  return createGateway({ provider: 'recording' }, { providers: [provider] }) as Gateway;
}

const routes: readonly [operation: string, method: string, path: string, body?: unknown][] = [
  ['tickets.list', 'GET', '/v1/tickets'],
  ['tickets.get', 'GET', '/v1/tickets/1'],
  ['tickets.create', 'POST', '/v1/tickets', { title: 'Printer offline' }],
  ['tickets.update', 'PATCH', '/v1/tickets/1', { status: 'resolved' }],
  ['tickets.listComments', 'GET', '/v1/tickets/1/comments'],
  ['tickets.addComment', 'POST', '/v1/tickets/1/comments', { body: 'Rebooted' }],
  ['devices.list', 'GET', '/v1/devices'],
  ['devices.get', 'GET', '/v1/devices/1'],
  ['alerts.list', 'GET', '/v1/alerts'],
  ['alerts.get', 'GET', '/v1/alerts/1'],
  ['alerts.resolve', 'POST', '/v1/alerts/1/resolve'],
  ['customers.list', 'GET', '/v1/customers'],
];

describe('the signal of each route', () => {
  it.each(routes)('hands %s a signal that aborts with the caller\'s request', async (operation, method, path, body) => {
    const signals = new Map<string, AbortSignal | undefined>();
    const server = createGatewayServer({ gateway: recordingGateway(signals), callerTokens: [CALLER_TOKEN], logger: createDefaultLogger('silent'), processMetrics: false });
    const caller = new AbortController();
    const answer = server.fetch(
      new Request(`http://gateway.test${path}`, {
        method,
        signal: caller.signal,
        headers: { authorization: `Bearer ${CALLER_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    for (let turn = 0; turn < 100 && !signals.has(operation); turn++) await new Promise((resolve) => setImmediate(resolve));
    const given = signals.get(operation);
    expect(given?.aborted).toBe(false);
    caller.abort();
    expect(given?.aborted).toBe(true);
    const response = await answer;
    expect(response.status).toBe(499);
    expect(await response.json()).toMatchObject({ code: 'CLIENT_CLOSED_REQUEST', type: 'urn:psagate:problem:client-closed-request' });
  });
});
