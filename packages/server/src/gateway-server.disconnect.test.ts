import { request as httpRequest } from 'node:http';
import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import { type Gateway, type PsaError, createGateway } from '@psagate/core';
import { FakeClock, waitFor } from '@psagate/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { CALLER_TOKEN, type Harness, serveGateway } from './server-harness.test-helpers';

/**
 * Callers that hang up: the server must cancel the PSA calls it started for them. The Atera sandbox
 * runs on loopback and holds every answer until its own clock is advanced, so a caller can hang
 * up while the gateway's request is at the PSA; the gateway's `error` events show that request
 * ending as aborted.
 */
let open: { harness: Harness; psa: { close(): Promise<void> } } | undefined;
afterEach(async () => {
  await open?.harness.close();
  open = undefined;
});

async function heldAteraBehindServer() {
  const sandboxClock = new FakeClock({ autoAdvance: false });
  const sandbox = createAteraSandbox({ seed: 7, latencyMs: 1_000, clock: sandboxClock });
  const psa = await sandbox.listen({ port: 0 });
  const gateway = createGateway({ ...sandbox.gatewayConfig(psa.url), retry: { maxAttempts: 1 } }, { providers: [ateraProvider] }) as Gateway;
  const errors: PsaError[] = [];
  gateway.events.on('error', (event) => errors.push(event.error));
  const harness = await serveGateway(gateway, {}, () => psa.close());
  open = { harness, psa };
  const routeCount = (route: string): number => sandbox.stats().byRoute[route] ?? 0;
  return { sandbox, sandboxClock, harness, errors, routeCount };
}

/** Sends a request over a socket of its own, which `hangUp()` destroys before the answer comes. */
function rawRequest(url: string, method: string, path: string, body?: unknown) {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const request = httpRequest(`${url}${path}`, {
    method,
    agent: false,
    headers: { authorization: `Bearer ${CALLER_TOKEN}`, ...(text === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }) },
  });
  const answered = new Promise<number>((resolve, reject) => {
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
  answered.catch(() => undefined);
  request.end(text);
  return { answered, hangUp: () => request.destroy() };
}

const lineOf = (harness: Harness, message: string): Record<string, unknown> | undefined =>
  harness.logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === message);

describe('a caller that hangs up before the answer', () => {
  it('cancels the PSA request of a get', async () => {
    const { sandbox, harness, errors, routeCount } = await heldAteraBehindServer();
    const ticketId = sandbox.state.ticketIds[0] as number;
    const caller = rawRequest(harness.url, 'GET', `/v1/tickets/${ticketId}`);
    await waitFor(() => routeCount('tickets.get') === 1, 'the PSA request to be under way');
    caller.hangUp();
    await waitFor(() => errors.length === 1, 'the PSA request to end');
    expect(errors[0]).toMatchObject({ kind: 'network', code: 'ABORTED', method: 'GET', path: '/api/v3/tickets/{ticketId}', maybeApplied: false });
    await waitFor(() => lineOf(harness, 'request') !== undefined, 'the request to be logged');
    expect(lineOf(harness, 'request')).toMatchObject({ status: 499, route: '/v1/tickets/{id}' });
    expect(lineOf(harness, 'request failed')).toBeUndefined();
  });

  it('cancels the PSA request of a write whose body was read, saying in the log that it may have been applied', async () => {
    const { sandbox, harness, errors } = await heldAteraBehindServer();
    const caller = rawRequest(harness.url, 'POST', '/v1/tickets', { title: 'Printer offline', description: 'Floor 2', contact: { id: String(sandbox.state.contactIds[0]) } });
    await waitFor(() => sandbox.stats().writesApplied === 1, 'the PSA to apply the create');
    caller.hangUp();
    await waitFor(() => errors.length === 1, 'the PSA request to end');
    expect(errors[0]).toMatchObject({ code: 'ABORTED', method: 'POST', maybeApplied: true });
    await waitFor(() => lineOf(harness, 'caller hung up; its PSA calls were aborted') !== undefined, 'the hang-up to be logged');
    expect(lineOf(harness, 'caller hung up; its PSA calls were aborted')).toMatchObject({ method: 'POST', route: '/v1/tickets', maybeApplied: true });
  });

  it('cancels the page request of a cursor-paged list walk', async () => {
    const { harness, errors, routeCount } = await heldAteraBehindServer();
    const caller = rawRequest(harness.url, 'GET', '/v1/tickets?limit=5');
    await waitFor(() => routeCount('tickets.list') === 1, 'the page request to be under way');
    caller.hangUp();
    await waitFor(() => errors.length === 1, 'the page request to end');
    expect(errors[0]).toMatchObject({ code: 'ABORTED', method: 'GET', path: '/api/v3/tickets' });
  });

  it('does not cancel a write whose caller is still waiting once its body has been read', async () => {
    const { sandbox, sandboxClock, harness, errors } = await heldAteraBehindServer();
    const caller = rawRequest(harness.url, 'POST', '/v1/tickets', { title: 'Printer offline', description: 'Floor 2', contact: { id: String(sandbox.state.contactIds[0]) } });
    await waitFor(() => sandbox.stats().writesApplied === 1, 'the PSA to apply the create');
    // The create's answer, then its read-back's.
    await sandboxClock.advance(1_000);
    await waitFor(() => (sandbox.stats().byRoute['tickets.get'] ?? 0) === 1, 'the read-back to be under way');
    await sandboxClock.advance(1_000);
    expect(await caller.answered).toBe(201);
    expect(errors).toEqual([]);
  });
});
