import { ticketCommentSchema } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import type { TicketCommentDto } from '../generated/schemas';
import { addCommentBody, toComment, commentId } from './comment-mapping';

const dto: TicketCommentDto = {
  Date: '2026-02-01T10:00:00',
  Comment: 'Rebooted &lt;spooler&gt;',
  CommentHtml: '<p>Rebooted &lt;spooler&gt;</p>',
  EndUserID: null,
  TechnicianContactID: 3,
  Email: 'tess@msp.example',
  FirstName: 'Tess',
  LastName: 'Tech',
  IsInternal: true,
};

describe('toComment', () => {
  it('maps a comment, decoding its text and keeping its HTML as sent', () => {
    const comment = toComment('42', dto);
    expect(ticketCommentSchema.parse(comment)).toEqual(comment);
    expect(comment).toMatchObject({
      ticketId: '42',
      body: 'Rebooted <spooler>',
      bodyHtml: '<p>Rebooted &lt;spooler&gt;</p>',
      isInternal: true,
      authorName: 'Tess Tech',
      authorEmail: 'tess@msp.example',
      createdAt: '2026-02-01T10:00:00.000Z',
    });
  });

  it('gives a comment the same id on every read, and different comments different ids', () => {
    expect(commentId('42', dto)).toBe(commentId('42', { ...dto }));
    expect(commentId('42', dto)).toMatch(/^42-[0-9a-f]{8}$/);
    expect(commentId('42', { ...dto, Comment: 'Other text' })).not.toBe(commentId('42', dto));
    expect(commentId('42', { ...dto, Date: '2026-02-01T10:00:01' })).not.toBe(commentId('42', dto));
    expect(commentId('43', dto)).not.toBe(commentId('42', dto));
  });

  it('reads a comment without flags as public', () => {
    expect(toComment('1', { Comment: 'x' }).isInternal).toBe(false);
  });
});

describe('addCommentBody', () => {
  it('sends a technician comment with its visibility and author', () => {
    const input = { body: 'Called the user', isInternal: false };
    expect(addCommentBody({ ...input, authorEmail: 'tess@msp.example' }, '2026-02-01T10:00:00.000Z', { TechnicianEmail: 'tess@msp.example' })).toEqual({
      CommentText: 'Called the user',
      CommentTimestampUTC: '2026-02-01T10:00:00.000Z',
      TechnicianCommentDetails: { IsInternal: false, TechnicianEmail: 'tess@msp.example' },
    });
    expect(addCommentBody(input, '2026-02-01T10:00:00.000Z', { TechnicianId: 3 }).TechnicianCommentDetails).toEqual({ IsInternal: false, TechnicianId: 3 });
  });
});
