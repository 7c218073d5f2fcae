import type { TicketComment } from '@psagate/core';
import { neutralIdOf, toIsoDateTime } from '@psagate/core/provider';
import type { AutomateTicketComment } from '../schemas/records';
import { AUTOMATE, textOf } from './mapping-values';

/**
 * A comment embedded in an Automate ticket (the `index`th) as a neutral one; a comment without an
 * id of its own gets `<ticketId>-<n>`. Automate does not mark any as internal.
 */
export function toComment(ticketId: string, raw: AutomateTicketComment, index: number): TicketComment {
  return {
    id: neutralIdOf(raw.Id) ?? `${ticketId}-${index + 1}`,
    provider: AUTOMATE.provider,
    raw,
    ticketId,
    body: raw.Body ?? '',
    bodyHtml: null,
    isInternal: false,
    authorName: textOf(raw.User?.Name),
    authorEmail: textOf(raw.From),
    createdAt: toIsoDateTime(raw.CreatedDate),
  };
}
