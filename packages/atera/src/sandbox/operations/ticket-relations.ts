import { AddTicketRelationModel } from '../../generated/schemas';
import type { TicketRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { pathText } from './request-values';
import { created, failure, noContent, unknownReference } from './results';
import { requireTicket, saveTicket } from './ticket-lookups';

const opposite = (relation: string): string => (relation === 'Parent' ? 'Child' : 'Parent');

/** Clears the relation of a ticket and of the ticket at its other end. */
export function unlink(store: SandboxStore, ticket: TicketRecord): void {
  const relatedId = ticket.RelatedTicketId;
  saveTicket(store, { ...ticket, RelationType: 'None', RelatedTicketId: null });
  const related = relatedId === null ? undefined : store.tickets.get(relatedId);
  if (related !== undefined && related.RelatedTicketId === ticket.TicketID) saveTicket(store, { ...related, RelationType: 'None', RelatedTicketId: null });
}

/** Parent and child links between tickets: each link is recorded on both tickets. */
export const ticketRelationHandlers: Pick<GroupHandlers<'tickets'>, 'tickets.addRelation' | 'tickets.removeRelation'> = {
  'tickets.addRelation': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    if (!found.ok) return found.result;
    const parsed = parseBody(request, AddTicketRelationModel, 'AddTicketRelationModel');
    if (!parsed.ok) return parsed.result;
    const { RelatedTicketId: relatedId, RelationType: relation } = parsed.value;
    const ticketId = found.value.TicketID ?? 0;
    if (relatedId === undefined) return failure(400, 'RelatedTicketId is required: the ticket to relate this one to.');
    if (relation === undefined || relation === 'None') return failure(400, 'RelationType must be Parent or Child: what this ticket is to the related one.');
    if (relatedId === ticketId) return failure(400, 'A ticket cannot be related to itself: RelatedTicketId must name another ticket.');
    const related = store.tickets.get(relatedId);
    if (related === undefined) return unknownReference('RelatedTicketId', 'ticket', relatedId);
    if (found.value.RelatedTicketId !== null) unlink(store, found.value);
    const relatedNow = store.tickets.get(relatedId) ?? related;
    if (relatedNow.RelatedTicketId !== null) unlink(store, relatedNow);
    saveTicket(store, { ...(store.tickets.get(ticketId) ?? found.value), RelationType: relation, RelatedTicketId: relatedId });
    saveTicket(store, { ...(store.tickets.get(relatedId) ?? related), RelationType: opposite(relation), RelatedTicketId: ticketId });
    return created(ticketId);
  },

  'tickets.removeRelation': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    if (!found.ok) return found.result;
    const raw = pathText(request, 'relationType');
    const relation = ['None', 'Parent', 'Child'].find((known) => known.toLowerCase() === raw.trim().toLowerCase());
    if (relation === undefined) return failure(400, `relationType must be Parent or Child, got "${raw}".`);
    const ticket = found.value;
    if (ticket.RelationType !== relation || ticket.RelatedTicketId === null) {
      return failure(404, `Ticket ${String(ticket.TicketID)} has no ${relation} relation to remove (its relation is ${ticket.RelationType}).`);
    }
    unlink(store, ticket);
    return noContent;
  },
};
