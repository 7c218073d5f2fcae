import { NotFoundError, type OperationOptions, UnsupportedOperationError } from '@psagate/core';
import { type AlertsAdapter, integerIdOf } from '@psagate/core/provider';
import { toAlert } from '../mapping/ticket-mapping';
import type { HaloTicket } from '../schemas/ticket';
import { type AdapterContext, ticketListFilters } from './adapter-context';
import { defined, haloIdSite } from './neutral-input';
import { mapWithPrepared } from './prepared-list';

/**
 * Neutral alerts over Halo tickets of the configured alert ticket type (Halo has no alerts
 * resource). Without `alertTicketTypeId` every operation throws UnsupportedOperationError naming it.
 */
export function alertsAdapter({ client, config, reference }: AdapterContext): AlertsAdapter {
  const alertTicketType = (operation: string): number => {
    if (config.alertTicketTypeId !== undefined) return config.alertTicketTypeId;
    throw new UnsupportedOperationError(
      'halopsa',
      `alerts.${operation}`,
      'HaloPSA has no alerts resource; psagate reads alerts as the tickets of one ticket type. Set alertTicketTypeId (HALOPSA_ALERT_TICKET_TYPE_ID) to the ticket type your RMM alerts arrive as',
    );
  };

  /** Checks the id and the setting at once, so a bad one is refused before anything (the reference lookup too) is sent. */
  const alertTicket = (id: string, operation: string, options: OperationOptions | undefined): Promise<HaloTicket> => {
    const typeId = alertTicketType(operation);
    const ticketId = integerIdOf(id, haloIdSite(`alerts.${operation}`, 'id'));
    return alertTicketOfType(id, ticketId, typeId, operation, options);
  };

  const alertTicketOfType = async (id: string, ticketId: number, typeId: number, operation: string, options: OperationOptions | undefined): Promise<HaloTicket> => {
    const ticket = await client.tickets.get({ id: ticketId }, options);
    if (ticket.tickettype_id !== typeId) {
      throw new NotFoundError(
        `halopsa alerts.${operation}: ticket ${id} is not an alert (its ticket type is ${String(ticket.tickettype_id)}; alerts are ticket type ${typeId}). Use gateway.tickets for it.`,
        { provider: 'halopsa', operation: `alerts.${operation}`, code: 'NOT_AN_ALERT' },
      );
    }
    return ticket;
  };

  return {
    list: (query, options) => {
      const typeId = alertTicketType('list');
      const wantsOpenOnly = query.status?.length === 1 && query.status[0] === 'open';
      return mapWithPrepared(
        client.tickets
          .list(defined({ ...ticketListFilters(query, 'alerts.list'), requesttype_id: typeId, tickettype_id: typeId, open_only: wantsOpenOnly ? true : undefined }), options)
          // Halo's document names the type filter requesttype_id, public clients tickettype_id: both are sent, and the type is checked here.
          .filter((ticket) => ticket.tickettype_id === typeId),
        reference,
        toAlert,
      );
    },
    get: async (id, options) => {
      const [ticket, data] = await Promise.all([alertTicket(id, 'get', options), reference(options?.signal)]);
      return toAlert(ticket, data);
    },
    /** Reads the alert's ticket, then sets a resolved status: aborted during the read, nothing was written. */
    resolve: async (id, options) => {
      const [ticket, data] = await Promise.all([alertTicket(id, 'resolve', options), reference(options?.signal)]);
      const current = toAlert(ticket, data);
      if (current.status === 'resolved') return current;
      const statusIds = data.statusIdsFor(['resolved']);
      const statusId = statusIds[0] ?? data.statusIdFor('closed', 'alerts.resolve');
      return toAlert(await client.tickets.update({ id: ticket.id, status_id: statusId }, options), data);
    },
  };
}
