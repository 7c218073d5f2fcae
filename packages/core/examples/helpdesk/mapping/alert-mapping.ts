import type { Alert } from '@psagate/core';
import { neutralIdOf } from '@psagate/core/provider';
import type { HelpdeskAlert } from '../schemas/helpdesk-records';

/** A Helpdesk alert as a neutral alert: `crit`/`warn`/`info` become severities, `open` the status. */
export const toAlert = (raw: HelpdeskAlert): Alert => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  title: raw.title,
  message: null,
  severity: raw.level === 'crit' ? 'critical' : raw.level === 'warn' ? 'warning' : 'info',
  severityRaw: raw.level,
  status: raw.open ? 'open' : 'resolved',
  customerId: neutralIdOf(raw.customer_id),
  customerName: null,
  deviceId: neutralIdOf(raw.device_id),
  deviceName: null,
  ticketId: null,
  createdAt: raw.raised_at,
  resolvedAt: raw.cleared_at,
});
