import { ConfigError, isPsaError } from '@psagate/core';
import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createAteraClient } from '../client/atera-client';
import { type AteraSandbox, createAteraSandbox } from './atera-sandbox';

describe('createAteraSandbox with its seeded state', () => {
  const server = useMswServer();
  const use = (next: AteraSandbox): AteraSandbox => {
    server.use(...next.handlers);
    return next;
  };

  it('lets the native client walk every agent, page by page', async () => {
    const atera = use(createAteraSandbox({ size: { agents: 120 } }));
    const client = createAteraClient({ apiKey: atera.apiKey });
    const agents = await client.agents.list().toArray();
    expect(agents.map((agent) => agent.AgentID)).toEqual(atera.state.agentIds);
    expect(atera.requests.every((entry) => entry.operationId === 'agents.list' && entry.status === 200)).toBe(true);
  });

  it('serves a client holding the legacy key (sent as X-API-KEY)', async () => {
    const atera = use(createAteraSandbox());
    const account = await createAteraClient({ apiKey: atera.legacyApiKey }).account.get();
    expect(account).toBeDefined();
    expect(atera.requests[0]).toMatchObject({ operationId: 'account.get', status: 200 });
  });

  it('applies a ticket created over a dropped connection once: the client does not replay the POST', async () => {
    const atera = use(createAteraSandbox());
    const before = atera.state.ticketIds.length;
    atera.injectFault('drop-after-write', { route: 'tickets.create' });
    const client = createAteraClient({ apiKey: atera.apiKey });
    const failure = await client.tickets.create({ body: { TicketTitle: 'Printer on fire', Description: 'Smoke', EndUserID: atera.state.contactIds[0] ?? null } }).catch((error: unknown) => error);
    expect(isPsaError(failure) && failure.maybeApplied).toBe(true);
    expect(atera.state.ticketIds.length).toBe(before + 1);
    expect(atera.stats().byRoute['tickets.create']).toBe(1);
  });

  it('is the same sandbox for the same seed, keys included', () => {
    const one = createAteraSandbox({ seed: 3 });
    const two = createAteraSandbox({ seed: 3 });
    expect(two.apiKey).toBe(one.apiKey);
    expect(two.state.agentIds).toEqual(one.state.agentIds);
    expect(two.state.agents.get(two.state.agentIds[0] as number)).toEqual(one.state.agents.get(one.state.agentIds[0] as number));
  });

  it('refuses sizes that cannot work with a ConfigError', () => {
    expect(() => createAteraSandbox({ size: { agents: -1 } })).toThrow(ConfigError);
  });
});
