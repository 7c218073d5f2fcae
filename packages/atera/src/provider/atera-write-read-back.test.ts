import { NetworkError, PermissionError, ServerError, createGateway, isPsaError } from '@psagate/core';
import { http, HttpResponse } from 'msw';
import { useMswServer } from '@psagate/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AteraSandbox, ateraSandboxTicketComments, createAteraSandbox } from '../sandbox/index';
import { appliedWriteError } from './applied-write-error';
import { ateraProvider } from './atera-provider';

/**
 * Writes are answered by reading the record back. When the write went through and only the read
 * fails, the error must say the write was applied, and invite a retry only when repeating it is harmless.
 */
const server = useMswServer();

let sandbox: AteraSandbox;
beforeEach(() => {
  sandbox = createAteraSandbox();
  server.resetHandlers(...sandbox.handlers);
});

const gateway = () => createGateway({ ...sandbox.gatewayConfig(), retry: { maxAttempts: 1 } }, { providers: [ateraProvider] });
const failureOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'resolved', (error: unknown) => error);
const technicianEmail = (): string => [...sandbox.state.tickets.values()].find((ticket) => ticket.TechnicianEmail)?.TechnicianEmail as string;

describe('Atera writes whose read-back fails', () => {
  it('report a created ticket as created, not to be created again', async () => {
    const before = sandbox.state.ticketIds.length;
    sandbox.injectFault('500', { route: 'tickets.get', count: 10 });
    const failure = await failureOf(gateway().tickets.create({ title: 'Printer on fire', description: 'Smoke', customerId: String(sandbox.state.customerIds[0]) }));

    expect(sandbox.state.ticketIds).toHaveLength(before + 1);
    const newId = String(sandbox.state.ticketIds.at(-1));
    expect(failure).toBeInstanceOf(ServerError);
    expect(failure).toMatchObject({ code: 'READ_BACK_FAILED', operation: 'tickets.create', retryable: false, maybeApplied: true, status: 500 });
    expect((failure as Error).message).toContain(`ticket ${newId} was created`);
    expect((failure as Error).message).toContain(`Do not create it again: fetch it with tickets.get('${newId}')`);
    expect(sandbox.stats().byRoute['tickets.create']).toBe(1);
  });

  it('describe a comment from what was sent when listing comments fails for a passing reason', async () => {
    const ticketId = sandbox.state.ticketIds[0] as number;
    const before = ateraSandboxTicketComments(sandbox.state, ticketId).length;
    sandbox.injectFault('500', { route: 'tickets.listComments', count: 10 });
    const comment = await gateway().tickets.addComment(String(ticketId), { body: 'Rebooted the printer', isInternal: true, authorEmail: technicianEmail() });

    expect(comment).toMatchObject({ ticketId: String(ticketId), body: 'Rebooted the printer', isInternal: true });
    expect(ateraSandboxTicketComments(sandbox.state, ticketId)).toHaveLength(before + 1);
  });

  it('report a comment as added, not to be added again, when listing comments is refused', async () => {
    const ticketId = sandbox.state.ticketIds[0] as number;
    server.use(http.get(`${sandbox.baseUrl}/api/v3/tickets/:ticketId/comments`, () => HttpResponse.json({ Message: 'Forbidden' }, { status: 403 })));
    const failure = await failureOf(gateway().tickets.addComment(String(ticketId), { body: 'Rebooted the printer', isInternal: false, authorEmail: technicianEmail() }));

    expect(failure).toBeInstanceOf(PermissionError);
    expect(failure).toMatchObject({ code: 'READ_BACK_FAILED', operation: 'tickets.addComment', retryable: false, maybeApplied: true });
    expect((failure as Error).message).toContain(`the comment was added to ticket ${ticketId}`);
    expect(ateraSandboxTicketComments(sandbox.state, ticketId).filter((comment) => comment.Comment === 'Rebooted the printer')).toHaveLength(1);
  });

  it('report an update as applied, and still safe to retry', async () => {
    const ticketId = sandbox.state.ticketIds[0] as number;
    sandbox.injectFault('503', { route: 'tickets.get', count: 10 });
    const failure = await failureOf(gateway().tickets.update(String(ticketId), { title: 'Renamed' }));

    expect(sandbox.state.tickets.get(ticketId)?.TicketTitle).toBe('Renamed');
    expect(failure).toBeInstanceOf(ServerError);
    expect(failure).toMatchObject({ code: 'READ_BACK_FAILED', operation: 'tickets.update', retryable: true, maybeApplied: true });
    expect((failure as Error).message).toContain(`ticket ${ticketId} was updated`);
  });

  it('report a resolved alert as resolved, and still safe to retry', async () => {
    const alertId = sandbox.state.alertIds.find((id) => sandbox.state.alerts.get(id)?.Archived !== true) as number;
    sandbox.injectFault('500', { route: 'alerts.get', count: 10 });
    const failure = await failureOf(gateway().alerts.resolve(String(alertId)));

    expect(sandbox.state.alerts.get(alertId)?.Archived).toBe(true);
    expect(failure).toMatchObject({ kind: 'server', code: 'READ_BACK_FAILED', operation: 'alerts.resolve', retryable: true, maybeApplied: true });
    expect((failure as Error).message).toContain(`alert ${alertId} was resolved`);
  });
});

describe('appliedWriteError', () => {
  const create = { operation: 'tickets.create', applied: 'ticket 5 was created', instead: "Do not create it again: fetch it with tickets.get('5').", repeatable: false };

  it('keeps the kind, request context and cause of the failed read', () => {
    const read = new NetworkError('atera GET /api/v3/tickets/{ticketId} failed: socket hang up.', { provider: 'atera', method: 'GET', path: '/api/v3/tickets/{ticketId}', retryable: true });
    const error = appliedWriteError(read, create);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: 'GET', path: '/api/v3/tickets/{ticketId}', retryable: false, maybeApplied: true, cause: read });
    expect(error.message).toBe(
      "atera tickets.create: ticket 5 was created, but reading it back failed: atera GET /api/v3/tickets/{ticketId} failed: socket hang up. Do not create it again: fetch it with tickets.get('5').",
    );
  });

  it('fails a read-back the caller aborted as NetworkError ABORTED, whether the abort came typed or bare', () => {
    const typed = new NetworkError('atera GET /api/v3/tickets/{ticketId} failed: the request was aborted by the caller.', { code: 'ABORTED' });
    expect(appliedWriteError(typed, create)).toMatchObject({ kind: 'network', code: 'ABORTED', retryable: false, maybeApplied: true, cause: typed });
    const bare = appliedWriteError(new DOMException('This operation was aborted', 'AbortError'), create, AbortSignal.abort());
    expect(bare).toBeInstanceOf(NetworkError);
    expect(bare).toMatchObject({ code: 'ABORTED', retryable: false, maybeApplied: true });
    expect(bare.message).toBe("atera tickets.create: ticket 5 was created, but reading it back failed: the caller aborted it. Do not create it again: fetch it with tickets.get('5').");
  });

  it('turns a failure that is not a PsaError into a typed one, not retryable', () => {
    const error = appliedWriteError(new TypeError('x is undefined'), { ...create, repeatable: true });
    expect(isPsaError(error, 'response_shape')).toBe(true);
    expect(error).toMatchObject({ retryable: false, maybeApplied: true, code: 'READ_BACK_FAILED' });
    expect(error.message).toContain('TypeError while reading it back');
  });
});

describe('Atera writes refused with 429', () => {
  it('are sent again after the wait, and applied once', async () => {
    const refusing = createAteraSandbox({ faults: { rate: 0, burstRetryAfterMs: 10 } });
    server.resetHandlers(...refusing.handlers);
    const before = refusing.state.ticketIds.length;
    refusing.injectFault('rate-limit-burst', { route: 'tickets.create' });
    const created = await createGateway(refusing.gatewayConfig(), { providers: [ateraProvider] }).tickets.create({
      title: 'Printer on fire',
      description: 'Smoke',
      customerId: String(refusing.state.customerIds[0]),
    });

    expect(refusing.stats().byRoute['tickets.create']).toBe(2);
    expect(refusing.state.ticketIds).toHaveLength(before + 1);
    expect(created.id).toBe(String(refusing.state.ticketIds.at(-1)));
  });
});
