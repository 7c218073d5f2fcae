import { AddCommentToTicketModel } from '../../generated/schemas';
import type { TicketCommentRecord } from '../state/records';
import { sandboxStoreOf } from '../state/sandbox-state';
import { ticketAttachments, ticketComments } from '../state/seed-tickets';
import { isoOf } from '../state/seed-time';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { actionResult, arrayPage, failure, json, unknownReference } from './results';
import { requireTicket, resolveTechnician, saveTicket } from './ticket-lookups';

/** A ticket's comments and attachments. */
export const ticketConversationHandlers: Pick<GroupHandlers<'tickets'>, 'tickets.listComments' | 'tickets.addComment' | 'tickets.listAttachments'> = {
  'tickets.listComments': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    return found.ok ? arrayPage(ticketComments(store, found.value.TicketID ?? 0)) : found.result;
  },

  'tickets.addComment': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    if (!found.ok) return found.result;
    const parsed = parseBody(request, AddCommentToTicketModel, 'AddCommentToTicketModel');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.CommentText === undefined || body.CommentText === null || body.CommentText.trim() === '') return failure(400, 'CommentText is required: the text of the comment.');
    const byTechnician = body.TechnicianCommentDetails !== undefined;
    const byEndUser = body.EnduserCommentDetails !== undefined;
    if (byTechnician === byEndUser) return failure(400, 'Send exactly one of TechnicianCommentDetails (a technician\'s comment) or EnduserCommentDetails (the end user\'s).');
    const date = body.CommentTimestampUTC ?? isoOf(store.now());
    const ticketId = found.value.TicketID ?? 0;
    let comment: TicketCommentRecord;
    if (byTechnician) {
      const details = body.TechnicianCommentDetails ?? {};
      const technician = resolveTechnician(store, details.TechnicianId, details.TechnicianEmail);
      if (!technician.ok) return technician.result;
      if (technician.value === undefined) return failure(400, 'TechnicianCommentDetails needs TechnicianId or TechnicianEmail: who wrote the comment.');
      comment = {
        Date: date,
        Comment: body.CommentText,
        CommentHtml: `<p>${body.CommentText}</p>`,
        EndUserID: null,
        TechnicianContactID: technician.value.TechnicianContactID,
        Email: technician.value.Email,
        FirstName: technician.value.FirstName,
        LastName: technician.value.LastName,
        IsInternal: details.IsInternal ?? false,
      };
    } else {
      const endUserId = body.EnduserCommentDetails?.EnduserId;
      if (endUserId === undefined) return failure(400, 'EnduserCommentDetails.EnduserId is required: the contact who wrote the comment.');
      const contact = store.contacts.get(endUserId);
      if (contact === undefined) return unknownReference('EnduserCommentDetails.EnduserId', 'contact', endUserId);
      comment = {
        Date: date,
        Comment: body.CommentText,
        CommentHtml: `<p>${body.CommentText}</p>`,
        EndUserID: endUserId,
        TechnicianContactID: null,
        Email: contact.Email,
        FirstName: contact.Firstname,
        LastName: contact.Lastname,
        IsInternal: false,
      };
    }
    store.addedComments.set(ticketId, [...(store.addedComments.get(ticketId) ?? []), comment]);
    saveTicket(store, found.value);
    return actionResult(ticketId);
  },

  'tickets.listAttachments': (request, state) => {
    const store = sandboxStoreOf(state);
    const found = requireTicket(request, store);
    return found.ok ? json(ticketAttachments(store, found.value.TicketID ?? 0)) : found.result;
  },
};
