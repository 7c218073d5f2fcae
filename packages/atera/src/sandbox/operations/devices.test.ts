import { describe, expect, it } from 'vitest';
import type { GenericDeviceRecord, HttpDeviceRecord, SnmpDeviceRecord, TcpDeviceRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call, listAll } from './handler-test-kit';

describe('device handlers', () => {
  it('filters every device list by customerId and monitoringAgentId', () => {
    const state = createSandboxState({ seed: 10 });
    const customerId = state.customerIds[1] ?? 0;
    for (const id of ['devices.listSnmpDevices', 'devices.listTcpDevices', 'devices.listHttpDevices', 'devices.listGenericDevices'] as const) {
      const devices = listAll<{ CustomerID: number; MonitoringAgentID: number }>(call(state, id, { query: { customerId: String(customerId) } }));
      expect(devices.length, id).toBeGreaterThan(0);
      for (const device of devices) expect(device.CustomerID).toBe(customerId);
      const agentId = devices[0]?.MonitoringAgentID ?? 0;
      for (const device of listAll<{ MonitoringAgentID: number }>(call(state, id, { query: { monitoringAgentId: String(agentId) } }))) expect(device.MonitoringAgentID).toBe(agentId);
    }
    expect(call(state, 'devices.listTcpDevices', { query: { customerId: 'abc' } })).toMatchObject({ kind: 'error', status: 400 });
  });

  it('creates devices of every kind (201 with DeviceId and DeviceGuid) that later reads return', () => {
    const state = createSandboxState({ seed: 10 });
    const customerId = state.customerIds[0] ?? 0;
    const agentId = state.agentIds[0] ?? 0;
    const base = { CustomerID: customerId, MonitoringAgentID: agentId };
    const generic = bodyOf<{ DeviceId: number; DeviceGuid: string }>(call(state, 'devices.createGenericDevice', { body: { ...base, Name: 'nas-01' } }));
    expect(bodyOf<GenericDeviceRecord>(call(state, 'devices.getGenericDevice', { path: { deviceId: generic.DeviceId } }))).toMatchObject({ Name: 'nas-01', DeviceGuid: generic.DeviceGuid, CustomerID: customerId });
    const tcp = bodyOf<{ DeviceId: number }>(call(state, 'devices.createTcpDevice', { body: { ...base, Name: 'mail', Hostname: 'mail.example.com', Ports: [{ PortNum: 25 }] } }));
    expect(bodyOf<TcpDeviceRecord>(call(state, 'devices.getTcpDevice', { path: { deviceId: tcp.DeviceId } })).Ports).toEqual([{ PortNumber: 25, Monitored: true, Available: null }]);
    const web = bodyOf<{ DeviceId: number }>(call(state, 'devices.createHttpDevice', { body: { ...base, Name: 'site', URL: 'https://example.com' } }));
    expect(bodyOf<HttpDeviceRecord>(call(state, 'devices.getHttpDevice', { path: { deviceId: web.DeviceId } })).URL).toBe('https://example.com');
    const v2 = bodyOf<{ DeviceId: number; DeviceGuid: string }>(call(state, 'devices.createSnmpV1V2Device', { body: { ...base, Name: 'switch', Hostname: '10.0.0.2', Community: 'public', SNMPVersion: 'V2' } }));
    expect(bodyOf<SnmpDeviceRecord>(call(state, 'devices.getSnmpDeviceByGuid', { path: { deviceGuid: v2.DeviceGuid } }))).toMatchObject({ DeviceID: v2.DeviceId, Version: 'V2', Community: 'public' });
    const v3 = bodyOf<{ DeviceId: number }>(call(state, 'devices.createSnmpV3Device', { body: { ...base, Name: 'fw', Username: 'snmp', AuthenticationAlg: 'SHA1', PrivacyAlg: 'AES', AuthenticationPassword: 'secret-pass', _SecurityLevel: 'AuthenticationAndPrivacy' } }));
    const snmpV3 = bodyOf<SnmpDeviceRecord>(call(state, 'devices.getSnmpDevice', { path: { deviceId: v3.DeviceId } }));
    expect(snmpV3).toMatchObject({ Version: 'V3', Authentication: 'SHA1', Privacy: 'AES', SecurityLevel: 'AuthenticationAndPrivacy' });
    expect(JSON.stringify(snmpV3)).not.toContain('secret-pass');
  });

  it('rejects a device for an unknown customer or agent, and 404s for unknown ids and GUIDs', () => {
    const state = createSandboxState({ seed: 10 });
    const unknownAgent = call(state, 'devices.createGenericDevice', { body: { Name: 'x', CustomerID: state.customerIds[0], MonitoringAgentID: 5 } });
    expect(unknownAgent.kind === 'error' && unknownAgent.message).toMatch(/MonitoringAgentID 5/);
    expect(call(state, 'devices.createGenericDevice', { body: { Name: 'x', CustomerID: 5, MonitoringAgentID: state.agentIds[0] } })).toMatchObject({ kind: 'error', status: 400 });
    expect(call(state, 'devices.getHttpDevice', { path: { deviceId: 5 } })).toMatchObject({ kind: 'error', status: 404 });
    expect(call(state, 'devices.getSnmpDeviceByGuid', { path: { deviceGuid: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' } })).toMatchObject({ kind: 'error', status: 404 });
  });

  it('deletes a device: 204, then 404', () => {
    const state = createSandboxState({ seed: 10 });
    const deviceId = state.snmpDevices.ids()[0] ?? 0;
    expect(call(state, 'devices.deleteSnmpDevice', { path: { deviceId } })).toEqual({ kind: 'empty', status: 204 });
    expect(call(state, 'devices.getSnmpDevice', { path: { deviceId } })).toMatchObject({ kind: 'error', status: 404 });
  });
});
