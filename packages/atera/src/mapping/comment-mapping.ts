import type { CommentCreate, TicketComment } from '@psagate/core';
import { toIsoDateTime } from '@psagate/core/provider';
import type { AddCommentToTicketModel, TicketCommentDto } from '../generated/schemas';
import { fullName, readText } from './html-text';

/**
 * Atera comments have no id. The neutral id is the ticket id and a hash of what identifies the
 * comment (time, author, text), so the same comment gets the same id on every read.
 */
export function commentId(ticketId: string, raw: TicketCommentDto): string {
  const identity = [raw.Date ?? '', raw.EndUserID ?? '', raw.TechnicianContactID ?? '', raw.Email ?? '', raw.Comment ?? ''].join('\u0000');
  return `${ticketId}-${fnv1a(identity)}`;
}

/** A comment of an Atera ticket as a neutral one, with the id `commentId` derives. */
export function toComment(ticketId: string, raw: TicketCommentDto): TicketComment {
  return {
    id: commentId(ticketId, raw),
    provider: 'atera',
    raw,
    ticketId,
    body: readText(raw.Comment) ?? '',
    // HTML already: kept as Atera sent it.
    bodyHtml: raw.CommentHtml ?? null,
    isInternal: raw.IsInternal ?? false,
    authorName: fullName(raw.FirstName, raw.LastName),
    authorEmail: readText(raw.Email),
    createdAt: toIsoDateTime(raw.Date),
  };
}

/** Who writes a comment: Atera needs a technician, by email or by id. */
export type CommentAuthor = { readonly TechnicianEmail: string } | { readonly TechnicianId: number };

/** The body of `POST /tickets/{ticketId}/comments`: a technician comment, internal or not. */
export function addCommentBody(input: CommentCreate, timestamp: string, author: CommentAuthor): AddCommentToTicketModel {
  return {
    CommentText: input.body,
    CommentTimestampUTC: timestamp,
    TechnicianCommentDetails: { IsInternal: input.isInternal, ...author },
    ...(input.native as Partial<AddCommentToTicketModel> | undefined),
  };
}

/** 32-bit FNV-1a as 8 hex digits: short, stable, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
