import { describe, expect, it } from 'vitest';
import type { AgentRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call, listAll } from './handler-test-kit';

describe('agent handlers', () => {
  it('gets an agent by AgentID and answers 404 naming the agent for an unknown one', () => {
    const state = createSandboxState({ seed: 1 });
    const agentId = state.agentIds[5] ?? 0;
    expect(bodyOf<AgentRecord>(call(state, 'agents.get', { path: { agentId } })).AgentID).toBe(agentId);
    const missing = call(state, 'agents.get', { path: { agentId: 1 } });
    expect(missing).toMatchObject({ kind: 'error', status: 404 });
    expect(missing.kind === 'error' && missing.message).toMatch(/No agent with id 1/);
  });

  it('lists a customer\'s agents only, and 404s for an unknown customer', () => {
    const state = createSandboxState({ seed: 1 });
    const customerId = state.customerIds[2] ?? 0;
    const agents = listAll<AgentRecord>(call(state, 'agents.listByCustomer', { path: { customerId } }));
    expect(agents.length).toBe(5);
    for (const agent of agents) expect(agent.CustomerID).toBe(customerId);
    expect(call(state, 'agents.listByCustomer', { path: { customerId: 99_999 } })).toMatchObject({ kind: 'error', status: 404 });
  });

  it('finds agents by machine name without regard to case', () => {
    const state = createSandboxState({ seed: 1 });
    const agent = state.agents.get(state.agentIds[7] ?? 0);
    const found = listAll<AgentRecord>(call(state, 'agents.listByMachineName', { path: { machineName: (agent?.MachineName ?? '').toLowerCase() } }));
    expect(found.map((candidate) => candidate.AgentID)).toEqual([agent?.AgentID]);
    expect(listAll(call(state, 'agents.listByMachineName', { path: { machineName: 'NO-SUCH-HOST' } }))).toEqual([]);
  });

  it('deletes an agent: 204, then 404 and gone from every list', () => {
    const state = createSandboxState({ seed: 1 });
    const agentId = state.agentIds[0] ?? 0;
    const customerId = state.agents.get(agentId)?.CustomerID ?? 0;
    expect(call(state, 'agents.delete', { path: { agentId } })).toEqual({ kind: 'empty', status: 204 });
    expect(call(state, 'agents.get', { path: { agentId } })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'agents.delete', { path: { agentId } })).toMatchObject({ kind: 'error', status: 404 });
    expect(listAll<AgentRecord>(call(state, 'agents.list')).some((agent) => agent.AgentID === agentId)).toBe(false);
    expect(listAll<AgentRecord>(call(state, 'agents.listByCustomer', { path: { customerId } })).some((agent) => agent.AgentID === agentId)).toBe(false);
  });

  it('serves patches by DeviceGuid and 404s for a GUID no agent has', () => {
    const state = createSandboxState({ seed: 1 });
    const agent = [...state.agents.values()].find((candidate) => candidate.OS?.includes('Windows'));
    const installed = bodyOf<{ deviceGuid: string; installedUpdates: { kbId: string }[] }>(call(state, 'agents.getInstalledPatches', { path: { deviceGuid: agent?.DeviceGuid ?? '' } }));
    expect(installed.deviceGuid).toBe(agent?.DeviceGuid);
    expect(installed.installedUpdates.length).toBeGreaterThan(0);
    const available = bodyOf<{ availableUpdates: { kbId: string }[] }>(call(state, 'agents.getAvailablePatches', { path: { deviceGuid: (agent?.DeviceGuid ?? '').toUpperCase() } }));
    const installedIds = new Set(installed.installedUpdates.map((update) => update.kbId));
    for (const update of available.availableUpdates) expect(installedIds.has(update.kbId)).toBe(false);
    const unknown = call(state, 'agents.getInstalledPatches', { path: { deviceGuid: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' } });
    expect(unknown).toMatchObject({ kind: 'error', status: 404 });
    expect(unknown.kind === 'error' && unknown.message).toMatch(/DeviceGuid/);
  });

  it('answers lists over 100,000 agents quickly, making only the records of the page read', () => {
    const state = createSandboxState({ seed: 2, size: { agents: 100_000 } });
    const started = performance.now();
    const result = call(state, 'agents.listByCustomer', { path: { customerId: state.customerIds[0] ?? 0 } });
    expect(result.kind === 'page' && result.list.total).toBe(8_334);
    const firstPage = result.kind === 'page' ? (result.list.slice(0, 50) as AgentRecord[]) : [];
    expect(firstPage).toHaveLength(50);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
