import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NetworkError } from '../errors/error-types';
import { isPsaError } from '../errors/psa-error';
import type { OperationOptions } from '../ports/operation-options';
import { Paginated } from '../pagination/paginated';
import { definePsaProvider } from '../provider/provider-definition';
import { createGateway } from './create-gateway';

type Seen = { operation: string; options: OperationOptions | undefined }[];

/** A pending promise that rejects with the signal's bare reason when it aborts: a wait that is not a request. */
function waitUntilAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

const record = (id: string) => ({ id }) as never;

/**
 * A provider supporting every neutral operation in memory. Each records the options it was given;
 * with `hang` set, each instead waits until its signal aborts.
 */
function recordingProvider(seen: Seen, behaviour: { hang?: boolean; customerLoads?: { count: number } } = {}) {
  const answer = (operation: string) => async (...args: unknown[]) => {
    const options = args.at(-1) as OperationOptions | undefined;
    seen.push({ operation, options });
    if (operation === 'customers.get' && behaviour.customerLoads) behaviour.customerLoads.count++;
    if (behaviour.hang) return waitUntilAborted(options?.signal);
    return record(String(args[0]));
  };
  const list = (operation: string) => (_query: unknown, options?: OperationOptions) => {
    seen.push({ operation, options });
    return Paginated.fromArray([record('1'), record('2'), record('3')], { defaultPageSize: 1 });
  };
  return definePsaProvider({
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
        get: answer('tickets.get'),
        create: answer('tickets.create'),
        update: answer('tickets.update'),
        listComments: (ticketId: string, options?: OperationOptions) => {
          seen.push({ operation: 'tickets.listComments', options });
          return Paginated.fromArray(['x', 'y', 'z'].map((body) => ({ id: null, ticketId, body }) as never), { defaultPageSize: 1 });
        },
        addComment: answer('tickets.addComment'),
      },
      devices: { list: list('devices.list'), get: answer('devices.get') },
      alerts: { list: list('alerts.list'), get: answer('alerts.get'), resolve: answer('alerts.resolve') },
      customers: { list: list('customers.list'), get: answer('customers.get') },
    }),
  });
}

function gatewayOver(seen: Seen, behaviour: Parameters<typeof recordingProvider>[1] = {}) {
  const provider = recordingProvider(seen, behaviour);
  return createGateway({ provider: 'recording' }, { providers: [provider] });
}

type Gateway = ReturnType<typeof gatewayOver>;

/** Every single-answer neutral operation, called with `options`. */
const singleCalls: readonly [string, (gateway: Gateway, options: OperationOptions) => Promise<unknown>][] = [
  ['tickets.get', (gateway, options) => gateway.tickets.get('1', options)],
  ['tickets.create', (gateway, options) => gateway.tickets.create({ title: 'Printer offline' }, options)],
  ['tickets.update', (gateway, options) => gateway.tickets.update('1', { status: 'resolved' }, options)],
  ['tickets.addComment', (gateway, options) => gateway.tickets.addComment('1', { body: 'Rebooted' }, options)],
  ['devices.get', (gateway, options) => gateway.devices.get('1', options)],
  ['alerts.get', (gateway, options) => gateway.alerts.get('1', options)],
  ['alerts.resolve', (gateway, options) => gateway.alerts.resolve('1', options)],
  ['customers.get', (gateway, options) => gateway.customers.get('1', options)],
];

/** Every neutral list, made with `options`. */
const listCalls: readonly [string, (gateway: Gateway, options?: OperationOptions) => Paginated<unknown>][] = [
  ['tickets.list', (gateway, options) => gateway.tickets.list({}, options)],
  ['tickets.listComments', (gateway, options) => gateway.tickets.listComments('1', options)],
  ['devices.list', (gateway, options) => gateway.devices.list({}, options)],
  ['alerts.list', (gateway, options) => gateway.alerts.list({}, options)],
  ['customers.list', (gateway, options) => gateway.customers.list({}, options)],
];

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the operation to fail');
    },
    (error: unknown) => error,
  );
}

describe('per-call options of neutral operations', () => {
  // customers.get loads through the cache: see the last test.
  it.each(singleCalls.filter(([operation]) => operation !== 'customers.get'))('hands %s the caller\'s signal', async (operation, call) => {
    const seen: Seen = [];
    const controller = new AbortController();
    await call(gatewayOver(seen), { signal: controller.signal });
    expect(seen.find((entry) => entry.operation === operation)?.options?.signal).toBe(controller.signal);
  });

  it.each(listCalls)('hands %s the caller\'s signal', (operation, call) => {
    const seen: Seen = [];
    const controller = new AbortController();
    call(gatewayOver(seen), { signal: controller.signal });
    expect(seen).toEqual([{ operation, options: { signal: controller.signal } }]);
  });

  it.each(singleCalls)('refuses unknown options and a signal that is not an AbortSignal for %s, before calling the provider', async (_operation, call) => {
    const seen: Seen = [];
    const gateway = gatewayOver(seen);
    const unknown = await rejectionOf(call(gateway, { timeout: 5 } as never));
    expect(unknown).toMatchObject({ kind: 'validation', message: expect.stringMatching(/invalid options.*timeout.*Nothing was sent/) });
    const notASignal = await rejectionOf(call(gateway, { signal: 'stop' } as never));
    expect(notASignal).toMatchObject({ kind: 'validation', issues: [{ path: 'signal', message: 'must be an AbortSignal' }] });
    expect(seen).toEqual([]);
  });

  it('refuses bad options of a list when it is made', () => {
    const seen: Seen = [];
    expect(() => gatewayOver(seen).tickets.list({}, { signal: {} } as never)).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(seen).toEqual([]);
  });

  it.each(singleCalls)('fails %s with NetworkError ABORTED when the abort catches it in a wait that rejects with the bare reason', async (operation, call) => {
    const seen: Seen = [];
    const controller = new AbortController();
    const pending = rejectionOf(call(gatewayOver(seen, { hang: true }), { signal: controller.signal }));
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('the caller hung up'));
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ provider: 'recording', operation, code: 'ABORTED', retryable: false, maybeApplied: false });
    expect((error as Error).message).toBe(`recording ${operation} was aborted by the caller before it finished.`);
  });

  it('lets a typed error through as it is', async () => {
    const typed = new NetworkError('recording POST /tickets failed: the request was aborted by the caller.', { code: 'ABORTED', maybeApplied: true });
    const provider = definePsaProvider({
      ...recordingProvider([]),
      capabilities: { tickets: { operations: ['create'] } },
      create: () => ({ native: null, tickets: { create: () => Promise.reject(typed) } }),
    });
    const gateway = createGateway({ provider: 'recording' }, { providers: [provider] });
    expect(await rejectionOf(gateway.tickets.create({ title: 'x' }, { signal: AbortSignal.abort() }))).toBe(typed);
  });

  it.each(listCalls)('stops every walk of %s when the operation\'s signal aborts, failing it with NetworkError ABORTED', async (operation, call) => {
    const controller = new AbortController();
    const list = call(gatewayOver([]), { signal: controller.signal });
    const walked: unknown[] = [];
    const error = await (async () => {
      for await (const page of list.byPage({ pageSize: 1, signal: new AbortController().signal })) {
        walked.push(...page.items);
        controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(walked).toHaveLength(1);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ provider: 'recording', operation, code: 'ABORTED', maybeApplied: false });
    await expect(list.toArray()).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('fails a neutral walk aborted by its own signal with NetworkError ABORTED too', async () => {
    const controller = new AbortController();
    const error = await (async () => {
      for await (const ticket of gatewayOver([]).tickets.list().withDefaults({ pageSize: 1, signal: controller.signal })) {
        void ticket;
        controller.abort(new Error('enough'));
      }
    })().catch((caught: unknown) => caught);
    expect(isPsaError(error) && error.code).toBe('ABORTED');
  });

  it('loads customers.get on a signal that aborts with the only caller waiting for it', async () => {
    const seen: Seen = [];
    const controller = new AbortController();
    const pending = rejectionOf(gatewayOver(seen, { hang: true }).customers.get('1', { signal: controller.signal }));
    await new Promise((resolve) => setImmediate(resolve));
    const loaderSignal = seen[0]?.options?.signal;
    expect(loaderSignal?.aborted).toBe(false);
    controller.abort();
    expect(await pending).toMatchObject({ code: 'ABORTED', operation: 'customers.get' });
    expect(loaderSignal?.aborted).toBe(true);
  });

  it('fails customers.get with an aborted signal even when the customer is cached, and keeps a shared load for the caller still waiting', async () => {
    const seen: Seen = [];
    const loads = { count: 0 };
    const gateway = gatewayOver(seen, { customerLoads: loads });
    await gateway.customers.get('1');
    await expect(gateway.customers.get('1', { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'ABORTED', operation: 'customers.get' });
    expect(loads.count).toBe(1);

    const leaving = new AbortController();
    const first = gateway.customers.get('2', { signal: leaving.signal });
    const second = gateway.customers.get('2');
    leaving.abort();
    await expect(first).rejects.toMatchObject({ code: 'ABORTED' });
    expect(await second).toEqual({ id: '2' });
    // The shared load ran on the cache's signal, which stayed live for the second caller.
    expect(seen.filter((entry) => entry.operation === 'customers.get').at(-1)?.options?.signal?.aborted).toBe(false);
  });
});
