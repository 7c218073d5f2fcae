import { CreateAlertRequest } from '../../generated/schemas';
import type { AlertRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import { isoOf } from '../state/seed-time';
import { agentByGuid } from './agents';
import { deviceByGuid } from './devices';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { pathId, queryChoice } from './request-values';
import { created, failure, idsPage, json, noContent, notFound, unknownReference } from './results';

const ALERT_STATUSES = ['Open', 'Resolved', 'Snoozed'] as const;

/** Resolved: archived. Snoozed: open and snoozed until later than now. Open: the other open ones. */
function alertStatusOf(alert: AlertRecord, now: number): (typeof ALERT_STATUSES)[number] {
  if (alert.Archived === true) return 'Resolved';
  if (alert.SnoozedEndDate !== null && Date.parse(alert.SnoozedEndDate) > now) return 'Snoozed';
  return 'Open';
}

/** What a new alert says about the device it is raised on: an agent or a monitored device. */
function alertSubject(store: SandboxStore, guid: string | undefined): Pick<AlertRecord, 'DeviceGuid' | 'AgentId' | 'DeviceName' | 'CustomerID' | 'FolderID' | 'DeviceType'> | undefined {
  if (guid === undefined) return undefined;
  const agent = agentByGuid(store, guid);
  if (agent !== undefined) {
    return { DeviceGuid: agent.DeviceGuid, AgentId: agent.AgentID, DeviceName: agent.MachineName, CustomerID: agent.CustomerID, FolderID: agent.FolderID, DeviceType: 'Agent' };
  }
  const device = deviceByGuid(store, guid);
  if (device === undefined) return undefined;
  return { DeviceGuid: device.record.DeviceGuid, AgentId: device.record.MonitoringAgentID, DeviceName: device.record.Name, CustomerID: device.record.CustomerID, FolderID: device.record.FolderID, DeviceType: device.type };
}

export const alertHandlers: GroupHandlers<'alerts'> = {
  'alerts.list': (request, state) => {
    const store = sandboxStoreOf(state);
    const status = queryChoice(request, 'alertStatus', ALERT_STATUSES);
    if (!status.ok) return failure(400, status.message);
    const wanted = status.value;
    if (wanted === undefined) return idsPage(store.alerts, store.alerts.ids());
    const now = store.now();
    return idsPage(store.alerts, store.alerts.idsWhere((alertId) => {
      const alert = store.alerts.get(alertId);
      return alert !== undefined && alertStatusOf(alert, now) === wanted;
    }));
  },

  'alerts.create': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateAlertRequest, 'CreateAlertRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    const subject = alertSubject(store, body.DeviceGuid);
    if (body.DeviceGuid !== undefined && subject === undefined) return unknownReference('DeviceGuid', 'agent or device', body.DeviceGuid);
    const customerId = body.CustomerID ?? subject?.CustomerID ?? null;
    if (customerId === null) return failure(400, 'An alert needs a device or a customer: send DeviceGuid (an agent or device) or CustomerID.');
    const customer = store.customers.get(customerId);
    if (customer === undefined) return unknownReference('CustomerID', 'customer', customerId);
    if (body.TicketID !== undefined && body.TicketID !== null && !store.tickets.has(body.TicketID)) return unknownReference('TicketID', 'ticket', body.TicketID);
    if (body.Title === undefined || body.Title === null || body.Title.trim() === '') return failure(400, 'Title is required: say what the alert is about.');
    const alertId = store.alerts.allocateId();
    store.alerts.insert(alertId, {
      AlertID: alertId,
      Code: body.Code ?? 0,
      Source: 'API',
      Title: body.Title,
      Severity: body.Severity ?? 'Information',
      Created: isoOf(store.now()),
      SnoozedEndDate: body.SnoozedEndDate ?? null,
      DeviceGuid: subject?.DeviceGuid ?? null,
      AgentId: subject?.AgentId ?? null,
      AdditionalInfo: body.AdditionalInfo ?? null,
      Archived: false,
      AlertCategoryID: body.AlertCategoryID ?? 'General',
      ArchivedDate: null,
      TicketID: body.TicketID ?? null,
      AlertMessage: body.MessageTemplate ?? body.Title,
      DeviceName: subject?.DeviceName ?? null,
      CustomerID: customerId,
      CustomerName: customer.CustomerName,
      FolderID: body.FolderID ?? subject?.FolderID ?? null,
      PollingCyclesCount: 1,
      DeviceType: subject?.DeviceType ?? null,
    });
    return created(alertId);
  },

  'alerts.get': (request, state) => {
    const alertId = pathId(request, 'alertId');
    const alert = sandboxStoreOf(state).alerts.get(alertId);
    return alert === undefined ? notFound('alert', alertId, 'GET /api/v3/alerts') : json(alert);
  },

  'alerts.resolve': (request, state) => {
    const store = sandboxStoreOf(state);
    const alertId = pathId(request, 'alertId');
    const alert = store.alerts.get(alertId);
    if (alert === undefined) return notFound('alert', alertId, 'GET /api/v3/alerts');
    if (alert.Archived !== true) store.alerts.replace(alertId, { ...alert, Archived: true, ArchivedDate: isoOf(store.now()), SnoozedEndDate: null });
    return noContent;
  },

  'alerts.delete': (request, state) => {
    const alertId = pathId(request, 'alertId');
    return sandboxStoreOf(state).alerts.delete(alertId) ? noContent : notFound('alert', alertId, 'GET /api/v3/alerts');
  },
};
