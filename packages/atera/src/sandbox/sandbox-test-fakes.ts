import type { StateOperationHandlers } from './atera-http-layer';
import type { SandboxRecordList } from './operation-handler';
import { type AteraSandboxHttpOptions, type AteraSandboxOf, assembleAteraSandbox } from './sandbox-assembly';

/** A tiny stand-in for the real state, so the HTTP layer is tested on its own. */
export interface FakeState {
  readonly agents: { AgentID: number; MachineName: string }[];
  readonly tickets: { TicketID: number; TicketTitle: string }[];
  /** Every `slice` the layer asked of a list, to prove it reads one page at a time. */
  readonly slices: [number, number][];
}

function listOf<T>(state: FakeState, records: readonly T[]): SandboxRecordList {
  return {
    total: records.length,
    slice: (start, end) => {
      state.slices.push([start, end]);
      return records.slice(start, end);
    },
  };
}

export const fakeHandlers: StateOperationHandlers<FakeState> = {
  'agents.list': (_request, state) => ({ kind: 'page', list: listOf(state, state.agents) }),
  'agents.get': (request, state) => {
    const agent = state.agents.find((candidate) => candidate.AgentID === Number(request.pathParams.agentId));
    return agent ? { kind: 'json', status: 200, body: agent } : { kind: 'error', status: 404, message: `Agent ${request.pathParams.agentId} was not found.` };
  },
  'agents.delete': (request, state) => {
    const index = state.agents.findIndex((candidate) => candidate.AgentID === Number(request.pathParams.agentId));
    if (index < 0) return { kind: 'error', status: 404, message: 'Agent not found.' };
    state.agents.splice(index, 1);
    return { kind: 'empty', status: 204 };
  },
  'tickets.list': (request, state) => ({
    kind: 'page',
    list: listOf(state, state.tickets.filter((ticket) => !request.query.has('title') || ticket.TicketTitle === request.query.get('title'))),
  }),
  'tickets.create': (request, state) => {
    const body = request.body as { TicketTitle?: unknown } | undefined;
    if (typeof body?.TicketTitle !== 'string') return { kind: 'error', status: 400, message: 'TicketTitle is required.' };
    const ticket = { TicketID: 1_000 + state.tickets.length, TicketTitle: body.TicketTitle };
    state.tickets.push(ticket);
    return { kind: 'json', status: 201, body: { ActionID: ticket.TicketID } };
  },
  'account.get': () => {
    throw new Error('state exploded');
  },
};

export function fakeState(agents = 3): FakeState {
  return {
    agents: Array.from({ length: agents }, (_, index) => ({ AgentID: index + 1, MachineName: `PC-${index + 1}` })),
    tickets: [],
    slices: [],
  };
}

export function fakeSandbox(options: AteraSandboxHttpOptions = {}, state = fakeState()): AteraSandboxOf<FakeState> {
  return assembleAteraSandbox(options, state, fakeHandlers);
}
