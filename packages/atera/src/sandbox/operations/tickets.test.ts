import { describe, expect, it } from 'vitest';
import type { TicketCommentRecord, TicketRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call, createdId, listAll } from './handler-test-kit';

const NOW = Date.UTC(2026, 10, 20, 12);

function sandbox() {
  return createSandboxState({ seed: 6, now: () => NOW });
}

describe('ticket handlers', () => {
  it('filters lists by customerId and ticketStatus, and 400s for an unknown status', () => {
    const state = sandbox();
    const customerId = state.customerIds[1] ?? 0;
    const mine = listAll<TicketRecord>(call(state, 'tickets.list', { query: { customerId: String(customerId) } }));
    expect(mine.length).toBeGreaterThan(0);
    for (const ticket of mine) expect(ticket.CustomerID).toBe(customerId);
    const open = listAll<TicketRecord>(call(state, 'tickets.list', { query: { ticketStatus: 'open' } }));
    expect(open.length).toBeGreaterThan(0);
    for (const ticket of open) expect(ticket.TicketStatus).toBe('Open');
    expect(call(state, 'tickets.list', { query: { ticketStatus: 'Lost' } })).toMatchObject({ kind: 'error', status: 400 });
    const done = listAll<TicketRecord>(call(state, 'tickets.listStatusModified'));
    expect(done.length).toBeGreaterThan(0);
    for (const ticket of done) expect(['Resolved', 'Closed']).toContain(ticket.TicketStatus);
    const bare = listAll<TicketRecord>(call(state, 'tickets.listWithoutComments'));
    expect(bare.every((ticket) => ticket.FirstComment === null)).toBe(true);
  });

  it('creates a ticket for a contact (201): its description is the first comment and later reads show it', () => {
    const state = sandbox();
    const contact = state.contacts.get(state.contactIds[4] ?? 0);
    const result = call(state, 'tickets.create', {
      body: { TicketTitle: 'Server <down>', Description: 'Nothing loads', EndUserID: contact?.EndUserID, TicketPriority: 'High', TechnicianContactID: 2 },
    });
    expect(result).toMatchObject({ kind: 'json', status: 201 });
    const ticketId = createdId(result);
    const ticket = bodyOf<TicketRecord>(call(state, 'tickets.get', { path: { ticketId } }));
    expect(ticket).toMatchObject({
      TicketTitle: 'Server &lt;down&gt;',
      TicketStatus: 'Open',
      TicketPriority: 'High',
      CustomerID: contact?.CustomerID,
      EndUserEmail: contact?.Email,
      TechnicianContactID: 2,
      FirstComment: 'Nothing loads',
      TicketCreatedDate: new Date(NOW).toISOString(),
    });
    expect(listAll<TicketRecord>(call(state, 'tickets.listLastModified', { query: { date: '2026-11-20T00:00:00Z' } })).map((found) => found.TicketID)).toEqual([ticketId]);
    const noEndUser = call(state, 'tickets.create', { body: { TicketTitle: 'x', Description: 'y' } });
    expect(noEndUser.kind === 'error' && noEndUser.message).toMatch(/EndUserID/);
    const badPriority = call(state, 'tickets.create', { body: { TicketTitle: 'x', Description: 'y', EndUserID: contact?.EndUserID, TicketPriority: 'Urgent' } });
    expect(badPriority.kind === 'error' && badPriority.message).toMatch(/TicketPriority/);
  });

  it('updates with PUT or POST; resolving stamps the resolved date and reopening clears it', () => {
    const state = sandbox();
    const ticketId = listAll<TicketRecord>(call(state, 'tickets.list', { query: { ticketStatus: 'Open' } }))[0]?.TicketID ?? 0;
    expect(call(state, 'tickets.update', { path: { ticketId }, body: { TicketStatus: 'Resolved' } })).toEqual({ kind: 'json', status: 200, body: { ActionID: String(ticketId) } });
    expect(bodyOf<TicketRecord>(call(state, 'tickets.get', { path: { ticketId } }))).toMatchObject({ TicketStatus: 'Resolved', TicketResolvedDate: new Date(NOW).toISOString() });
    call(state, 'tickets.updateViaPost', { path: { ticketId }, body: { TicketStatus: 'Open', TicketImpact: 'Major' } });
    expect(bodyOf<TicketRecord>(call(state, 'tickets.get', { path: { ticketId } }))).toMatchObject({ TicketStatus: 'Open', TicketResolvedDate: null, TicketImpact: 'Major' });
    expect(call(state, 'tickets.update', { path: { ticketId }, body: { TechnicianContactID: 999 } })).toMatchObject({ kind: 'error', status: 400 });
    expect(call(state, 'tickets.update', { path: { ticketId: 1 }, body: {} })).toMatchObject({ kind: 'error', status: 404 });
  });

  it('adds comments that later lists and the ticket\'s last-comment fields show', () => {
    const state = sandbox();
    const ticketId = state.ticketIds[2] ?? 0;
    const before = listAll<TicketCommentRecord>(call(state, 'tickets.listComments', { path: { ticketId } }));
    expect(before).toHaveLength(3);
    const added = call(state, 'tickets.addComment', { path: { ticketId }, body: { CommentText: 'Rebooted "the" router', TechnicianCommentDetails: { TechnicianId: 1, IsInternal: true } } });
    expect(added).toMatchObject({ kind: 'json', status: 200 });
    const after = listAll<TicketCommentRecord>(call(state, 'tickets.listComments', { path: { ticketId } }));
    expect(after.at(-1)).toMatchObject({ Comment: 'Rebooted &quot;the&quot; router', TechnicianContactID: 1, IsInternal: true, Date: new Date(NOW).toISOString() });
    expect(bodyOf<TicketRecord>(call(state, 'tickets.get', { path: { ticketId } }))).toMatchObject({ LastTechnicianComment: 'Rebooted &quot;the&quot; router' });
    const both = call(state, 'tickets.addComment', { path: { ticketId }, body: { CommentText: 'x', TechnicianCommentDetails: { TechnicianId: 1 }, EnduserCommentDetails: { EnduserId: 3001 } } });
    expect(both).toMatchObject({ kind: 'error', status: 400 });
  });

  it('adds work hours that change the ticket\'s durations and billable summaries', () => {
    const state = sandbox();
    const ticketId = state.ticketIds[0] ?? 0;
    const before = bodyOf<{ Billable: { TotalDurationHours: number } }>(call(state, 'tickets.getWorkHours', { path: { ticketId } }));
    const result = call(state, 'tickets.addWorkHours', {
      path: { ticketId },
      body: { StartWorkHour: '2026-11-20T09:00:00Z', EndWorkHour: '2026-11-20T11:30:00Z', Billiable: true, OnCustomerSite: true, TechnicianContactID: 1, RateID: 1 },
    });
    expect(result).toMatchObject({ kind: 'json', status: 201 });
    const after = bodyOf<{ Billable: { TotalDurationHours: number } }>(call(state, 'tickets.getWorkHours', { path: { ticketId } }));
    expect(after.Billable.TotalDurationHours).toBeCloseTo(before.Billable.TotalDurationHours + 2.5);
    expect(bodyOf<{ TotalDurationHours: number }>(call(state, 'tickets.getBillableDuration', { path: { ticketId } })).TotalDurationHours).toBeCloseTo(after.Billable.TotalDurationHours);
    const records = listAll<{ WorkHoursID: number; RateAmount: number }>(call(state, 'tickets.listWorkHoursRecords', { path: { ticketId } }));
    expect(records.at(-1)).toMatchObject({ WorkHoursID: createdId(result), RateAmount: state.products.get(1)?.Amount });
    expect(records.at(-1)).not.toHaveProperty('CustomerID');
    const ticket = bodyOf<TicketRecord>(call(state, 'tickets.get', { path: { ticketId } }));
    expect(ticket.OnSiteDurationSeconds).toBeGreaterThanOrEqual(9_000);
    const summaries = bodyOf<{ TicketsWorkHoursSiteDurationSummaries: { TicketID: number; OnSiteDurationSeconds: number }[] }>(
      call(state, 'tickets.getBillableWorkHoursSiteDurations', { body: [ticketId] }),
    );
    expect(summaries.TicketsWorkHoursSiteDurationSummaries[0]?.OnSiteDurationSeconds).toBeGreaterThanOrEqual(9_000);
    const durations = bodyOf<{ ticketId: number }[]>(call(state, 'tickets.getBillableDurations', { body: [ticketId, state.ticketIds[1]] }));
    expect(durations.map((entry) => entry.ticketId)).toEqual([ticketId, state.ticketIds[1]]);
    expect(call(state, 'tickets.getBillableDurations', { body: [1] })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'tickets.getBillableDurations', { body: ['x'] })).toMatchObject({ kind: 'error', status: 400 });
    const backwards = call(state, 'tickets.addWorkHours', { path: { ticketId }, body: { StartWorkHour: '2026-11-20T11:00:00Z', EndWorkHour: '2026-11-20T10:00:00Z' } });
    expect(backwards.kind === 'error' && backwards.message).toMatch(/EndWorkHour/);
  });

  it('relates two tickets both ways and removes the relation from both', () => {
    const state = sandbox();
    const [child, parent] = [state.ticketIds[0] ?? 0, state.ticketIds[1] ?? 0];
    expect(call(state, 'tickets.addRelation', { path: { ticketId: child }, body: { RelatedTicketId: parent, RelationType: 'Child' } })).toMatchObject({ kind: 'json', status: 201 });
    expect(state.tickets.get(child)).toMatchObject({ RelationType: 'Child', RelatedTicketId: parent });
    expect(state.tickets.get(parent)).toMatchObject({ RelationType: 'Parent', RelatedTicketId: child });
    expect(call(state, 'tickets.removeRelation', { path: { ticketId: child, relationType: 'Parent' } })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'tickets.removeRelation', { path: { ticketId: child, relationType: 'Child' } })).toEqual({ kind: 'empty', status: 204 });
    expect(state.tickets.get(parent)).toMatchObject({ RelationType: 'None', RelatedTicketId: null });
    expect(call(state, 'tickets.addRelation', { path: { ticketId: child }, body: { RelatedTicketId: 1, RelationType: 'Child' } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('deletes a ticket with its work hours: 204, then 404 for it and its sub-resources', () => {
    const state = sandbox();
    const ticketId = state.ticketIds[5] ?? 0;
    const workHourCount = state.workHours.size;
    expect(call(state, 'tickets.delete', { path: { ticketId } })).toEqual({ kind: 'empty', status: 204 });
    expect(call(state, 'tickets.get', { path: { ticketId } })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'tickets.listComments', { path: { ticketId } })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'tickets.listAttachments', { path: { ticketId } })).toMatchObject({ kind: 'error', status: 404 });
    expect(state.workHours.size).toBe(workHourCount - 2);
    expect(state.ticketIds).not.toContain(ticketId);
  });

  it('lists attachments as file links', () => {
    const state = createSandboxState({ seed: 6, size: { tickets: 30 } });
    const links = state.ticketIds.flatMap((ticketId) => bodyOf<string[]>(call(state, 'tickets.listAttachments', { path: { ticketId } })));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\//);
  });
});
