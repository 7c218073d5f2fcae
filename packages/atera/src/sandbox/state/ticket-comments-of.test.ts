import { describe, expect, it } from 'vitest';
import { createAteraSandbox } from '../atera-sandbox';
import { ateraSandboxTicketComments } from './ticket-comments-of';

describe('ateraSandboxTicketComments', () => {
  it('lists a ticket\'s seeded comments and then those added through the API', async () => {
    const sandbox = createAteraSandbox({ rateLimit: false });
    const ticketId = sandbox.state.ticketIds[0] as number;
    const seeded = ateraSandboxTicketComments(sandbox.state, ticketId);
    const technician = [...sandbox.state.tickets.values()].find((ticket) => ticket.TechnicianEmail)?.TechnicianEmail ?? '';
    expect(seeded).toHaveLength(sandbox.state.sizes.commentsPerTicket);
    const response = await sandbox.handle(
      new Request(`${sandbox.baseUrl}/api/v3/tickets/${ticketId}/comments`, {
        method: 'POST',
        headers: { 'X-API-KEY': sandbox.legacyApiKey, 'Content-Type': 'application/json' },
        body: JSON.stringify({ CommentText: 'Printer fixed', TechnicianCommentDetails: { TechnicianEmail: technician } }),
      }),
    );
    expect(response).toMatchObject({ ok: true });
    const after = ateraSandboxTicketComments(sandbox.state, ticketId);
    expect(after.map((comment) => comment.Comment)).toEqual([...seeded.map((comment) => comment.Comment), 'Printer fixed']);
  });

  it('is empty for a ticket that does not exist', () => {
    expect(ateraSandboxTicketComments(createAteraSandbox().state, 1)).toEqual([]);
  });
});
