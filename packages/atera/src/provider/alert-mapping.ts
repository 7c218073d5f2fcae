import { type Alert, type AlertSeverity, toIsoDateTime } from '@psagate/core';
import type { AlertDto } from '../generated/schemas';
import { neutralId, recordId } from './atera-ids';
import { readText } from './html-text';

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
export function alertFromAtera(raw: AlertDto): Alert {
  return {
    id: String(recordId(raw.AlertID, 'AlertID')),
    provider: 'atera',
    raw,
    title: readText(raw.Title) ?? readText(raw.AlertMessage) ?? '',
    message: readText(raw.AlertMessage) ?? readText(raw.AdditionalInfo),
    severity: alertSeverityFromAtera(raw.Severity),
    severityRaw: raw.Severity ?? null,
    status: raw.Archived === true ? 'resolved' : 'open',
    customerId: neutralId(raw.CustomerID),
    customerName: readText(raw.CustomerName),
    deviceId: MONITORED_DEVICE_TYPE.test(raw.DeviceType ?? '') ? null : neutralId(raw.AgentId),
    deviceName: readText(raw.DeviceName),
    ticketId: neutralId(raw.TicketID),
    createdAt: toIsoDateTime(raw.Created),
    resolvedAt: raw.Archived === true ? toIsoDateTime(raw.ArchivedDate) : null,
  };
}
