import type { TicketCommentRecord } from './records';
import { type AteraSandboxState, sandboxStoreOf } from './sandbox-state';
import { ticketComments } from './seed-tickets';

/**
 * Every comment of a ticket as the sandbox holds it (seeded ones, then those added through the API),
 * for tests and soaks that check what a client wrote. Empty for a ticket that does not exist.
 */
export function ateraSandboxTicketComments(state: AteraSandboxState, ticketId: number): readonly TicketCommentRecord[] {
  return state.tickets.get(ticketId) === undefined ? [] : ticketComments(sandboxStoreOf(state), ticketId);
}
