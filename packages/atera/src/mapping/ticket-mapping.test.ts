import { type TicketPriority, type TicketStatus, ticketSchema } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import type { TicketDto } from '../generated/schemas';
import { createTicketBody, toTicket, updateTicketBody } from './ticket-mapping';
import { ateraStatusOf, ticketPriorityFromAtera, ticketStatusFromAtera } from './ticket-status';

const dto: TicketDto = {
  TicketID: 1042,
  TicketTitle: 'Printer &lt;HP-2&gt; on fire &amp; smoking',
  TicketNumber: '1042',
  TicketPriority: 'High',
  TicketImpact: 'Major',
  TicketStatus: 'Pending',
  TicketSource: 'Email',
  TicketType: 'Incident',
  EndUserID: 55,
  EndUserEmail: 'ann@acme.example',
  EndUserFirstName: 'Ann',
  EndUserLastName: 'O&#39;Neil',
  TicketResolvedDate: null,
  TicketCreatedDate: '2026-01-31T09:30:00',
  FirstComment: 'It says &quot;PC LOAD LETTER&quot;',
  LastEndUserCommentTimestamp: '2026-02-01T10:00:00Z',
  LastTechnicianCommentTimestamp: '2026-02-01T08:00:00Z',
  CustomerID: 7,
  CustomerName: 'Acme &amp; Sons',
  TechnicianContactID: 3,
  TechnicianFullName: 'Tess Tech',
};

describe('toTicket', () => {
  it('maps every field to a valid neutral ticket and keeps the native record', () => {
    const ticket = toTicket(dto);
    expect(ticketSchema.parse(ticket)).toEqual(ticket);
    expect(ticket).toEqual({
      id: '1042',
      provider: 'atera',
      raw: dto,
      number: '1042',
      title: 'Printer <HP-2> on fire & smoking',
      description: 'It says "PC LOAD LETTER"',
      status: 'pending',
      statusRaw: 'Pending',
      priority: 'high',
      priorityRaw: 'High',
      customerId: '7',
      customerName: 'Acme & Sons',
      deviceId: null,
      contact: { id: '55', name: "Ann O'Neil", email: 'ann@acme.example' },
      assigneeId: '3',
      assigneeName: 'Tess Tech',
      createdAt: '2026-01-31T09:30:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
      resolvedAt: null,
    });
  });

  it('reads a custom status and an unknown priority as other, keeping the raw values', () => {
    const ticket = toTicket({ ...dto, TicketStatus: 'Waiting for parts', TicketPriority: 'Urgent' });
    expect(ticket).toMatchObject({ status: 'other', statusRaw: 'Waiting for parts', priority: 'other', priorityRaw: 'Urgent' });
  });

  it('reads missing fields as null rather than inventing them', () => {
    const ticket = toTicket({ TicketID: 1, TicketTitle: 'Bare' });
    expect(ticketSchema.parse(ticket)).toMatchObject({
      status: 'other',
      statusRaw: null,
      priorityRaw: null,
      contact: null,
      customerId: null,
      assigneeId: null,
      createdAt: null,
      updatedAt: null,
    });
  });

  it('drops placeholder dates and sets resolvedAt from the resolution date', () => {
    const ticket = toTicket({ ...dto, TicketStatus: 'Resolved', TicketResolvedDate: '2026-02-03T12:00:00Z', LastEndUserCommentTimestamp: '0001-01-01T00:00:00' });
    expect(ticket).toMatchObject({ status: 'resolved', resolvedAt: '2026-02-03T12:00:00.000Z', updatedAt: '2026-02-03T12:00:00.000Z' });
  });

  it('fails with a response-shape error for a ticket without an id', () => {
    expect(() => toTicket({ ...dto, TicketID: null })).toThrow(expect.objectContaining({ kind: 'response_shape' }));
  });
});

describe('ticket statuses and priorities', () => {
  it.each<[string, TicketStatus]>([
    ['Open', 'open'],
    ['Pending', 'pending'],
    ['Resolved', 'resolved'],
    ['Closed', 'closed'],
    [' closed ', 'closed'],
    ['On hold', 'other'],
  ])('reads status %j as %s', (raw, status) => {
    expect(ticketStatusFromAtera(raw)).toBe(status);
  });

  it.each<[string, TicketPriority]>([
    ['Low', 'low'],
    ['Medium', 'medium'],
    ['High', 'high'],
    ['Critical', 'critical'],
    ['Whenever', 'other'],
  ])('reads priority %j as %s', (raw, priority) => {
    expect(ticketPriorityFromAtera(raw)).toBe(priority);
  });

  it.each<TicketStatus>(['open', 'pending', 'resolved', 'closed'])('writes status %s as the Atera status that reads back the same', (status) => {
    expect(ticketStatusFromAtera(ateraStatusOf(status))).toBe(status);
  });
});

describe('createTicketBody', () => {
  it('writes a neutral ticket in Atera terms', () => {
    expect(
      createTicketBody({
        title: 'Printer on fire',
        description: 'Smoke',
        status: 'open',
        priority: 'critical',
        assigneeId: '3',
        contact: { id: '55', name: 'Ann Marie Smith', email: 'ann@acme.example' },
      }),
    ).toEqual({
      TicketTitle: 'Printer on fire',
      Description: 'Smoke',
      TicketStatus: 'Open',
      TicketPriority: 'Critical',
      TechnicianContactID: 3,
      EndUserID: 55,
      EndUserEmail: 'ann@acme.example',
      EndUserFirstName: 'Ann',
      EndUserLastName: 'Marie Smith',
    });
  });

  it('sends only what was given, and native fields as they are', () => {
    expect(createTicketBody({ title: 'Hi', native: { TicketImpact: 'Minor', TicketType: 'Request' } })).toEqual({
      TicketTitle: 'Hi',
      TicketImpact: 'Minor',
      TicketType: 'Request',
    });
  });

  it.each<[string, Parameters<typeof createTicketBody>[0], string]>([
    ['a status Atera does not have', { title: 'x', status: 'in_progress' }, 'UNSUPPORTED_STATUS'],
    ['the catch-all priority', { title: 'x', priority: 'other' }, 'UNSUPPORTED_PRIORITY'],
    ['a device, which Atera tickets cannot hold', { title: 'x', deviceId: '12' }, 'UNSUPPORTED_FIELD'],
    ['an assignee id that is not an Atera id', { title: 'x', assigneeId: 'tess' }, 'INVALID_ID'],
    ['a contact id that is not an Atera id', { title: 'x', contact: { id: 'ann' } }, 'INVALID_ID'],
  ])('refuses %s', (_label, input, code) => {
    expect(() => createTicketBody(input)).toThrow(expect.objectContaining({ kind: 'validation', code }));
  });
});

describe('updateTicketBody', () => {
  it('writes the changed fields', () => {
    expect(updateTicketBody({ title: 'New', status: 'closed', priority: 'low', assigneeId: '9' })).toEqual({
      TicketTitle: 'New',
      TicketStatus: 'Closed',
      TicketPriority: 'Low',
      TechnicianContactID: 9,
    });
  });

  it('unassigns with a null assignee', () => {
    expect(updateTicketBody({ assigneeId: null })).toEqual({ TechnicianContactID: null });
  });

  it('refuses a description change, which Atera cannot make', () => {
    expect(() => updateTicketBody({ description: 'new text' })).toThrow(expect.objectContaining({ kind: 'validation', code: 'UNSUPPORTED_FIELD' }));
  });
});
