import type { TicketComment } from '@psagate/core';
import type { HelpdeskNote } from '../schemas/helpdesk-records';

/** A note on a Helpdesk ticket as a neutral comment. */
export const toComment = (raw: HelpdeskNote): TicketComment => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  ticketId: String(raw.ticket_id),
  body: raw.text,
  bodyHtml: null,
  isInternal: raw.internal,
  authorName: null,
  authorEmail: raw.author,
  createdAt: raw.created_at,
});
