import { type AlertSeverity, alertSchema } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import type { AlertDto } from '../generated/schemas';
import { toAlert, alertSeverityFromAtera } from './alert-mapping';

const dto: AlertDto = {
  AlertID: 9,
  Title: 'Disk &quot;C:&quot; almost full',
  Severity: 'Warning',
  Created: '2026-02-01T10:00:00',
  AgentId: 501,
  DeviceName: 'WS-01',
  AlertMessage: 'C: at 95% &gt; 90%',
  Archived: false,
  ArchivedDate: null,
  TicketID: 1042,
  CustomerID: 7,
  CustomerName: 'Acme',
};

describe('toAlert', () => {
  it('maps an open alert with its device, customer and ticket', () => {
    const alert = toAlert(dto);
    expect(alertSchema.parse(alert)).toEqual(alert);
    expect(alert).toMatchObject({
      id: '9',
      title: 'Disk "C:" almost full',
      message: 'C: at 95% > 90%',
      severity: 'warning',
      severityRaw: 'Warning',
      status: 'open',
      customerId: '7',
      deviceId: '501',
      deviceName: 'WS-01',
      ticketId: '1042',
      createdAt: '2026-02-01T10:00:00.000Z',
      resolvedAt: null,
    });
  });

  it('reads an archived alert as resolved at its archive date', () => {
    expect(toAlert({ ...dto, Archived: true, ArchivedDate: '2026-02-02T08:00:00Z' })).toMatchObject({ status: 'resolved', resolvedAt: '2026-02-02T08:00:00.000Z' });
  });

  it('reads a snoozed alert as still open', () => {
    expect(toAlert({ ...dto, SnoozedEndDate: '2026-02-05T00:00:00Z' }).status).toBe('open');
  });

  it('does not take the monitoring agent for the device of an alert on a monitored device', () => {
    expect(toAlert({ ...dto, DeviceType: 'SNMP', AgentId: 501 }).deviceId).toBeNull();
    expect(toAlert({ ...dto, DeviceType: 'Agent', AgentId: 501 }).deviceId).toBe('501');
  });

  it('has no device id for an alert that names no agent', () => {
    expect(toAlert({ ...dto, AgentId: null, TicketID: 0 })).toMatchObject({ deviceId: null, ticketId: null });
  });
});

describe('alert severities', () => {
  it.each<[string | undefined, AlertSeverity]>([
    ['Information', 'info'],
    ['Warning', 'warning'],
    ['Critical', 'critical'],
    ['critical', 'critical'],
    ['Disaster', 'warning'],
    [undefined, 'warning'],
  ])('read %j as %s', (raw, severity) => {
    expect(alertSeverityFromAtera(raw)).toBe(severity);
  });

  it('keeps an unknown severity raw', () => {
    expect(toAlert({ ...dto, Severity: 'Disaster' })).toMatchObject({ severity: 'warning', severityRaw: 'Disaster' });
  });
});
