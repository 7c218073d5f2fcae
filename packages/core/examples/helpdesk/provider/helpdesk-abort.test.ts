import { NetworkError, createGateway } from '@psagate/core';
import { FakeClock, useMswServer, waitFor } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createHelpdeskSandbox } from '../sandbox/helpdesk-sandbox';
import { helpdeskProvider } from './helpdesk-provider';

const server = useMswServer();

/** A sandbox that holds every answer for a second of its own (manual) clock, and a gateway over it. */
function heldSandbox() {
  const sandboxClock = new FakeClock({ autoAdvance: false });
  const sandbox = createHelpdeskSandbox({ latencyMs: 1_000, clock: sandboxClock });
  server.use(...sandbox.handlers);
  const gateway = createGateway({ provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl }, { providers: [helpdeskProvider] });
  return { sandbox, sandboxClock, gateway };
}

describe('helpdesk operations aborted by their caller', () => {
  it('fails a get aborted while its answer is held with NetworkError ABORTED, not applied', async () => {
    const { sandbox, gateway } = heldSandbox();
    const controller = new AbortController();
    const pending = gateway.tickets.get('1000', { signal: controller.signal }).catch((error: unknown) => error);
    await waitFor(() => sandbox.requestCount() === 1, 'the request to reach the sandbox');
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ provider: 'helpdesk', code: 'ABORTED', retryable: false, maybeApplied: false });
    expect(sandbox.requestCount()).toBe(1);
  });

  it('fails a create aborted after the sandbox applied it with NetworkError ABORTED that says it may have been applied', async () => {
    const { sandbox, gateway } = heldSandbox();
    const before = sandbox.state.tickets.length;
    const controller = new AbortController();
    const pending = gateway.tickets.create({ title: 'Printer offline' }, { signal: controller.signal }).catch((error: unknown) => error);
    await waitFor(() => sandbox.stats().writesApplied === 1, 'the sandbox to apply the write');
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ABORTED', retryable: false, maybeApplied: true });
    expect((error as Error).message).toMatch(/may have been applied: check before sending it again/);
    // It was: the ticket is there, created once.
    expect(sandbox.state.tickets.length).toBe(before + 1);
    expect(sandbox.requestCount()).toBe(1);
  });

  it('sends nothing for a get or a write whose signal is already aborted', async () => {
    const { sandbox, gateway } = heldSandbox();
    const aborted = AbortSignal.abort();
    await expect(gateway.tickets.get('1000', { signal: aborted })).rejects.toMatchObject({ code: 'ABORTED', maybeApplied: false });
    await expect(gateway.tickets.update('1000', { status: 'resolved' }, { signal: aborted })).rejects.toMatchObject({ code: 'ABORTED', maybeApplied: false });
    await expect(gateway.alerts.resolve('1', { signal: aborted })).rejects.toMatchObject({ code: 'ABORTED', maybeApplied: false });
    expect(sandbox.requestCount()).toBe(0);
  });

  it('answers as usual once the held answer is released before any abort', async () => {
    const { sandbox, sandboxClock, gateway } = heldSandbox();
    const pending = gateway.tickets.get('1000', { signal: new AbortController().signal });
    await waitFor(() => sandbox.requestCount() === 1, 'the request to reach the sandbox');
    await sandboxClock.advance(1_000);
    expect((await pending).id).toBe('1000');
  });
});
