import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isPsaError } from '../errors/psa-error';
import type { Gateway } from '../gateway/create-gateway';
import { alertSchema } from '../models/alert';
import { customerSchema } from '../models/customer';
import { deviceSchema } from '../models/device';
import { ticketSchema } from '../models/ticket';
import { ticketCommentSchema } from '../models/ticket-comment';
import type { Paginated } from '../pagination/paginated';
import { alertFilters, customerFilters, deviceFilters, ticketFilters } from '../provider/capabilities';

/** A gateway wired to a fresh, seeded sandbox of the provider under test. */
export interface ConformanceContext {
  /** Valid credentials; the sandbox holds at least three customers, tickets, devices and alerts it supports. */
  readonly gateway: Gateway;
  /** Same sandbox, wrong credentials. */
  readonly gatewayWithWrongCredentials: Gateway;
  /** The credential `gateway` uses, to prove it never leaks into errors. */
  readonly secret: string;
  /** An id that does not exist in the sandbox (default `987654321`). */
  readonly missingId?: string | undefined;
  /** How many requests reached the sandbox so far, to prove that invalid input sends nothing. */
  requestCount(): number;
  cleanup?(): void | Promise<void>;
}

export interface ConformanceTarget {
  /** Shown in the test names. */
  readonly name: string;
  /** Called before every test: return a fresh sandbox and gateways. */
  setup(): ConformanceContext | Promise<ConformanceContext>;
}

type Resource = 'customers' | 'tickets' | 'devices' | 'alerts';

const RECORD_SCHEMAS: Record<Resource, z.ZodType> = {
  customers: customerSchema,
  tickets: ticketSchema,
  devices: deviceSchema,
  alerts: alertSchema,
};

const FILTERS: Record<Resource, readonly string[]> = {
  customers: customerFilters,
  tickets: ticketFilters,
  devices: deviceFilters,
  alerts: alertFilters,
};

interface RecordLike {
  readonly id: string;
  readonly provider: string;
}

/**
 * The neutral contract every provider honours, run against its sandbox: listing and paging, get,
 * ticket writes and comments, alert resolution, filters, typed errors, unsupported operations and
 * authentication, that an aborted signal stops every operation before it sends anything, and that
 * secrets never leak. Call it inside a vitest test file:
 *
 * ```ts
 * describeProviderConformance({ name: 'atera', setup: () => createAteraConformanceContext() });
 * ```
 */
export function describeProviderConformance(target: ConformanceTarget): void {
  const withContext = (test: (context: ConformanceContext) => Promise<void>) => async () => {
    const context = await target.setup();
    try {
      await test(context);
    } finally {
      await context.cleanup?.();
    }
  };

  describe(`${target.name} honours the psagate provider contract`, () => {
    it('reports every operation and filter in its capabilities', withContext(async ({ gateway }) => {
      for (const resource of Object.keys(FILTERS) as Resource[]) {
        const capabilities = gateway.capabilities[resource];
        for (const supported of Object.values(capabilities.operations)) expect(typeof supported).toBe('boolean');
        expect(Object.keys(capabilities.filters).sort()).toEqual([...FILTERS[resource]].sort());
        for (const mode of Object.values(capabilities.filters)) expect(['server', 'client']).toContain(mode);
      }
      expect(gateway.provider).toBe(target.name);
    }));

    for (const resource of Object.keys(RECORD_SCHEMAS) as Resource[]) {
      describe(resource, () => {
        it('lists valid neutral records, page by page, without repeating any', withContext(async ({ gateway }) => {
          if (!gateway.capabilities[resource].operations.list) {
            expect(() => gateway[resource].list()).toThrow(expect.objectContaining({ kind: 'unsupported' }));
            return;
          }
          const seen = new Set<string>();
          let lastPage = 0;
          let pages = 0;
          for await (const page of gateway[resource].list().byPage({ pageSize: 2 })) {
            expect(page.pageNumber).toBeGreaterThan(lastPage);
            lastPage = page.pageNumber;
            pages++;
            for (const record of page.items as readonly RecordLike[]) {
              RECORD_SCHEMAS[resource].parse(record);
              expect(record.provider).toBe(gateway.provider);
              expect(seen.has(record.id), `record ${record.id} listed twice`).toBe(false);
              seen.add(record.id);
            }
          }
          expect(seen.size, 'the sandbox should hold at least three records').toBeGreaterThanOrEqual(3);
          expect(pages).toBeGreaterThan(1);
          const all = (await (gateway[resource].list() as Paginated<RecordLike>).toArray()).map((record) => record.id);
          expect(new Set(all)).toEqual(seen);
        }));

        it('stops fetching once toArray reaches its limit', withContext(async ({ gateway }) => {
          if (!gateway.capabilities[resource].operations.list) return;
          const items = await gateway[resource].list().toArray({ limit: 1 });
          expect(items).toHaveLength(1);
        }));

        it('gets a listed record by id, and fails with NotFoundError for a missing one', withContext(async (context) => {
          const { gateway } = context;
          if (!gateway.capabilities[resource].operations.get) {
            await expect(gateway[resource].get('1')).rejects.toMatchObject({ kind: 'unsupported', provider: gateway.provider });
            return;
          }
          const first = (await gateway[resource].list().first()) as RecordLike | undefined;
          expect(first).toBeDefined();
          const record = (await gateway[resource].get(first?.id ?? '')) as RecordLike;
          RECORD_SCHEMAS[resource].parse(record);
          expect(record.id).toBe(first?.id);
          const missing = gateway[resource].get(context.missingId ?? '987654321');
          await expect(missing).rejects.toMatchObject({ kind: 'not_found', provider: gateway.provider, status: 404 });
        }));

        it('rejects an empty id with ValidationError before sending anything', withContext(async (context) => {
          const { gateway } = context;
          if (!gateway.capabilities[resource].operations.get) return;
          const before = context.requestCount();
          await expect(gateway[resource].get('  ')).rejects.toMatchObject({ kind: 'validation' });
          expect(context.requestCount()).toBe(before);
        }));

        it('rejects unknown filters with ValidationError', withContext(async ({ gateway }) => {
          if (!gateway.capabilities[resource].operations.list) return;
          const list = gateway[resource].list as (query: unknown) => unknown;
          expect(() => list.call(gateway[resource], { notAFilter: 1 })).toThrow(expect.objectContaining({ kind: 'validation' }));
        }));
      });
    }

    describe('tickets', () => {
      it('creates a ticket, reads it back and updates its status', withContext(async ({ gateway }) => {
        const { operations } = gateway.capabilities.tickets;
        if (!operations.create) {
          await expect(gateway.tickets.create({ title: 'x' })).rejects.toMatchObject({ kind: 'unsupported' });
          return;
        }
        const customer = await gateway.customers.list().first();
        const created = await gateway.tickets.create({
          title: 'Conformance: printer offline',
          description: 'The printer on floor 2 is offline.',
          priority: 'high',
          ...(customer ? { customerId: customer.id } : {}),
        });
        ticketSchema.parse(created);
        expect(created.title).toBe('Conformance: printer offline');
        expect(created.priority).toBe('high');
        if (operations.get) expect((await gateway.tickets.get(created.id)).title).toBe('Conformance: printer offline');
        if (operations.update) {
          const updated = await gateway.tickets.update(created.id, { status: 'resolved' });
          expect(updated.status).toBe('resolved');
          if (operations.get) expect((await gateway.tickets.get(created.id)).status).toBe('resolved');
        }
      }));

      it('rejects invalid ticket input with ValidationError before sending anything', withContext(async (context) => {
        const { gateway } = context;
        if (!gateway.capabilities.tickets.operations.create) return;
        const before = context.requestCount();
        await expect(gateway.tickets.create({ title: '   ' })).rejects.toMatchObject({ kind: 'validation' });
        await expect(gateway.tickets.create({ title: 'ok', unknownField: 1 } as never)).rejects.toMatchObject({ kind: 'validation' });
        if (gateway.capabilities.tickets.operations.update) {
          await expect(gateway.tickets.update('1', {})).rejects.toMatchObject({ kind: 'validation' });
        }
        expect(context.requestCount()).toBe(before);
      }));

      it('adds a comment and lists it', withContext(async ({ gateway }) => {
        const { operations } = gateway.capabilities.tickets;
        const ticket = await gateway.tickets.list().first();
        if (!ticket) throw new Error('the sandbox should hold tickets');
        if (!operations.addComment) {
          await expect(gateway.tickets.addComment(ticket.id, { body: 'x' })).rejects.toMatchObject({ kind: 'unsupported' });
          return;
        }
        const comment = await gateway.tickets.addComment(ticket.id, { body: 'Conformance: rebooted the spooler', isInternal: true });
        ticketCommentSchema.parse(comment);
        expect(comment.ticketId).toBe(ticket.id);
        if (operations.listComments) {
          const comments = await gateway.tickets.listComments(ticket.id).toArray();
          for (const listed of comments) ticketCommentSchema.parse(listed);
          expect(comments.map((listed) => listed.body)).toContain('Conformance: rebooted the spooler');
          expect(new Set(comments.map((listed) => listed.id)).size).toBe(comments.length);
        }
      }));

      it('filters tickets by status, whether the PSA or the gateway applies the filter', withContext(async ({ gateway }) => {
        if (!gateway.capabilities.tickets.operations.list) return;
        const all = await gateway.tickets.list().toArray();
        const status = all[0]?.status ?? 'open';
        const filtered = await gateway.tickets.list({ status }).toArray();
        expect(filtered.length).toBeGreaterThan(0);
        for (const ticket of filtered) expect(ticket.status).toBe(status);
        expect(filtered.length).toBe(all.filter((ticket) => ticket.status === status).length);
      }));
    });

    describe('alerts', () => {
      it('resolves an open alert where the PSA can', withContext(async ({ gateway }) => {
        const { operations } = gateway.capabilities.alerts;
        if (!operations.resolve) {
          await expect(gateway.alerts.resolve('1')).rejects.toMatchObject({ kind: 'unsupported' });
          return;
        }
        const open = await gateway.alerts.list({ status: 'open' }).first();
        if (!open) throw new Error('the sandbox should hold an open alert');
        const resolved = await gateway.alerts.resolve(open.id);
        alertSchema.parse(resolved);
        expect(resolved.status).toBe('resolved');
        if (operations.get) expect((await gateway.alerts.get(open.id)).status).toBe('resolved');
      }));
    });

    describe('per-call options', () => {
      it('fails every operation given an aborted signal with NetworkError ABORTED, sending nothing', withContext(async (context) => {
        const { gateway } = context;
        const records: Partial<Record<Resource, RecordLike>> = {};
        for (const resource of Object.keys(RECORD_SCHEMAS) as Resource[]) {
          const first = gateway.capabilities[resource].operations.list ? ((await gateway[resource].list().first()) as RecordLike | undefined) : undefined;
          if (first) records[resource] = first;
        }
        const signal = AbortSignal.abort();
        const calls: [string, () => Promise<unknown>][] = [];
        for (const resource of Object.keys(RECORD_SCHEMAS) as Resource[]) {
          const { operations } = gateway.capabilities[resource];
          const port = gateway[resource] as unknown as {
            list(query: object, options: object): Paginated<unknown>;
            get(id: string, options: object): Promise<unknown>;
          };
          if (operations.list) {
            calls.push([`${resource}.list`, () => port.list({}, { signal }).first()]);
            calls.push([`${resource}.list walked with the signal`, () => port.list({}, {}).toArray({ signal })]);
          }
          const record = records[resource];
          if (operations.get && record) calls.push([`${resource}.get`, () => port.get(record.id, { signal })]);
        }
        const { tickets, alerts } = gateway.capabilities;
        const ticket = records.tickets;
        if (tickets.operations.create) calls.push(['tickets.create', () => gateway.tickets.create({ title: 'Conformance: never sent' }, { signal })]);
        if (ticket) {
          if (tickets.operations.update) calls.push(['tickets.update', () => gateway.tickets.update(ticket.id, { status: 'resolved' }, { signal })]);
          if (tickets.operations.listComments) calls.push(['tickets.listComments', () => gateway.tickets.listComments(ticket.id, { signal }).toArray()]);
          if (tickets.operations.addComment) calls.push(['tickets.addComment', () => gateway.tickets.addComment(ticket.id, { body: 'Conformance: never sent' }, { signal })]);
        }
        const alert = records.alerts;
        if (alerts.operations.resolve && alert) calls.push(['alerts.resolve', () => gateway.alerts.resolve(alert.id, { signal })]);
        expect(calls.length).toBeGreaterThan(0);

        const before = context.requestCount();
        for (const [name, call] of calls) {
          const failure = await call().then(
            () => new Error(`${name} succeeded with an aborted signal`),
            (error: unknown) => error,
          );
          expect(isPsaError(failure), `${name}: ${String(failure)}`).toBe(true);
          expect(failure, name).toMatchObject({ kind: 'network', code: 'ABORTED', provider: gateway.provider, retryable: false, maybeApplied: false });
          expect(context.requestCount(), `${name} sent a request`).toBe(before);
        }
      }));
    });

    describe('authentication and errors', () => {
      it('fails with AuthenticationError when the credentials are wrong, without leaking them', withContext(async (context) => {
        const resource = (Object.keys(RECORD_SCHEMAS) as Resource[]).find((name) => context.gatewayWithWrongCredentials.capabilities[name].operations.list);
        if (!resource) return;
        const error = await (context.gatewayWithWrongCredentials[resource].list() as Paginated<unknown>).first().then(
          () => undefined,
          (failure: unknown) => failure,
        );
        expect(isPsaError(error, 'authentication')).toBe(true);
        expect(error).toMatchObject({ provider: context.gateway.provider, status: 401, retryable: false });
      }));

      it('never puts the credential in errors, their JSON or their inspection', withContext(async (context) => {
        const { gateway, secret } = context;
        const failures: unknown[] = [];
        for (const resource of Object.keys(RECORD_SCHEMAS) as Resource[]) {
          if (gateway.capabilities[resource].operations.get) {
            await gateway[resource].get(context.missingId ?? '987654321').catch((error: unknown) => failures.push(error));
          }
        }
        const wrong = context.gatewayWithWrongCredentials;
        const listable = (Object.keys(RECORD_SCHEMAS) as Resource[]).find((name) => wrong.capabilities[name].operations.list);
        if (listable) await (wrong[listable].list() as Paginated<unknown>).first().catch((error: unknown) => failures.push(error));
        expect(failures.length).toBeGreaterThan(0);
        for (const failure of failures) {
          expect(isPsaError(failure)).toBe(true);
          const error = failure as Error;
          for (const text of [error.message, error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 10 })]) {
            expect(text).not.toContain(secret);
          }
        }
        expect(inspect(gateway, { depth: 6 })).not.toContain(secret);
      }));
    });
  });
}
