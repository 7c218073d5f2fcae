import { describe, expect, it } from 'vitest';
import { AddCommentToTicketModel, CreateContactRequest, CreateTicketModel } from '../../generated/schemas';
import type { SandboxOperationRequest } from '../operation-handler';
import { escapeHtml } from './html-escape';
import { parseBody } from './request-body';

const request = (body: unknown): SandboxOperationRequest => ({ operationId: 'tickets.create', pathParams: {}, query: new URLSearchParams(), body });

describe('parseBody', () => {
  it('ignores fields the spec does not declare, at any depth, as Atera does', () => {
    const parsed = parseBody(request({ CommentText: 'hi', Extra: 1, TechnicianCommentDetails: { TechnicianId: 1, Nested: true } }), AddCommentToTicketModel, 'AddCommentToTicketModel');
    expect(parsed).toEqual({ ok: true, value: { CommentText: 'hi', TechnicianCommentDetails: { TechnicianId: 1 } } });
  });

  it('answers 400 naming every field of the wrong type or missing', () => {
    const parsed = parseBody(request({ TicketTitle: 5, TicketPriority: 'Urgent' }), CreateTicketModel, 'CreateTicketModel');
    expect(parsed.ok).toBe(false);
    const result = parsed.ok ? undefined : parsed.result;
    expect(result).toMatchObject({ kind: 'error', status: 400 });
    expect(result?.kind === 'error' && result.message).toMatch(/not a valid CreateTicketModel: TicketTitle: .*; TicketPriority: /);
    const missing = parseBody(request({ CustomerID: 1 }), CreateContactRequest, 'CreateContactRequest');
    expect(!missing.ok && missing.result.kind === 'error' && missing.result.message).toMatch(/Email/);
  });

  it('answers 400 for a missing body, saying what to send', () => {
    const parsed = parseBody(request(undefined), CreateTicketModel, 'CreateTicketModel');
    expect(!parsed.ok && parsed.result).toEqual({ kind: 'error', status: 400, message: 'The request body is missing: send a JSON CreateTicketModel.' });
  });

  it('HTML-escapes every string it returns', () => {
    const parsed = parseBody(request({ TicketTitle: '<b>"Tom & Jerry"</b>' }), CreateTicketModel, 'CreateTicketModel');
    expect(parsed.ok && parsed.value.TicketTitle).toBe('&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;');
    expect(escapeHtml('a&b')).toBe('a&amp;b');
  });
});
