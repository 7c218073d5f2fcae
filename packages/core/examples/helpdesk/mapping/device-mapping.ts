import type { Device } from '@psagate/core';
import { neutralIdOf } from '@psagate/core/provider';
import type { HelpdeskDevice } from '../schemas/helpdesk-records';

/** A Helpdesk device (always an agent) as a neutral device. */
export const toDevice = (raw: HelpdeskDevice): Device => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  kind: 'agent',
  name: raw.hostname,
  hostname: raw.hostname,
  customerId: neutralIdOf(raw.customer_id),
  customerName: null,
  operatingSystem: raw.os,
  ipAddress: null,
  serialNumber: null,
  online: raw.online,
  lastSeenAt: raw.last_seen,
  createdAt: null,
  updatedAt: null,
});
