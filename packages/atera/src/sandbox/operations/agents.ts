import type { SandboxOperationRequest } from '../operation-handler';
import type { AgentRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import { makeAvailablePatches, makeInstalledPatches, seededAgentIndexOfGuid, seededMachineName } from '../state/seed-agents';
import { FIRST_SEEDED_ID } from '../state/seed-ids';
import type { GroupHandlers } from './group-handlers';
import { idsOwnedBy } from './ownership';
import { pathId, pathText } from './request-values';
import { failure, idsPage, json, noContent, notFound, tablePage } from './results';

/** The live agent a DeviceGuid names (patch routes and alerts address agents by it). */
export function agentByGuid(store: SandboxStore, guid: string): AgentRecord | undefined {
  const index = seededAgentIndexOfGuid(store, guid);
  if (index !== undefined) {
    const agent = store.agents.get(FIRST_SEEDED_ID.agents + index);
    if (agent !== undefined && agent.DeviceGuid?.toLowerCase() === guid.toLowerCase()) return agent;
  }
  return undefined;
}

function guidAgent(request: SandboxOperationRequest, store: SandboxStore): AgentRecord | undefined {
  return agentByGuid(store, pathText(request, 'deviceGuid'));
}

const unknownGuid = (guid: string) =>
  failure(404, `No agent with DeviceGuid ${guid} was found. Patch routes take the agent's DeviceGuid (from GET /api/v3/agents), not its AgentID.`);

export const agentHandlers: GroupHandlers<'agents'> = {
  'agents.list': (_request, state) => tablePage(sandboxStoreOf(state).agents),

  'agents.listByCustomer': (request, state) => {
    const store = sandboxStoreOf(state);
    const customerId = pathId(request, 'customerId');
    if (!store.customers.has(customerId)) return notFound('customer', customerId, 'GET /api/v3/customers');
    // A scan of ids: seeded agents answer their customer from their position, so 100,000 cost little.
    return idsPage(store.agents, idsOwnedBy(store, store.agents, customerId, (agent) => agent.CustomerID));
  },

  'agents.get': (request, state) => {
    const agentId = pathId(request, 'agentId');
    const agent = sandboxStoreOf(state).agents.get(agentId);
    return agent === undefined ? notFound('agent', agentId, 'GET /api/v3/agents') : json(agent);
  },

  'agents.delete': (request, state) => {
    const store = sandboxStoreOf(state);
    const agentId = pathId(request, 'agentId');
    return store.agents.delete(agentId) ? noContent : notFound('agent', agentId, 'GET /api/v3/agents');
  },

  'agents.listByMachineName': (request, state) => {
    const store = sandboxStoreOf(state);
    const wanted = pathText(request, 'machineName').trim().toLowerCase();
    const ids = store.agents.idsWhere((agentId) => {
      const index = store.agents.seededIndexOf(agentId);
      const name = index === undefined ? store.agents.get(agentId)?.MachineName : seededMachineName(store, index);
      return name?.toLowerCase() === wanted;
    });
    return idsPage(store.agents, ids);
  },

  'agents.getInstalledPatches': (request, state) => {
    const store = sandboxStoreOf(state);
    const agent = guidAgent(request, store);
    return agent === undefined ? unknownGuid(pathText(request, 'deviceGuid')) : json(makeInstalledPatches(store, agent));
  },

  'agents.getAvailablePatches': (request, state) => {
    const store = sandboxStoreOf(state);
    const agent = guidAgent(request, store);
    return agent === undefined ? unknownGuid(pathText(request, 'deviceGuid')) : json(makeAvailablePatches(store, agent));
  },
};
