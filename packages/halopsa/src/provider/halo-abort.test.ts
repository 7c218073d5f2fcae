import { NetworkError, createGateway } from '@psagate/core';
import { mswHandlersFor } from '@psagate/core/sandbox-kit';
import { holdRequests, useMswServer, waitFor } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createHaloSandbox } from '../sandbox';
import { haloProvider } from './halo-provider';

const server = useMswServer();

/** A HaloPSA sandbox whose requests to `path` (with `method`) wait at a gate until released. */
function haloHolding(method: string, path: RegExp) {
  const sandbox = createHaloSandbox();
  const gate = holdRequests(sandbox.handle, (request) => request.method === method && path.test(new URL(request.url).pathname));
  server.resetHandlers(...mswHandlersFor(sandbox.baseUrl, gate.handler));
  const gateway = createGateway({ ...sandbox.gatewayConfig(), retry: { maxAttempts: 1 } }, { providers: [haloProvider] });
  const routeCount = (route: string): number => sandbox.stats().byRoute[route] ?? 0;
  return { sandbox, gate, gateway, routeCount };
}

const failureOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => new Error('expected the call to fail'), (error: unknown) => error);

describe('HaloPSA operations aborted by their caller', () => {
  it('fails a get aborted while its request is out with NetworkError ABORTED, not applied', async () => {
    const { sandbox, gate, gateway } = haloHolding('GET', /^\/api\/Tickets\/\d+$/);
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.get(String(sandbox.state.tickets[0]?.id), { signal: controller.signal }));
    await waitFor(() => gate.held() === 1, 'the get to go out');
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ provider: 'halopsa', method: 'GET', code: 'ABORTED', retryable: false, maybeApplied: false });
  });

  it('fails a create aborted while its POST is out with NetworkError ABORTED that says it may have been applied, which it then is', async () => {
    const { sandbox, gate, gateway } = haloHolding('POST', /^\/api\/Tickets$/);
    const before = sandbox.state.tickets.length;
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.create({ title: 'Printer offline', priority: 'high' }, { signal: controller.signal }));
    await waitFor(() => gate.held() === 1, 'the POST to go out');
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: 'POST', code: 'ABORTED', retryable: false, maybeApplied: true });
    expect((error as Error).message).toMatch(/may have been applied: check before sending it again/);
    // The request was on its way: the PSA still gets it, and applies it.
    gate.release();
    await waitFor(() => sandbox.state.tickets.length === before + 1, 'the sandbox to apply the create');
  });

  it('fails a create aborted while the reference lists load with NetworkError ABORTED, having sent no write', async () => {
    const { gate, gateway, routeCount } = haloHolding('GET', /^\/api\/Status$/);
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.create({ title: 'Printer offline', status: 'open' }, { signal: controller.signal }));
    await waitFor(() => gate.held() === 1, 'the statuses to be asked for');
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'network', code: 'ABORTED', maybeApplied: false });
    gate.release();
    expect(routeCount('tickets.save')).toBe(0);
  });

  it('fails a resolve aborted while it reads the alert with NetworkError ABORTED, having written nothing', async () => {
    const { sandbox, gate, gateway, routeCount } = haloHolding('GET', /^\/api\/Tickets\/\d+$/);
    const alert = sandbox.state.tickets.find((ticket) => ticket.tickettype_id === sandbox.alertTicketTypeId && ticket.hasbeenclosed === false);
    const controller = new AbortController();
    const pending = failureOf(gateway.alerts.resolve(String(alert?.id), { signal: controller.signal }));
    await waitFor(() => gate.held() === 1, 'the alert to be read');
    controller.abort();
    expect(await pending).toMatchObject({ code: 'ABORTED', maybeApplied: false });
    expect(routeCount('tickets.save')).toBe(0);
  });

  it('sends nothing for a write whose signal is already aborted, not even the token request', async () => {
    const { sandbox, gateway } = haloHolding('NONE', /^$/);
    const aborted = AbortSignal.abort();
    await expect(gateway.tickets.create({ title: 'x' }, { signal: aborted })).rejects.toMatchObject({ code: 'ABORTED', maybeApplied: false });
    await expect(gateway.tickets.addComment(String(sandbox.state.tickets[0]?.id), { body: 'x' }, { signal: aborted })).rejects.toMatchObject({ code: 'ABORTED' });
    expect(sandbox.requestCount()).toBe(0);
  });
});
