import type { Alert } from '@psagate/core';
import { neutralIdOf, recordIdOf, toIsoDateTime } from '@psagate/core/provider';
import type { AutomateAlert } from '../schemas/records';
import { alertSeverityOf } from './alert-severity';
import { AUTOMATE, nameOf, textOf } from './mapping-values';

/** An Automate alert as a neutral one. Automate lists only current alerts and has no resolved flag: every alert it returns is open. */
export function toAlert(raw: AutomateAlert): Alert {
  return {
    id: recordIdOf(raw.AlertId, { ...AUTOMATE, record: 'alert', field: 'AlertId' }),
    provider: AUTOMATE.provider,
    raw,
    title: textOf(raw.Message) ?? nameOf(raw.Monitor) ?? 'Automate alert',
    message: textOf(raw.Message),
    severity: alertSeverityOf(raw.Severity),
    severityRaw: raw.Severity?.Name ?? (typeof raw.Severity?.Id === 'number' ? raw.Severity.Id : null),
    status: 'open',
    customerId: neutralIdOf(raw.Client?.Id),
    customerName: nameOf(raw.Client),
    deviceId: neutralIdOf(raw.Computer?.Id ?? raw.Device?.Id),
    deviceName: textOf(raw.Computer?.Name) ?? nameOf(raw.Device),
    ticketId: null,
    createdAt: toIsoDateTime(raw.AlertDate),
    resolvedAt: null,
  };
}
