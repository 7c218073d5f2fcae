import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call, createdId, listAll } from './handler-test-kit';

const NOW = Date.UTC(2026, 10, 20);

describe('alert handlers', () => {
  it('filters by alertStatus: open, resolved (archived) and snoozed alerts partition the list', () => {
    const state = createSandboxState({ seed: 4, size: { alerts: 60 }, now: () => NOW });
    const all = listAll<AlertRecord>(call(state, 'alerts.list'));
    const open = listAll<AlertRecord>(call(state, 'alerts.list', { query: { alertStatus: 'Open' } }));
    const resolved = listAll<AlertRecord>(call(state, 'alerts.list', { query: { alertStatus: 'resolved' } }));
    const snoozed = listAll<AlertRecord>(call(state, 'alerts.list', { query: { alertStatus: 'Snoozed' } }));
    expect(open.length + resolved.length + snoozed.length).toBe(all.length);
    expect(resolved.length).toBeGreaterThan(0);
    for (const alert of resolved) expect(alert.Archived).toBe(true);
    for (const alert of open) expect(alert.Archived).toBe(false);
    for (const alert of snoozed) expect(Date.parse(alert.SnoozedEndDate ?? '')).toBeGreaterThan(NOW);
    expect(call(state, 'alerts.list', { query: { alertStatus: 'Closed' } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('resolves an alert with PUT: archived with a date, and listed as resolved', () => {
    const state = createSandboxState({ seed: 4, now: () => NOW });
    const open = listAll<AlertRecord>(call(state, 'alerts.list', { query: { alertStatus: 'Open' } }))[0];
    const alertId = open?.AlertID ?? 0;
    expect(call(state, 'alerts.resolve', { path: { alertId } })).toEqual({ kind: 'empty', status: 204 });
    const resolved = bodyOf<AlertRecord>(call(state, 'alerts.get', { path: { alertId } }));
    expect(resolved).toMatchObject({ Archived: true, ArchivedDate: new Date(NOW).toISOString() });
    expect(listAll<AlertRecord>(call(state, 'alerts.list', { query: { alertStatus: 'Resolved' } })).map((alert) => alert.AlertID)).toContain(alertId);
    expect(call(state, 'alerts.resolve', { path: { alertId: 1 } })).toMatchObject({ kind: 'error', status: 404 });
  });

  it('creates an alert on an agent\'s DeviceGuid (201 with its id) that later reads return', () => {
    const state = createSandboxState({ seed: 4, now: () => NOW });
    const agent = state.agents.get(state.agentIds[3] ?? 0);
    const result = call(state, 'alerts.create', { body: { DeviceGuid: agent?.DeviceGuid, Title: 'Backup <failed>', Severity: 'Critical', AlertCategoryID: 'General', Unknown: 'ignored' } });
    expect(result).toMatchObject({ kind: 'json', status: 201 });
    const alert = bodyOf<AlertRecord>(call(state, 'alerts.get', { path: { alertId: createdId(result) } }));
    expect(alert).toMatchObject({ Title: 'Backup &lt;failed&gt;', Severity: 'Critical', AgentId: agent?.AgentID, CustomerID: agent?.CustomerID, DeviceName: agent?.MachineName, Archived: false });
    expect(listAll<AlertRecord>(call(state, 'alerts.list')).at(-1)?.AlertID).toBe(alert.AlertID);
  });

  it('rejects a create with a wrong field type or an unknown device, naming the field', () => {
    const state = createSandboxState({ seed: 4 });
    const badSeverity = call(state, 'alerts.create', { body: { Title: 'x', CustomerID: state.customerIds[0], Severity: 'Fatal' } });
    expect(badSeverity).toMatchObject({ kind: 'error', status: 400 });
    expect(badSeverity.kind === 'error' && badSeverity.message).toMatch(/Severity/);
    const unknownDevice = call(state, 'alerts.create', { body: { Title: 'x', DeviceGuid: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' } });
    expect(unknownDevice.kind === 'error' && unknownDevice.message).toMatch(/DeviceGuid/);
    expect(call(state, 'alerts.create', {})).toMatchObject({ kind: 'error', status: 400 });
  });

  it('deletes an alert: 204, then 404', () => {
    const state = createSandboxState({ seed: 4 });
    const alertId = state.alertIds[0] ?? 0;
    expect(call(state, 'alerts.delete', { path: { alertId } })).toEqual({ kind: 'empty', status: 204 });
    expect(call(state, 'alerts.get', { path: { alertId } })).toMatchObject({ kind: 'error', status: 404 });
  });
});
