import { NetworkError, createGateway } from '@psagate/core';
import { FakeClock, useMswServer, waitFor } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ateraSandboxTicketComments, createAteraSandbox } from '../sandbox/index';
import { ateraProvider } from './atera-provider';

const server = useMswServer();

/**
 * An Atera sandbox that holds every answer for a second of its own clock (advanced by hand), so a
 * test can abort a call while one of its requests is at the sandbox. The sandbox applies a write
 * before it holds the answer.
 */
function heldAtera() {
  const sandboxClock = new FakeClock({ autoAdvance: false });
  const sandbox = createAteraSandbox({ latencyMs: 1_000, clock: sandboxClock });
  server.resetHandlers(...sandbox.handlers);
  const gateway = createGateway(sandbox.gatewayConfig(), { providers: [ateraProvider] });
  const routeCount = (route: string): number => sandbox.stats().byRoute[route] ?? 0;
  /** Lets the held answers go, once `route` has been asked `count` times. */
  const releaseAfter = async (route: string, count = 1): Promise<void> => {
    await waitFor(() => routeCount(route) >= count, `${route} to reach the sandbox`);
    await sandboxClock.advance(1_000);
  };
  return { sandbox, gateway, routeCount, releaseAfter };
}

const failureOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => new Error('expected the call to fail'), (error: unknown) => error);

describe('Atera operations aborted by their caller', () => {
  it('fails a get aborted while its request is at the sandbox with NetworkError ABORTED, not applied', async () => {
    const { sandbox, gateway, routeCount } = heldAtera();
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.get(String(sandbox.state.ticketIds[0]), { signal: controller.signal }));
    await waitFor(() => routeCount('tickets.get') === 1, 'the get to reach the sandbox');
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ provider: 'atera', method: 'GET', code: 'ABORTED', retryable: false, maybeApplied: false });
    expect(sandbox.requestCount()).toBe(1);
  });

  it('fails a create aborted after the sandbox applied it with NetworkError ABORTED that says it may have been applied', async () => {
    const { sandbox, gateway } = heldAtera();
    const before = sandbox.state.ticketIds.length;
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.create({ title: 'Printer on fire', description: 'Smoke', contact: { id: String(sandbox.state.contactIds[0]) } }, { signal: controller.signal }));
    await waitFor(() => sandbox.stats().writesApplied === 1, 'the sandbox to apply the create');
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: 'POST', code: 'ABORTED', retryable: false, maybeApplied: true });
    expect(sandbox.state.ticketIds).toHaveLength(before + 1);
    expect(sandbox.stats().byRoute['tickets.create']).toBe(1);
  });

  it('fails a create aborted during its read-back with NetworkError ABORTED saying the ticket was created', async () => {
    const { sandbox, gateway, routeCount, releaseAfter } = heldAtera();
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.create({ title: 'Printer on fire', description: 'Smoke', contact: { id: String(sandbox.state.contactIds[0]) } }, { signal: controller.signal }));
    await releaseAfter('tickets.create');
    await waitFor(() => routeCount('tickets.get') === 1, 'the read-back to reach the sandbox');
    controller.abort();
    const error = await pending;
    const created = String(sandbox.state.ticketIds.at(-1));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ operation: 'tickets.create', code: 'ABORTED', retryable: false, maybeApplied: true });
    expect((error as Error).message).toContain(`ticket ${created} was created, but reading it back failed`);
    expect((error as Error).message).toContain(`Do not create it again: fetch it with tickets.get('${created}')`);
  });

  it('fails a create aborted while it loads the customer\'s contacts with NetworkError ABORTED, having written nothing', async () => {
    const { sandbox, gateway, routeCount } = heldAtera();
    const before = sandbox.state.ticketIds.length;
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.create({ title: 'Printer on fire', description: 'Smoke', customerId: String(sandbox.state.customerIds[0]) }, { signal: controller.signal }));
    await waitFor(() => routeCount('contacts.list') === 1, 'the contacts to be asked for');
    controller.abort();
    const error = await pending;
    expect(error).toMatchObject({ kind: 'network', code: 'ABORTED', maybeApplied: false });
    expect(sandbox.state.ticketIds).toHaveLength(before);
    expect(routeCount('tickets.create')).toBe(0);
  });

  it('fails a comment aborted while it is read back with NetworkError ABORTED saying the comment was added', async () => {
    const { sandbox, gateway, routeCount, releaseAfter } = heldAtera();
    const ticketId = sandbox.state.ticketIds[0] as number;
    const email = [...sandbox.state.tickets.values()].find((ticket) => ticket.TechnicianEmail)?.TechnicianEmail as string;
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.addComment(String(ticketId), { body: 'Rebooted the printer', authorEmail: email }, { signal: controller.signal }));
    await releaseAfter('tickets.addComment');
    await waitFor(() => routeCount('tickets.listComments') === 1, 'the comments to be listed');
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ operation: 'tickets.addComment', code: 'ABORTED', maybeApplied: true });
    expect((error as Error).message).toContain(`the comment was added to ticket ${ticketId}`);
    expect(ateraSandboxTicketComments(sandbox.state, ticketId).filter((comment) => comment.Comment === 'Rebooted the printer')).toHaveLength(1);
  });

  it('stops a list walk whose customer names are loading when the list\'s signal aborts, failing it typed', async () => {
    const { gateway, routeCount, releaseAfter, sandbox } = heldAtera();
    // One alert without its customer's name: the walk loads the names (held by the sandbox) to fill it in.
    const alert = { ...sandbox.state.alerts.get(sandbox.state.alertIds[0] as number), CustomerName: null };
    server.use(http.get(`${sandbox.baseUrl}/api/v3/alerts`, () => HttpResponse.json({ items: [alert], page: 1, itemsInPage: 1, totalItemCount: 1, totalPages: 1 })));
    const controller = new AbortController();
    const pending = failureOf(gateway.alerts.list({}, { signal: controller.signal }).toArray());
    await waitFor(() => routeCount('customers.list') === 1, 'the customer names to be asked for');
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'network', code: 'ABORTED', maybeApplied: false });
    const asked = sandbox.requestCount();
    await releaseAfter('customers.list');
    expect(sandbox.requestCount()).toBe(asked);
  });

  it('sends nothing for an update or a resolve whose signal is already aborted', async () => {
    const { sandbox, gateway } = heldAtera();
    const aborted = AbortSignal.abort();
    await expect(gateway.tickets.update(String(sandbox.state.ticketIds[0]), { title: 'Renamed' }, { signal: aborted })).rejects.toMatchObject({ code: 'ABORTED', maybeApplied: false });
    await expect(gateway.alerts.resolve(String(sandbox.state.alertIds[0]), { signal: aborted })).rejects.toMatchObject({ code: 'ABORTED', maybeApplied: false });
    expect(sandbox.requestCount()).toBe(0);
  });
});
