import type { Device } from '@psagate/core';
import { neutralIdOf, recordIdOf, toIsoDateTime } from '@psagate/core/provider';
import type { AutomateComputer } from '../schemas/records';
import { AUTOMATE, nameOf, textOf } from './mapping-values';

/** An Automate computer as a neutral device (an agent; `online` is `Status === 'Online'`). */
export function toDevice(raw: AutomateComputer): Device {
  const hostname = textOf(raw.ComputerName);
  return {
    id: recordIdOf(raw.Id, { ...AUTOMATE, record: 'computer', field: 'Id' }),
    provider: AUTOMATE.provider,
    raw,
    kind: 'agent',
    name: textOf(raw.FriendlyName) ?? hostname ?? String(raw.Id),
    hostname,
    customerId: neutralIdOf(raw.Client?.Id),
    customerName: nameOf(raw.Client),
    operatingSystem: textOf(raw.OperatingSystemName),
    ipAddress: textOf(raw.LocalIPAddress),
    serialNumber: textOf(raw.SerialNumber),
    online: typeof raw.Status === 'string' ? raw.Status.toLowerCase() === 'online' : null,
    lastSeenAt: toIsoDateTime(raw.RemoteAgentLastContact),
    createdAt: toIsoDateTime(raw.DateAdded),
    updatedAt: null,
  };
}
