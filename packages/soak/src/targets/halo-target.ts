import { haloProvider } from '@psagate/halopsa';
import { createHaloSandbox, SANDBOX_STATUS, SANDBOX_TICKET_TYPE } from '@psagate/halopsa/sandbox';
import type { SoakResource, SoakSession, SoakTarget } from '../soak-target';

/** HaloPSA: alerts are the tickets of the alert ticket type; every write. */
export const haloSoakTarget: SoakTarget = {
  name: 'halopsa',
  provider: haloProvider,
  start(settings): SoakSession {
    const sandbox = createHaloSandbox({ seed: settings.seed, faults: settings.faults, rateLimit: settings.rateLimit, recordRequests: false });
    const { state } = sandbox;
    const alerts = () => state.tickets.filter((ticket) => ticket.tickettype_id === SANDBOX_TICKET_TYPE.alert);
    const ticketIds = (): string[] => state.tickets.map((ticket) => String(ticket.id));
    const expected: Record<SoakResource, () => string[]> = {
      tickets: ticketIds,
      alerts: () => alerts().map((ticket) => String(ticket.id)),
      devices: () => state.assets.map((asset) => String(asset.id)),
      customers: () => state.clients.map((client) => String(client.id)),
    };
    // Only seeded tickets are renamed, so the titles of created ones stay their markers; alert
    // tickets are left to \`resolve\`.
    const seededTickets = state.tickets.filter((ticket) => ticket.tickettype_id !== SANDBOX_TICKET_TYPE.alert).map((ticket) => String(ticket.id));
    const firstClient = String(state.clients[0]?.id ?? 1);
    return {
      sandbox,
      writes: {
        createdResource: 'tickets',
        create: (gateway, marker) => gateway.tickets.create({ title: marker, description: 'Raised by the psagate soak.', customerId: firstClient }),
        update: (gateway, id, marker) => gateway.tickets.update(id, { title: marker }),
        comment: (gateway, ticketId, marker) => gateway.tickets.addComment(ticketId, { body: marker }),
        resolve: (gateway, id) => gateway.alerts.resolve(id),
      },
      expectedIds: (resource) => expected[resource](),
      updateTargets: () => seededTickets,
      commentTargets: ticketIds,
      resolveTargets: () => alerts().map((ticket) => String(ticket.id)),
      countCreated: (marker) => state.tickets.filter((ticket) => ticket.summary === marker).length,
      countComments: (marker) => state.actions.filter((action) => action.note === marker).length,
      commentCount: (ticketId) => state.actions.filter((action) => String(action.ticket_id) === ticketId).length,
      currentName: (id) => state.tickets.find((ticket) => String(ticket.id) === id)?.summary ?? undefined,
      isResolved: (alertId) => {
        const status = state.tickets.find((ticket) => String(ticket.id) === alertId)?.status_id;
        return status === SANDBOX_STATUS.resolved || status === SANDBOX_STATUS.closed;
      },
    };
  },
};
