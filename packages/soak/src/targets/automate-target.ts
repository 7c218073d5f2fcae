import { type AutomateClient, automateProvider } from '@psagate/automate';
import { createAutomateSandbox } from '@psagate/automate/sandbox';
import type { Gateway } from '@psagate/core';
import type { SoakResource, SoakSession, SoakTarget } from '../soak-target';

/**
 * ConnectWise Automate. Its neutral tickets and alerts are read-only (Automate's API cannot write
 * them), so the writes go to clients through the gateway's native client, over the same transport:
 * a create is a POST, an update a PUT. Comments and alert resolves do not exist.
 */
export const automateSoakTarget: SoakTarget = {
  name: 'automate',
  provider: automateProvider,
  start(settings): SoakSession {
    const sandbox = createAutomateSandbox({ faults: settings.faults, rateLimit: settings.rateLimit, recordRequests: false });
    const { state } = sandbox;
    const idsOf = (records: readonly Record<string, unknown>[], field: string): string[] => records.map((record) => String(record[field]));
    const expected: Record<SoakResource, () => string[]> = {
      tickets: () => idsOf(state.tickets, 'TicketId'),
      devices: () => idsOf(state.computers, 'Id'),
      alerts: () => idsOf(state.alerts, 'AlertId'),
      customers: () => idsOf(state.clients, 'Id'),
    };
    // Only seeded clients are renamed, so the names of created ones stay their markers.
    const seededClients = idsOf(state.clients, 'Id');
    const native = (gateway: Gateway): AutomateClient => gateway.native as AutomateClient;
    const client = (id: string) => state.clients.find((record) => String(record.Id) === id);
    return {
      sandbox,
      writes: {
        createdResource: 'customers',
        create: (gateway, marker) => native(gateway).clients.create({ body: { Name: marker } }),
        update: (gateway, id, marker) => native(gateway).clients.update({ clientId: Number(id), body: { Name: marker } }),
      },
      expectedIds: (resource) => expected[resource](),
      updateTargets: () => seededClients,
      commentTargets: () => idsOf(state.tickets, 'TicketId'),
      resolveTargets: () => [],
      countCreated: (marker) => state.clients.filter((record) => record.Name === marker).length,
      countComments: () => 0,
      commentCount: (ticketId) => {
        const comments = state.tickets.find((ticket) => String(ticket.TicketId) === ticketId)?.Comments;
        return Array.isArray(comments) ? comments.length : 0;
      },
      currentName: (id) => {
        const name = client(id)?.Name;
        return typeof name === 'string' ? name : undefined;
      },
      isResolved: () => false,
    };
  },
};
