import { NetworkError, createGateway } from '@psagate/core';
import { mswHandlersFor } from '@psagate/core/sandbox-kit';
import { holdRequests, useMswServer, waitFor } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createAutomateSandbox } from '../sandbox/automate-sandbox';
import { automateProvider } from './automate-provider';

const server = useMswServer();

/** An Automate sandbox whose requests to `path` (with `method`) wait at a gate until released. */
function automateHolding(method: string, path: RegExp) {
  const sandbox = createAutomateSandbox();
  const gate = holdRequests(sandbox.handle, (request) => request.method === method && path.test(new URL(request.url).pathname));
  server.resetHandlers(...mswHandlersFor(`${sandbox.baseUrl}/cwa/api`, gate.handler));
  const gateway = createGateway({ ...sandbox.gatewayConfig(), retry: { maxAttempts: 1 } }, { providers: [automateProvider] });
  return { sandbox, gate, gateway };
}

const failureOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => new Error('expected the call to fail'), (error: unknown) => error);

describe('ConnectWise Automate operations aborted by their caller', () => {
  it('fails a get aborted while its request is out with NetworkError ABORTED, not applied', async () => {
    const { gate, gateway } = automateHolding('GET', /\/v1\/Computers\/\d+$/);
    const controller = new AbortController();
    const pending = failureOf(gateway.devices.get('100', { signal: controller.signal }));
    await waitFor(() => gate.held() === 1, 'the get to go out');
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ provider: 'automate', method: 'GET', code: 'ABORTED', retryable: false, maybeApplied: false });
  });

  it('fails a ticket\'s comments walk aborted while the ticket is read with NetworkError ABORTED', async () => {
    const { sandbox, gate, gateway } = automateHolding('GET', /\/v1\/Tickets\/\d+$/);
    const ticketId = (sandbox.state.tickets[0] as { TicketId: number }).TicketId;
    const controller = new AbortController();
    const pending = failureOf(gateway.tickets.listComments(String(ticketId), { signal: controller.signal }).toArray());
    await waitFor(() => gate.held() === 1, 'the ticket to be read');
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'network', code: 'ABORTED', method: 'GET', maybeApplied: false });
  });

  // Automate's neutral API writes nothing (see its capabilities): its native writes take the same options.
  it('fails a native write aborted while it is out with NetworkError ABORTED that says it may have been applied, which it then is', async () => {
    const { sandbox, gate, gateway } = automateHolding('POST', /\/v1\/Computers\/\d+\/ScheduledScripts$/);
    const controller = new AbortController();
    const pending = failureOf(gateway.native.computers.scheduleScript({ computerId: 100, body: { ScriptId: 700 } }, { signal: controller.signal }));
    await waitFor(() => gate.held() === 1, 'the POST to go out');
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'network', method: 'POST', code: 'ABORTED', retryable: false, maybeApplied: true });
    gate.release();
    await waitFor(() => sandbox.state.scheduledScripts.length === 1, 'the sandbox to schedule the script');
  });

  it('sends nothing for a get or a list whose signal is already aborted, not even the login', async () => {
    const { sandbox, gateway } = automateHolding('NONE', /^$/);
    const aborted = AbortSignal.abort();
    await expect(gateway.tickets.get('1', { signal: aborted })).rejects.toMatchObject({ code: 'ABORTED', maybeApplied: false });
    await expect(gateway.devices.list({}, { signal: aborted }).first()).rejects.toMatchObject({ code: 'ABORTED' });
    expect(sandbox.requestCount()).toBe(0);
  });
});
