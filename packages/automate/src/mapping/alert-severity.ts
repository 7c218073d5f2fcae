import type { AlertSeverity } from '@psagate/core';
import type { AutomateReference } from '../schemas/records';

const SEVERITY_BY_NAME: Readonly<Record<string, AlertSeverity>> = {
  critical: 'critical',
  error: 'critical',
  emergency: 'critical',
  fatal: 'critical',
  warning: 'warning',
  warn: 'warning',
  informational: 'info',
  information: 'info',
  info: 'info',
};

/** Severity by name; without a known name, by id (higher is more severe, per one low-confidence source). */
export function alertSeverityOf(severity: AutomateReference | null | undefined): AlertSeverity {
  const byName = typeof severity?.Name === 'string' ? SEVERITY_BY_NAME[severity.Name.trim().toLowerCase()] : undefined;
  if (byName) return byName;
  const id = Number(severity?.Id);
  if (Number.isFinite(id)) return id >= 3 ? 'critical' : id === 2 ? 'warning' : 'info';
  return 'info';
}
