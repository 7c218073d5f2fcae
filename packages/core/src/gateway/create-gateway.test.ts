import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHelpdeskSandbox, helpdeskProvider } from '../../examples/helpdesk/index';
import { commonConfigShape, secretSchema } from '../config/config-schemas';
import { createPsaContainer } from '../container/psa-container';
import { PsaTokens } from '../container/tokens';
import { ConfigError } from '../errors/error-types';
import type { Ticket } from '../models/ticket';
import type { PsaLogger } from '../observability/logger';
import { Paginated } from '../pagination/paginated';
import { definePsaProvider } from '../provider/provider-definition';
import { createGateway } from './create-gateway';
import { useMswServer } from '../testing/msw-server';

const server = useMswServer();

function sandboxed() {
  const sandbox = createHelpdeskSandbox();
  server.use(...sandbox.handlers);
  return sandbox;
}

const ticket = (id: number, overrides: Partial<Ticket> = {}): Ticket => ({
  id: String(id),
  provider: 'memory',
  raw: {},
  number: null,
  title: `Ticket ${id}`,
  description: null,
  status: 'open',
  statusRaw: 'open',
  priority: 'medium',
  priorityRaw: 2,
  customerId: null,
  customerName: null,
  deviceId: null,
  contact: null,
  assigneeId: null,
  assigneeName: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  resolvedAt: null,
  ...overrides,
});

/** A provider that needs no server: tickets in memory, nothing else. */
const memoryProvider = definePsaProvider({
  name: 'memory',
  displayName: 'Memory',
  configSchema: z.strictObject({ tickets: z.array(z.custom<Ticket>()).default([]) }),
  capabilities: { tickets: { operations: ['list', 'get'] } },
  create: (config) => ({
    native: { tickets: config.tickets },
    tickets: {
      list: () => Paginated.fromArray(config.tickets, { defaultPageSize: 2 }),
      get: async (id: string) => {
        const found = config.tickets.find((candidate) => candidate.id === id);
        if (!found) throw new Error(`missing ${id}`);
        return found;
      },
    },
  }),
});

describe('createGateway', () => {
  it('serves the same calling code from whichever provider the config names', async () => {
    const sandbox = sandboxed();
    const readTitles = async (config: Parameters<typeof createGateway<typeof helpdeskProvider | typeof memoryProvider, never>>[0]) => {
      const gateway = createGateway(config, { providers: [helpdeskProvider, memoryProvider] });
      return (await gateway.tickets.list().toArray({ limit: 2 })).map((item) => item.title);
    };
    expect(await readTitles({ provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl } as never)).toEqual([
      'Ticket 1: printer offline',
      'Ticket 2: password reset',
    ]);
    expect(await readTitles({ provider: 'memory', tickets: [ticket(1), ticket(2), ticket(3)] } as never)).toEqual(['Ticket 1', 'Ticket 2']);
  });

  it('never yields a record twice from a neutral list, even when the PSA repeats it on the next page', async () => {
    // An offset-paged PSA after an insert before the walk's position: ticket 2 comes again on page 2.
    const shifting = definePsaProvider({
      ...memoryProvider,
      name: 'shifting',
      capabilities: { tickets: { operations: ['list'] } },
      create: () => ({
        native: null,
        tickets: {
          list: () =>
            new Paginated<Ticket>(async function* () {
              yield { items: [ticket(1), ticket(2)], pageNumber: 1, pageSize: 2 };
              yield { items: [ticket(2), ticket(3)], pageNumber: 2, pageSize: 2 };
            }, { defaultPageSize: 2, maxPageSize: 2, supportsStartPage: false, defaultConcurrency: 1, defaultMaxPages: 10 }),
        },
      }),
    });
    const gateway = createGateway({ provider: 'shifting' } as never, { providers: [shifting] });
    expect((await gateway.tickets.list().toArray()).map((item) => item.id)).toEqual(['1', '2', '3']);
  });

  it('types the native client after the chosen provider', () => {
    const gateway = createGateway({ provider: 'memory', tickets: [ticket(7)] }, { providers: [memoryProvider] });
    expect(gateway.native.tickets[0]?.id).toBe('7');
    expect(gateway.provider).toBe('memory');
    expect(gateway.displayName).toBe('Memory');
  });

  it('lists every config problem at once, naming each setting but never its value', () => {
    const attempt = () =>
      createGateway(
        { provider: 'helpdesk', apiKey: 'k3y-value-4f9a1c2e', baseUrl: 'http://helpdesk.example.com', timeoutMs: -5, retries: 3, cache: { enabled: 'yes' } } as never,
        { providers: [helpdeskProvider] },
      );
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const configError = error as ConfigError;
      expect(configError.issues.map((issue) => issue.path).sort()).toEqual(['', 'baseUrl', 'cache.enabled', 'timeoutMs']);
      expect(configError.message).toContain('4 problems');
      expect(configError.message).toContain('baseUrl (HELPDESK_BASE_URL)');
      expect(configError.message).toContain('must use https://');
      expect(configError.message).toContain('unknown setting "retries"');
      expect(configError.message).not.toContain('k3y-value-4f9a1c2e');
      expect(JSON.stringify(configError)).not.toContain('k3y-value-4f9a1c2e');
    }
  });

  it('suggests the closest provider name for a typo and lists the registered ones', () => {
    expect(() => createGateway({ provider: 'helpdsk' } as never, { providers: [helpdeskProvider, memoryProvider] })).toThrow(
      /Unknown provider "helpdsk"\. Did you mean "helpdesk"\? Registered providers: helpdesk, memory\./,
    );
  });

  it('asks for a provider when the config names none', () => {
    expect(() => createGateway({} as never, { providers: [memoryProvider] })).toThrow(/needs "provider": one of memory/);
    expect(() => createGateway(null as never, { providers: [memoryProvider] })).toThrow(ConfigError);
  });

  it('reports a credential rejected by the auth strategy as a ConfigError of that provider', () => {
    expect(() => createGateway({ provider: 'helpdesk', apiKey: 'line\nbreak' }, { providers: [helpdeskProvider] })).toThrow(
      expect.objectContaining({ kind: 'config', provider: 'helpdesk' }),
    );
  });

  it('keeps the API key out of the gateway when it is inspected or serialised', () => {
    const sandbox = sandboxed();
    const gateway = createGateway({ provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl }, { providers: [helpdeskProvider] });
    expect(inspect(gateway, { depth: 8 })).not.toContain(sandbox.apiKey);
    expect(JSON.stringify(gateway.capabilities)).not.toContain(sandbox.apiKey);
  });

  it('throws UnsupportedOperationError naming the provider and the operation', async () => {
    const gateway = createGateway({ provider: 'memory' }, { providers: [memoryProvider] });
    expect(gateway.capabilities.tickets.operations.create).toBe(false);
    await expect(gateway.tickets.create({ title: 'x' })).rejects.toMatchObject({ kind: 'unsupported', provider: 'memory', operation: 'tickets.create' });
    expect(() => gateway.devices.list()).toThrow(/memory does not support devices\.list/);
    await expect(gateway.alerts.resolve('1')).rejects.toThrow(/memory does not support alerts\.resolve/);
  });

  it('applies the filters a provider leaves to the client, and says so in its capabilities', async () => {
    const tickets = [
      ticket(1, { status: 'open', priority: 'high', title: 'VPN down' }),
      ticket(2, { status: 'resolved', priority: 'high', title: 'vpn slow' }),
      ticket(3, { status: 'open', priority: 'low', title: 'Printer', updatedAt: '2026-03-01T00:00:00.000Z' }),
    ];
    const gateway = createGateway({ provider: 'memory', tickets }, { providers: [memoryProvider] });
    expect(gateway.capabilities.tickets.filters.status).toBe('client');
    const ids = async (query: Parameters<typeof gateway.tickets.list>[0]) => (await gateway.tickets.list(query).toArray()).map((item) => item.id);
    expect(await ids({ status: 'open' })).toEqual(['1', '3']);
    expect(await ids({ status: ['open', 'resolved'], priority: 'high' })).toEqual(['1', '2']);
    expect(await ids({ search: 'VPN' })).toEqual(['1', '2']);
    expect(await ids({ updatedSince: new Date('2026-02-01T00:00:00Z') })).toEqual(['3']);
  });

  it('leaves server-side filters to the provider', async () => {
    const sandbox = sandboxed();
    const gateway = createGateway({ provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl }, { providers: [helpdeskProvider] });
    expect(gateway.capabilities.tickets.filters).toMatchObject({ status: 'server', search: 'client' });
    const pending = await gateway.tickets.list({ status: 'pending' }).toArray();
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((item) => item.statusRaw === 'waiting')).toBe(true);
  });

  it('validates query and input before calling the provider', async () => {
    const gateway = createGateway({ provider: 'memory', tickets: [ticket(1)] }, { providers: [memoryProvider] });
    expect(() => gateway.tickets.list({ status: 'done' as never })).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => gateway.tickets.list({ updatedSince: 'not a date' })).toThrow(/updatedSince: must be a Date or an ISO-8601 date-time/);
    await expect(gateway.tickets.get('')).rejects.toMatchObject({ kind: 'validation', code: 'INVALID_ID' });
    await expect(gateway.tickets.get(-1)).rejects.toMatchObject({ kind: 'validation' });
    expect((await gateway.tickets.get(1)).id).toBe('1');
  });

  it('refuses a provider that declares an operation it does not implement', () => {
    const broken = definePsaProvider({
      name: 'broken',
      displayName: 'Broken',
      configSchema: z.strictObject({}),
      capabilities: { tickets: { operations: ['list', 'create'] } },
      create: () => ({ native: null, tickets: { list: () => Paginated.fromArray<Ticket>([]) } }),
    });
    expect(() => createGateway({ provider: 'broken' }, { providers: [broken] })).toThrow(/declares tickets\.create .* does not implement it/);
  });

  it('lets an instance support less than its provider declares, and says why in the capabilities and the error', async () => {
    const optional = definePsaProvider({
      name: 'optional',
      displayName: 'Optional',
      configSchema: z.strictObject({ alertsType: z.int().optional() }),
      capabilities: { tickets: { operations: ['list'] }, alerts: { operations: ['list'], note: 'alerts are tickets of the type set by alertsType' } },
      create: (config) => ({
        native: null,
        tickets: { list: () => Paginated.fromArray<Ticket>([]) },
        ...(config.alertsType === undefined
          ? { support: { tickets: { operations: ['list'] }, alerts: { operations: [], note: 'set alertsType to the ticket type that holds alerts' } } }
          : { alerts: { list: () => Paginated.fromArray([]) } }),
      }),
    });
    const without = createGateway({ provider: 'optional' }, { providers: [optional] });
    expect(without.capabilities.alerts.operations.list).toBe(false);
    expect(without.capabilities.alerts.note).toMatch(/alertsType/);
    expect(() => without.alerts.list()).toThrow(/optional does not support alerts\.list: set alertsType/);
    const configured = createGateway({ provider: 'optional', alertsType: 3 }, { providers: [optional] });
    expect(configured.capabilities.alerts.operations.list).toBe(true);
    expect(await configured.alerts.list().toArray()).toEqual([]);
  });

  it('refuses an instance that claims more than its provider declares', () => {
    const boastful = definePsaProvider({
      name: 'boastful',
      displayName: 'Boastful',
      configSchema: z.strictObject({}),
      capabilities: { tickets: { operations: ['list'] } },
      create: () => ({
        native: null,
        support: { tickets: { operations: ['list', 'get'] } },
        tickets: { list: () => Paginated.fromArray<Ticket>([]), get: () => Promise.reject(new Error('unused')) },
      }),
    });
    expect(() => createGateway({ provider: 'boastful' }, { providers: [boastful] })).toThrow(/supporting tickets\.get, which its capabilities do not declare/);
  });

  it('rejects two providers with the same name', () => {
    const twin = definePsaProvider({ ...memoryProvider });
    expect(() => createGateway({ provider: 'memory' }, { providers: [memoryProvider, twin] })).toThrow(/already registered/);
  });

  it('refuses provider names that are not lower-case words', () => {
    expect(() => definePsaProvider({ ...memoryProvider, name: 'My PSA' })).toThrow(TypeError);
  });
});

describe('reference data cache', () => {
  it('serves a customer read twice from the cache, once from the server', async () => {
    const sandbox = sandboxed();
    const gateway = createGateway({ provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl }, { providers: [helpdeskProvider] });
    const before = sandbox.requestCount();
    const first = await gateway.customers.get('101');
    const second = await gateway.customers.get(101);
    expect(second).toEqual(first);
    expect(sandbox.requestCount() - before).toBe(1);
  });

  it('reads every customer from the server when the cache is turned off', async () => {
    const sandbox = sandboxed();
    const gateway = createGateway(
      { provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl, cache: { enabled: false } },
      { providers: [helpdeskProvider] },
    );
    const before = sandbox.requestCount();
    await gateway.customers.get('101');
    await gateway.customers.get('101');
    expect(sandbox.requestCount() - before).toBe(2);
  });

  it('fills the cache while listing, so later reads need no request', async () => {
    const sandbox = sandboxed();
    const gateway = createGateway({ provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl }, { providers: [helpdeskProvider] });
    const listed = await gateway.customers.list().toArray();
    const before = sandbox.requestCount();
    for (const customer of listed) await gateway.customers.get(customer.id);
    expect(sandbox.requestCount()).toBe(before);
  });

  it('keeps two gateways on one container from seeing each other’s cache', async () => {
    const container = createPsaContainer({ providers: [helpdeskProvider] });
    const first = sandboxed();
    const gatewayA = createGateway({ provider: 'helpdesk', apiKey: first.apiKey, baseUrl: first.baseUrl }, { container });
    const second = createHelpdeskSandbox({ baseUrl: 'https://other-tenant.example.test', apiKey: 'hd_live_other_tenant_key_123' });
    server.use(...second.handlers);
    const gatewayB = createGateway({ provider: 'helpdesk', apiKey: second.apiKey, baseUrl: second.baseUrl }, { container });
    await gatewayA.customers.get('101');
    const before = second.requestCount();
    await gatewayB.customers.get('101');
    expect(second.requestCount() - before).toBe(1);
  });

  it('reports each lookup as a cache event of its own gateway, with the kind of entry but no id or value', async () => {
    const container = createPsaContainer({ providers: [helpdeskProvider] });
    const sandbox = sandboxed();
    const config = { provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl } as const;
    const gatewayA = createGateway(config, { container });
    const gatewayB = createGateway(config, { container });
    const seenA: unknown[] = [];
    const seenB: unknown[] = [];
    gatewayA.events.on('cache', (event) => seenA.push(event));
    gatewayB.events.on('cache', (event) => seenB.push(event));
    await gatewayA.customers.get('101');
    await gatewayA.customers.get('101');
    await gatewayB.customers.get('101');
    expect(seenA).toEqual([
      { provider: 'helpdesk', namespace: 'customer', hit: false },
      { provider: 'helpdesk', namespace: 'customer', hit: true },
    ]);
    expect(seenB).toEqual([{ provider: 'helpdesk', namespace: 'customer', hit: false }]);
    expect(JSON.stringify(seenA)).not.toContain('101');
  });

  it('reports no cache events when the cache is turned off', async () => {
    const sandbox = sandboxed();
    const gateway = createGateway({ provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl, cache: { enabled: false } }, { providers: [helpdeskProvider] });
    const seen: unknown[] = [];
    gateway.events.on('cache', (event) => seen.push(event));
    await gateway.customers.get('101');
    expect(seen).toEqual([]);
  });
});

describe('the container', () => {
  it('lets users replace the logger for every gateway it builds', async () => {
    const lines: string[] = [];
    const logger: PsaLogger = { debug: () => undefined, info: () => undefined, warn: (message) => lines.push(message), error: () => undefined };
    const container = createPsaContainer({ providers: [memoryProvider] });
    container.rebind(PsaTokens.logger).toConstantValue(logger);
    const gateway = createGateway({ provider: 'memory', tickets: [ticket(1)] }, { container });
    gateway.events.on('warning', () => {
      throw new Error('listener bug');
    });
    gateway.events.emit('warning', { provider: 'memory', code: 'X', message: 'x' });
    expect(lines.some((line) => line.includes('"warning" listener threw'))).toBe(true);
  });

  it('gives each credential its own rate-limit lane and shares a lane between clients of one key', () => {
    const sandbox = sandboxed();
    const container = createPsaContainer({ providers: [helpdeskProvider] });
    const lanes = container.get(PsaTokens.rateLimiters);
    const config = { provider: 'helpdesk' as const, baseUrl: sandbox.baseUrl };
    const one = createGateway({ ...config, apiKey: 'hd_key_tenant_one_1234567' }, { container });
    const two = createGateway({ ...config, apiKey: 'hd_key_tenant_one_1234567' }, { container });
    const other = createGateway({ ...config, apiKey: 'hd_key_tenant_two_7654321' }, { container });
    const limiterOf = (gateway: typeof one) => (gateway.native as unknown as { transport: { limiter: unknown } }).transport.limiter;
    expect(limiterOf(one)).toBe(limiterOf(two));
    expect(limiterOf(one)).not.toBe(limiterOf(other));
    expect(lanes).toBe(container.get(PsaTokens.rateLimiters));
  });
});

describe('provider config helpers', () => {
  it('turns secrets into values that print as [REDACTED]', () => {
    const schema = z.strictObject({ apiKey: secretSchema, ...commonConfigShape });
    const parsed = schema.parse({ apiKey: '  s3cr3t-value-123  ' });
    expect(parsed.apiKey.reveal()).toBe('s3cr3t-value-123');
    expect(JSON.stringify(parsed)).not.toContain('s3cr3t');
    expect(inspect(parsed)).not.toContain('s3cr3t');
    expect(parsed.timeoutMs).toBe(30_000);
    expect(parsed.responseValidation).toBe('strict');
  });
});
