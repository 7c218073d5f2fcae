import { ateraProvider } from '@psagate/atera';
import { ateraSandboxTicketComments, createAteraSandbox } from '@psagate/atera/sandbox';
import type { SoakResource, SoakSession, SoakTarget } from '../soak-target';

/** Atera: tickets, devices (agents and the four monitored kinds), alerts and customers; every write. */
export const ateraSoakTarget: SoakTarget = {
  name: 'atera',
  provider: ateraProvider,
  start(settings): SoakSession {
    const sandbox = createAteraSandbox({ seed: settings.seed, faults: settings.faults, rateLimit: settings.rateLimit, recordRequests: false });
    const { state } = sandbox;
    const ticketIds = (): string[] => state.ticketIds.map(String);
    const tickets = () => state.tickets.values();
    // Atera wants a technician to author a comment: any seeded technician will do.
    const author = [...tickets()].find((ticket) => ticket.TechnicianEmail)?.TechnicianEmail ?? undefined;
    const idsOf = <T>(records: Iterable<T>, id: (record: T) => string): string[] => Array.from(records, id);
    const expected: Record<SoakResource, () => string[]> = {
      tickets: ticketIds,
      customers: () => state.customerIds.map(String),
      alerts: () => state.alertIds.map(String),
      devices: () => [
        ...state.agentIds.map(String),
        ...idsOf(state.snmpDevices.values(), (device) => `snmp:${device.DeviceID}`),
        ...idsOf(state.httpDevices.values(), (device) => `http:${device.DeviceID}`),
        ...idsOf(state.tcpDevices.values(), (device) => `tcp:${device.DeviceID}`),
        ...idsOf(state.genericDevices.values(), (device) => `generic:${device.DeviceID}`),
      ],
    };
    // Only seeded tickets are renamed, so the titles of created ones stay their markers.
    const seededTickets = ticketIds();
    const countComments = (marker: string): number => {
      let count = 0;
      for (const id of state.ticketIds) for (const comment of ateraSandboxTicketComments(state, id)) if (comment.Comment === marker) count++;
      return count;
    };
    return {
      sandbox,
      writes: {
        createdResource: 'tickets',
        create: (gateway, marker) => gateway.tickets.create({ title: marker, description: 'Raised by the psagate soak.', customerId: String(state.customerIds[0]) }),
        update: (gateway, id, marker) => gateway.tickets.update(id, { title: marker }),
        comment: (gateway, ticketId, marker) => gateway.tickets.addComment(ticketId, { body: marker, ...(author ? { authorEmail: author } : {}) }),
        resolve: (gateway, id) => gateway.alerts.resolve(id),
      },
      expectedIds: (resource) => expected[resource](),
      updateTargets: () => seededTickets,
      commentTargets: ticketIds,
      resolveTargets: () => state.alertIds.map(String),
      countCreated: (marker) => {
        let count = 0;
        for (const ticket of tickets()) if (ticket.TicketTitle === marker) count++;
        return count;
      },
      countComments,
      commentCount: (ticketId) => ateraSandboxTicketComments(state, Number(ticketId)).length,
      currentName: (id) => state.tickets.get(Number(id))?.TicketTitle ?? undefined,
      isResolved: (alertId) => state.alerts.get(Number(alertId))?.Archived === true,
    };
  },
};
