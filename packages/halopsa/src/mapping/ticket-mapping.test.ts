import { ticketSchema, ticketCommentSchema, alertSchema } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import type { HaloTicket } from '../schemas/ticket';
import { ReferenceData } from './reference-data';
import { toAlert, toComment, toTicket } from './ticket-mapping';

const reference = new ReferenceData(
  {
    statuses: [
      { id: 1, name: 'New', sequence: 1 },
      { id: 2, name: 'In Progress', sequence: 2 },
      { id: 9, name: 'Closed', sequence: 9 },
    ],
    priorities: [
      { id: '1', priorityid: 1, slaid: 1, name: 'Critical' },
      { id: '2', priorityid: 1, slaid: 2, name: 'Critical (out of hours)' },
      { id: '3', priorityid: 4, slaid: 1, name: 'Low' },
    ],
    agents: [{ id: 7, name: 'Bob Tech' }],
  },
  { statusMap: {}, priorityMap: {} },
);

const ticket = (fields: Partial<HaloTicket>): HaloTicket => ({ id: 42, ...fields });

describe('mapping Halo tickets', () => {
  it('maps a sparse ticket to a valid neutral record with nulls, not placeholders', () => {
    const mapped = toTicket(ticket({ dateoccurred: '1900-01-01T00:00:00', datecreated: null, dateclosed: '1900-01-01T00:00:00', agent_id: 0 }), reference);
    ticketSchema.parse(mapped);
    expect(mapped).toMatchObject({ id: '42', title: '', status: 'other', priority: 'other', createdAt: null, resolvedAt: null, assigneeId: null, contact: null });
  });

  it('reads the plain text of HTML-only details and notes', () => {
    expect(toTicket(ticket({ details_html: '<p>Printer &amp; scanner</p><br>offline' }), reference).description).toBe('Printer & scanner\n\noffline');
    const comment = toComment({ id: 3, ticket_id: 42, note: '', note_html: '<b>Done</b>', hiddenfromuser: true, datetime: '2026-01-05T10:00:00' });
    ticketCommentSchema.parse(comment);
    expect(comment).toMatchObject({ id: '42:3', body: 'Done', bodyHtml: '<b>Done</b>', isInternal: true, createdAt: '2026-01-05T10:00:00.000Z' });
  });

  it('reports a ticket Halo closed as closed, whatever its status name says', () => {
    const mapped = toTicket(ticket({ status_id: 2, hasbeenclosed: true, dateclosed: '2026-01-06T08:00:00' }), reference);
    expect(mapped).toMatchObject({ status: 'closed', statusRaw: 'In Progress', resolvedAt: '2026-01-06T08:00:00.000Z' });
  });

  it('takes the priority name of the first SLA row and the assignee from the agent list', () => {
    expect(toTicket(ticket({ priority_id: 1, agent_id: 7, agent_name: '' }), reference)).toMatchObject({ priority: 'critical', priorityRaw: 'Critical', assigneeName: 'Bob Tech' });
  });

  it('maps an alert ticket: severity from priority, device from the first asset, resolved once closed', () => {
    const alert = toAlert(ticket({ summary: 'Disk full', priority_id: 4, status_id: 9, hasbeenclosed: true, assets: [{ id: 2001, key_field: 'SRV-001' }] }), reference);
    alertSchema.parse(alert);
    expect(alert).toMatchObject({ severity: 'info', status: 'resolved', deviceId: '2001', deviceName: 'SRV-001', ticketId: '42' });
  });
});
