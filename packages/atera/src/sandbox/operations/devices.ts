import {
  CreateGenericDeviceRequest,
  CreateHttpDeviceRequest,
  CreateSnmpV1DeviceRequest,
  CreateSnmpV3DeviceRequest,
  CreateTcpDeviceRequest,
} from '../../generated/schemas';
import { SeededRandom } from '../seeded-random';
import type { SandboxOperationHandler, SandboxOperationRequest, SandboxOperationResult } from '../operation-handler';
import type { RecordTable } from '../state/record-table';
import type { GenericDeviceRecord, HttpDeviceRecord, SnmpDeviceRecord, TcpDeviceRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { pathId, pathText, queryInteger } from './request-values';
import { failure, idsPage, json, noContent, notFound, unknownReference } from './results';

type DeviceRecord = SnmpDeviceRecord | TcpDeviceRecord | HttpDeviceRecord | GenericDeviceRecord;

interface DeviceKind<T extends DeviceRecord> {
  readonly label: string;
  readonly type: string;
  readonly listRoute: string;
  readonly table: (store: SandboxStore) => RecordTable<T>;
}

const snmp: DeviceKind<SnmpDeviceRecord> = { label: 'SNMP device', type: 'SNMP', listRoute: 'GET /api/v3/devices/snmpdevices', table: (store) => store.snmpDevices };
const tcp: DeviceKind<TcpDeviceRecord> = { label: 'TCP device', type: 'TCP', listRoute: 'GET /api/v3/devices/tcpdevices', table: (store) => store.tcpDevices };
const httpKind: DeviceKind<HttpDeviceRecord> = { label: 'HTTP device', type: 'HTTP', listRoute: 'GET /api/v3/devices/httpdevices', table: (store) => store.httpDevices };
const generic: DeviceKind<GenericDeviceRecord> = { label: 'generic device', type: 'Generic', listRoute: 'GET /api/v3/devices/genericdevices', table: (store) => store.genericDevices };

/** A monitored device (not an agent) by its DeviceGuid, with the kind of device it is. */
export function deviceByGuid(store: SandboxStore, guid: string): { readonly type: string; readonly record: DeviceRecord } | undefined {
  const wanted = guid.toLowerCase();
  for (const kind of [snmp, tcp, httpKind, generic] as const) {
    const record = (kind.table(store) as RecordTable<DeviceRecord>).find((device) => device.DeviceGuid.toLowerCase() === wanted);
    if (record !== undefined) return { type: kind.type, record };
  }
  return undefined;
}

/** Whether a customer still has monitored devices (it cannot be deleted then). */
export function customerHasDevices(store: SandboxStore, customerId: number): boolean {
  return [snmp, tcp, httpKind, generic].some((kind) => (kind.table(store) as RecordTable<DeviceRecord>).find((device) => device.CustomerID === customerId) !== undefined);
}

function listDevices<T extends DeviceRecord>(kind: DeviceKind<T>): SandboxOperationHandler {
  return (request, state) => {
    const store = sandboxStoreOf(state);
    const customerId = queryInteger(request, 'customerId');
    if (!customerId.ok) return failure(400, customerId.message);
    const agentId = queryInteger(request, 'monitoringAgentId');
    if (!agentId.ok) return failure(400, agentId.message);
    const table = kind.table(store);
    if (customerId.value === undefined && agentId.value === undefined) return idsPage(table, table.ids());
    return idsPage(table, table.idsWhere((id) => {
      const device = table.get(id);
      return device !== undefined && (customerId.value === undefined || device.CustomerID === customerId.value) && (agentId.value === undefined || device.MonitoringAgentID === agentId.value);
    }));
  };
}

function getDevice<T extends DeviceRecord>(kind: DeviceKind<T>): SandboxOperationHandler {
  return (request, state) => {
    const deviceId = pathId(request, 'deviceId');
    const device = kind.table(sandboxStoreOf(state)).get(deviceId);
    return device === undefined ? notFound(kind.label, deviceId, kind.listRoute) : json(device);
  };
}

function deleteDevice<T extends DeviceRecord>(kind: DeviceKind<T>): SandboxOperationHandler {
  return (request, state) => {
    const deviceId = pathId(request, 'deviceId');
    return kind.table(sandboxStoreOf(state)).delete(deviceId) ? noContent : notFound(kind.label, deviceId, kind.listRoute);
  };
}

interface DevicePlacement {
  readonly Name?: string | null | undefined;
  readonly CustomerID?: number | undefined;
  readonly FolderID?: number | null | undefined;
  readonly MonitoringAgentID?: number | undefined;
  readonly Monitored?: boolean | undefined;
}

type Placement = { readonly ok: false; readonly result: SandboxOperationResult } | {
  readonly ok: true;
  readonly fields: { Name: string; CustomerID: number; CustomerName: string | null; FolderID: number | null; MonitoringAgentID: number; Monitored: boolean };
};

/** Checks what every device create names: its customer, its folder and the agent that monitors it. */
function placeDevice(store: SandboxStore, body: DevicePlacement): Placement {
  if (body.Name === undefined || body.Name === null || body.Name.trim() === '') return { ok: false, result: failure(400, 'Name is required: give the device a name.') };
  if (body.CustomerID === undefined) return { ok: false, result: failure(400, 'CustomerID is required: the customer the device belongs to.') };
  const customer = store.customers.get(body.CustomerID);
  if (customer === undefined) return { ok: false, result: unknownReference('CustomerID', 'customer', body.CustomerID) };
  if (body.MonitoringAgentID === undefined) return { ok: false, result: failure(400, 'MonitoringAgentID is required: the AgentID of the agent that polls the device.') };
  if (!store.agents.has(body.MonitoringAgentID)) return { ok: false, result: unknownReference('MonitoringAgentID', 'agent', body.MonitoringAgentID) };
  const folderId = body.FolderID ?? null;
  if (folderId !== null && !store.folders.has(folderId)) return { ok: false, result: unknownReference('FolderID', 'folder', folderId) };
  return {
    ok: true,
    fields: { Name: body.Name, CustomerID: body.CustomerID, CustomerName: customer.CustomerName, FolderID: folderId, MonitoringAgentID: body.MonitoringAgentID, Monitored: body.Monitored ?? true },
  };
}

/** Stores a new device and answers with Atera's `CreatedDeviceResult`. */
function createDevice<T extends DeviceRecord>(store: SandboxStore, kind: DeviceKind<T>, make: (deviceId: number, deviceGuid: string) => T): SandboxOperationResult {
  const table = kind.table(store);
  const deviceId = table.allocateId();
  const deviceGuid = SeededRandom.for(store.seed, `created-${kind.type}-device`, deviceId).guid();
  table.insert(deviceId, make(deviceId, deviceGuid));
  return json({ DeviceId: deviceId, DeviceGuid: deviceGuid }, 201);
}

/** The fields both SNMP creates share, from a placed device. */
function snmpRecord(placed: Extract<Placement, { ok: true }>['fields'], body: { Hostname?: string | null | undefined; Port?: number | undefined; SNMPType?: string | null | undefined }) {
  return { ...placed, Hostname: body.Hostname ?? null, Online: true, Port: String(body.Port ?? 161), Type: body.SNMPType ?? null, Model: null };
}

function createSnmpV1V2(request: SandboxOperationRequest, store: SandboxStore): SandboxOperationResult {
  const parsed = parseBody(request, CreateSnmpV1DeviceRequest, 'CreateSnmpV1DeviceRequest');
  if (!parsed.ok) return parsed.result;
  const body = parsed.value;
  const placed = placeDevice(store, body);
  if (!placed.ok) return placed.result;
  return createDevice(store, snmp, (deviceId, deviceGuid) => ({
    ...snmpRecord(placed.fields, body),
    DeviceID: deviceId,
    DeviceGuid: deviceGuid,
    Community: body.Community ?? null,
    Version: body.SNMPVersion ?? 'V2',
    SecurityLevel: 'Undefined',
    Authentication: null,
    Privacy: null,
  }));
}

/** An SNMP v3 device; its passwords are accepted and never stored or served back. */
function createSnmpV3(request: SandboxOperationRequest, store: SandboxStore): SandboxOperationResult {
  const parsed = parseBody(request, CreateSnmpV3DeviceRequest, 'CreateSnmpV3DeviceRequest');
  if (!parsed.ok) return parsed.result;
  const body = parsed.value;
  const placed = placeDevice(store, body);
  if (!placed.ok) return placed.result;
  return createDevice(store, snmp, (deviceId, deviceGuid) => ({
    ...snmpRecord(placed.fields, body),
    DeviceID: deviceId,
    DeviceGuid: deviceGuid,
    Community: null,
    Version: 'V3',
    SecurityLevel: body._SecurityLevel ?? 'Undefined',
    Authentication: body.AuthenticationAlg ?? null,
    Privacy: body.PrivacyAlg ?? null,
  }));
}

export const deviceHandlers: GroupHandlers<'devices'> = {
  'devices.listGenericDevices': listDevices(generic),
  'devices.getGenericDevice': getDevice(generic),
  'devices.deleteGenericDevice': deleteDevice(generic),
  'devices.createGenericDevice': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateGenericDeviceRequest, 'CreateGenericDeviceRequest');
    if (!parsed.ok) return parsed.result;
    const placed = placeDevice(store, parsed.value);
    if (!placed.ok) return placed.result;
    return createDevice(store, generic, (deviceId, deviceGuid) => ({ ...placed.fields, DeviceID: deviceId, DeviceGuid: deviceGuid }));
  },

  'devices.listTcpDevices': listDevices(tcp),
  'devices.getTcpDevice': getDevice(tcp),
  'devices.deleteTcpDevice': deleteDevice(tcp),
  'devices.createTcpDevice': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateTcpDeviceRequest, 'CreateTcpDeviceRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    const placed = placeDevice(store, body);
    if (!placed.ok) return placed.result;
    const badPort = (body.Ports ?? []).find((port) => port.PortNum === undefined || port.PortNum < 1 || port.PortNum > 65_535);
    if (badPort !== undefined) return failure(400, `Ports: every port needs a PortNum between 1 and 65535, got ${String(badPort.PortNum)}.`);
    return createDevice(store, tcp, (deviceId, deviceGuid) => ({
      ...placed.fields,
      DeviceID: deviceId,
      DeviceGuid: deviceGuid,
      Hostname: body.Hostname ?? null,
      Ports: (body.Ports ?? []).map((port) => ({ PortNumber: port.PortNum ?? 0, Monitored: port.Monitored ?? true, Available: null })),
    }));
  },

  'devices.listHttpDevices': listDevices(httpKind),
  'devices.getHttpDevice': getDevice(httpKind),
  'devices.deleteHttpDevice': deleteDevice(httpKind),
  'devices.createHttpDevice': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateHttpDeviceRequest, 'CreateHttpDeviceRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    const placed = placeDevice(store, body);
    if (!placed.ok) return placed.result;
    if (body.URL === undefined || body.URL === null || !/^https?:\/\//i.test(body.URL)) return failure(400, 'URL is required and must start with http:// or https://.');
    return createDevice(store, httpKind, (deviceId, deviceGuid) => ({
      ...placed.fields,
      DeviceID: deviceId,
      DeviceGuid: deviceGuid,
      URL: body.URL ?? null,
      Pattern: body.Pattern ?? null,
      URLUp: true,
      ContainsPattern: body.Pattern === undefined || body.Pattern === null,
    }));
  },

  'devices.listSnmpDevices': listDevices(snmp),
  'devices.getSnmpDevice': getDevice(snmp),
  'devices.deleteSnmpDevice': deleteDevice(snmp),
  'devices.getSnmpDeviceByGuid': (request, state) => {
    const guid = pathText(request, 'deviceGuid').toLowerCase();
    const device = sandboxStoreOf(state).snmpDevices.find((candidate) => candidate.DeviceGuid.toLowerCase() === guid);
    return device === undefined ? failure(404, `No SNMP device with DeviceGuid ${guid} was found. List them with GET /api/v3/devices/snmpdevices.`) : json(device);
  },
  'devices.createSnmpV1V2Device': (request, state) => createSnmpV1V2(request, sandboxStoreOf(state)),
  'devices.createSnmpV3Device': (request, state) => createSnmpV3(request, sandboxStoreOf(state)),
};
