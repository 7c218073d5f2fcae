import type { Alert, AlertSeverity } from '@psagate/core';
import { neutralIdOf, recordIdOf, toIsoDateTime } from '@psagate/core/provider';
import type { AlertDto } from '../generated/schemas';
import { readText } from './html-text';
import { ATERA_ID_SITE, ATERA_LINK } from './id-sites';

/** `DeviceType` of alerts raised on monitored devices rather than on an agent's machine. */
const MONITORED_DEVICE_TYPE = /^(snmp|http|tcp|generic)\b/i;

const SEVERITY_FROM_ATERA: Readonly<Record<string, AlertSeverity>> = { information: 'info', warning: 'warning', critical: 'critical' };

/**
 * Atera's severities (Information, Warning, Critical). A severity Atera adds later reads as
 * `warning`, so it is neither hidden as information nor raised to critical; `severityRaw` keeps it.
 */
export function alertSeverityFromAtera(raw: string | null | undefined): AlertSeverity {
  return (raw && SEVERITY_FROM_ATERA[raw.trim().toLowerCase()]) || 'warning';
}

/**
 * An Atera alert as a neutral one. Atera archives an alert when it is resolved; a snoozed alert is
 * still open. Only agent alerts name their device by an id the devices port knows (the `AgentId`);
 * on an alert about a monitored device, `AgentId` is the agent that monitors it, so it is not used.
 */
export function toAlert(raw: AlertDto): Alert {
  return {
    id: recordIdOf(raw.AlertID, { ...ATERA_ID_SITE, record: 'alert', field: 'AlertID' }),
    provider: 'atera',
    raw,
    title: readText(raw.Title) ?? readText(raw.AlertMessage) ?? '',
    message: readText(raw.AlertMessage) ?? readText(raw.AdditionalInfo),
    severity: alertSeverityFromAtera(raw.Severity),
    severityRaw: raw.Severity ?? null,
    status: raw.Archived === true ? 'resolved' : 'open',
    customerId: neutralIdOf(raw.CustomerID, ATERA_LINK),
    customerName: readText(raw.CustomerName),
    deviceId: MONITORED_DEVICE_TYPE.test(raw.DeviceType ?? '') ? null : neutralIdOf(raw.AgentId, ATERA_LINK),
    deviceName: readText(raw.DeviceName),
    ticketId: neutralIdOf(raw.TicketID, ATERA_LINK),
    createdAt: toIsoDateTime(raw.Created),
    resolvedAt: raw.Archived === true ? toIsoDateTime(raw.ArchivedDate) : null,
  };
}
