import type { Device } from '@psagate/core';
import { neutralIdOf, recordIdOf, toIsoDateTime } from '@psagate/core/provider';
import type { AgentDto, GenericDeviceDto, HttpDeviceDto, SnmpDeviceDto, TcpDeviceDto } from '../generated/schemas';
import { formatDeviceId } from './device-ids';
import { readText } from './html-text';
import { ATERA_ID_SITE, ATERA_LINK } from './id-sites';

/** A machine running the Atera agent; its id is its `AgentID`. */
export function toDeviceFromAgent(raw: AgentDto): Device {
  const hostname = readText(raw.MachineName);
  return {
    id: formatDeviceId('agent', recordIdOf(raw.AgentID, { ...ATERA_ID_SITE, record: 'agent', field: 'AgentID' })),
    provider: 'atera',
    raw,
    kind: 'agent',
    name: readText(raw.AgentName) ?? hostname ?? readText(raw.SystemName) ?? '',
    hostname,
    customerId: neutralIdOf(raw.CustomerID, ATERA_LINK),
    customerName: readText(raw.CustomerName),
    operatingSystem: readText(raw.OS),
    ipAddress: raw.IpAddresses?.find((address) => address.trim() !== '') ?? readText(raw.ReportedFromIP),
    serialNumber: readText(raw.VendorSerialNumber),
    online: raw.Online ?? null,
    lastSeenAt: toIsoDateTime(raw.LastSeen),
    createdAt: toIsoDateTime(raw.Created),
    updatedAt: toIsoDateTime(raw.Modified),
  };
}

type MonitoredDeviceDto = SnmpDeviceDto | HttpDeviceDto | TcpDeviceDto | GenericDeviceDto;

/** What every monitored device shares; Atera reports no dates for them. */
function monitored(kind: 'snmp' | 'http' | 'tcp' | 'generic', raw: MonitoredDeviceDto, hostname: string | null, online: boolean | null): Device {
  return {
    id: formatDeviceId(kind, recordIdOf(raw.DeviceID, { ...ATERA_ID_SITE, record: `${kind} device`, field: 'DeviceID' })),
    provider: 'atera',
    raw,
    kind,
    name: readText(raw.Name) ?? hostname ?? '',
    hostname,
    customerId: neutralIdOf(raw.CustomerID, ATERA_LINK),
    customerName: readText(raw.CustomerName),
    operatingSystem: null,
    ipAddress: hostname !== null && isIpAddress(hostname) ? hostname : null,
    serialNumber: null,
    online,
    lastSeenAt: null,
    createdAt: null,
    updatedAt: null,
  };
}

/** An SNMP device Atera monitors. */
export function toDeviceFromSnmp(raw: SnmpDeviceDto): Device {
  return monitored('snmp', raw, readText(raw.Hostname), raw.Online ?? null);
}

/** An HTTP monitor: up when its URL answers (and holds its pattern, when it has one). */
export function toDeviceFromHttp(raw: HttpDeviceDto): Device {
  const online = raw.URLUp === undefined ? null : raw.URLUp && (raw.ContainsPattern ?? true);
  return monitored('http', raw, hostOf(raw.URL), online);
}

/** A TCP monitor: Atera reports its ports' state, not one reachability flag. */
export function toDeviceFromTcp(raw: TcpDeviceDto): Device {
  return monitored('tcp', raw, readText(raw.Hostname), null);
}

/** A generic device Atera monitors: it reports no host or state. */
export function toDeviceFromGeneric(raw: GenericDeviceDto): Device {
  return monitored('generic', raw, null, null);
}

function hostOf(url: string | null | undefined): string | null {
  const text = readText(url);
  if (text === null) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname || null;
  } catch {
    return null;
  }
}

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || /^\[?[0-9a-f:]+\]?$/i.test(host);
}
