import { deviceSchema } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import type { AgentDto } from '../generated/schemas';
import { toDeviceFromAgent, toDeviceFromGeneric, toDeviceFromHttp, toDeviceFromSnmp, toDeviceFromTcp } from './device-mapping';

const agent: AgentDto = {
  AgentID: 501,
  DeviceGuid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  CustomerID: 7,
  CustomerName: 'Acme &amp; Sons',
  AgentName: 'WS-01 &lt;front desk&gt;',
  MachineName: 'WS-01',
  OS: 'Windows 11 Pro',
  Online: true,
  LastSeen: '2026-02-01T10:00:00',
  Created: '2025-06-01T00:00:00Z',
  Modified: '2026-01-15T00:00:00Z',
  IpAddresses: ['', '10.0.0.10'],
  ReportedFromIP: '203.0.113.9',
  VendorSerialNumber: 'SN-123',
};

describe('device mapping', () => {
  it('maps an agent by its AgentID with names decoded and dates in ISO form', () => {
    const device = toDeviceFromAgent(agent);
    expect(deviceSchema.parse(device)).toEqual(device);
    expect(device).toMatchObject({
      id: '501',
      kind: 'agent',
      name: 'WS-01 <front desk>',
      hostname: 'WS-01',
      customerId: '7',
      customerName: 'Acme & Sons',
      operatingSystem: 'Windows 11 Pro',
      ipAddress: '10.0.0.10',
      serialNumber: 'SN-123',
      online: true,
      lastSeenAt: '2026-02-01T10:00:00.000Z',
      createdAt: '2025-06-01T00:00:00.000Z',
      updatedAt: '2026-01-15T00:00:00.000Z',
      raw: agent,
    });
  });

  it('names an agent by its machine when it has no agent name, and falls back to the reported IP', () => {
    expect(toDeviceFromAgent({ AgentID: 1, MachineName: 'SRV', ReportedFromIP: '203.0.113.9' })).toMatchObject({ name: 'SRV', ipAddress: '203.0.113.9', online: null });
  });

  it('maps monitored devices with their kind in the id', () => {
    const snmp = toDeviceFromSnmp({ DeviceID: 7, Name: 'Core switch', Hostname: '10.0.0.2', CustomerID: 7, CustomerName: 'Acme', Online: false });
    const http = toDeviceFromHttp({ DeviceID: 7, Name: 'Website', URL: 'https://www.acme.example/health', URLUp: true, ContainsPattern: true, CustomerID: 7 });
    const tcp = toDeviceFromTcp({ DeviceID: 8, Name: 'Mail', Hostname: 'mail.acme.example', CustomerID: 7 });
    const generic = toDeviceFromGeneric({ DeviceID: 9, Name: 'UPS', CustomerID: 7 });
    for (const device of [snmp, http, tcp, generic]) deviceSchema.parse(device);
    expect(snmp).toMatchObject({ id: 'snmp:7', kind: 'snmp', hostname: '10.0.0.2', ipAddress: '10.0.0.2', online: false });
    expect(http).toMatchObject({ id: 'http:7', kind: 'http', hostname: 'www.acme.example', ipAddress: null, online: true });
    expect(tcp).toMatchObject({ id: 'tcp:8', kind: 'tcp', hostname: 'mail.acme.example', online: null });
    expect(generic).toMatchObject({ id: 'generic:9', kind: 'generic', name: 'UPS', hostname: null, online: null, customerId: '7' });
  });

  it('reads an HTTP monitor whose page lacks its pattern as not online', () => {
    expect(toDeviceFromHttp({ DeviceID: 1, URL: 'www.acme.example', URLUp: true, ContainsPattern: false }).online).toBe(false);
    expect(toDeviceFromHttp({ DeviceID: 1, URL: 'not a url at all' }).hostname).toBeNull();
  });
});
