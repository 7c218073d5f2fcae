import { SetCustomValueRequest } from '../../generated/schemas';
import type { SandboxOperationHandler, SandboxOperationRequest, SandboxOperationResult } from '../operation-handler';
import type { CustomFieldTarget } from '../state/custom-fields';
import { normalizeCustomValue } from '../state/custom-value-store';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { pathId, pathText } from './request-values';
import { actionResult, failure, json, notFound } from './results';

interface TargetRoute {
  readonly target: CustomFieldTarget;
  /** Path parameter of the item's id (`ticketId`). */
  readonly param: string;
  readonly label: string;
}

interface TargetHandlers {
  readonly get: SandboxOperationHandler;
  readonly set: SandboxOperationHandler;
  readonly list: SandboxOperationHandler;
}

type ItemCheck = { readonly ok: true; readonly itemId: number } | { readonly ok: false; readonly result: SandboxOperationResult };

function item(route: TargetRoute, request: SandboxOperationRequest, store: SandboxStore): ItemCheck {
  const itemId = pathId(request, route.param);
  return store.customValues.itemExists(route.target, itemId) ? { ok: true, itemId } : { ok: false, result: notFound(route.label, itemId) };
}

function unknownField(route: TargetRoute, store: SandboxStore, fieldName: string, status: number): SandboxOperationResult {
  const names = store.customValues.fieldsOf(route.target).map((field) => JSON.stringify(field.Name));
  const known = names.length > 0 ? `Its ${route.target} fields are ${names.join(', ')}.` : `It has no ${route.target} custom fields.`;
  return failure(status, `The account has no ${route.target} custom field named ${JSON.stringify(fieldName)}. ${known} GET /api/v3/customvalues/customfields lists them all.`);
}

function targetHandlers(route: TargetRoute): TargetHandlers {
  return {
    get: (request, state) => {
      const store = sandboxStoreOf(state);
      const found = item(route, request, store);
      if (!found.ok) return found.result;
      const fieldName = pathText(request, 'fieldName');
      if (store.customValues.field(route.target, fieldName) === undefined) return unknownField(route, store, fieldName, 404);
      const value = store.customValues.value(route.target, found.itemId, fieldName);
      return json(value === undefined ? [] : [value]);
    },
    set: (request, state) => {
      const store = sandboxStoreOf(state);
      const found = item(route, request, store);
      if (!found.ok) return found.result;
      const fieldName = pathText(request, 'fieldName');
      const field = store.customValues.field(route.target, fieldName);
      if (field === undefined) return unknownField(route, store, fieldName, 400);
      const parsed = parseBody(request, SetCustomValueRequest, 'SetCustomValueRequest');
      if (!parsed.ok) return parsed.result;
      const raw = parsed.value.Value;
      if (raw === undefined || raw === null || raw === '') {
        store.customValues.set(field, found.itemId, null);
        return actionResult(found.itemId);
      }
      const normalized = normalizeCustomValue(field, raw);
      if (!normalized.ok) return failure(400, `Value for ${route.target} custom field ${JSON.stringify(field.Name)} (${field.DataType}) ${normalized.reason}, got ${JSON.stringify(raw)}.`);
      store.customValues.set(field, found.itemId, normalized.value);
      return actionResult(found.itemId);
    },
    list: (request, state) => {
      const store = sandboxStoreOf(state);
      const found = item(route, request, store);
      return found.ok ? json(store.customValues.values(route.target, found.itemId)) : found.result;
    },
  };
}

const ticket = targetHandlers({ target: 'Ticket', param: 'ticketId', label: 'ticket' });
const customer = targetHandlers({ target: 'Customer', param: 'customerId', label: 'customer' });
const contact = targetHandlers({ target: 'Contact', param: 'contactId', label: 'contact' });
const contract = targetHandlers({ target: 'Contract', param: 'contractId', label: 'contract' });
const sla = targetHandlers({ target: 'SLA', param: 'slaId', label: 'SLA' });
const agent = targetHandlers({ target: 'Agent', param: 'agentId', label: 'agent' });
const snmp = targetHandlers({ target: 'SNMPDevice', param: 'snmpDeviceId', label: 'SNMP device' });
const tcp = targetHandlers({ target: 'TCPDevice', param: 'tcpDeviceId', label: 'TCP device' });
const http = targetHandlers({ target: 'HTTPDevice', param: 'httpDeviceId', label: 'HTTP device' });
const generic = targetHandlers({ target: 'GenericDevice', param: 'genericDeviceId', label: 'generic device' });

export const customValueHandlers: GroupHandlers<'customValues'> = {
  'customValues.get': (request, state) => {
    const id = pathText(request, 'customValueId');
    const value = sandboxStoreOf(state).customValues.byId(id);
    return value === undefined ? failure(404, `No custom field value with id ${id} was found: ids come from the ItemId/Id of the values the customvalues routes list.`) : json([value]);
  },
  'customValues.listCustomFields': (_request, state) => json(sandboxStoreOf(state).customFields),

  'customValues.getTicketField': ticket.get,
  'customValues.setTicketField': ticket.set,
  'customValues.setTicketFieldViaPost': ticket.set,
  'customValues.listTicketFields': ticket.list,
  'customValues.getCustomerField': customer.get,
  'customValues.setCustomerField': customer.set,
  'customValues.setCustomerFieldViaPost': customer.set,
  'customValues.listCustomerFields': customer.list,
  'customValues.getContactField': contact.get,
  'customValues.setContactField': contact.set,
  'customValues.setContactFieldViaPost': contact.set,
  'customValues.listContactFields': contact.list,
  'customValues.getContractField': contract.get,
  'customValues.setContractField': contract.set,
  'customValues.setContractFieldViaPost': contract.set,
  'customValues.listContractFields': contract.list,
  'customValues.getSlaField': sla.get,
  'customValues.setSlaField': sla.set,
  'customValues.setSlaFieldViaPost': sla.set,
  'customValues.listSlaFields': sla.list,
  'customValues.getAgentField': agent.get,
  'customValues.setAgentField': agent.set,
  'customValues.setAgentFieldViaPost': agent.set,
  'customValues.listAgentFields': agent.list,
  'customValues.getSnmpDeviceField': snmp.get,
  'customValues.setSnmpDeviceField': snmp.set,
  'customValues.setSnmpDeviceFieldViaPost': snmp.set,
  'customValues.listSnmpDeviceFields': snmp.list,
  'customValues.getTcpDeviceField': tcp.get,
  'customValues.setTcpDeviceField': tcp.set,
  'customValues.setTcpDeviceFieldViaPost': tcp.set,
  'customValues.listTcpDeviceFields': tcp.list,
  'customValues.getHttpDeviceField': http.get,
  'customValues.setHttpDeviceField': http.set,
  'customValues.setHttpDeviceFieldViaPost': http.set,
  'customValues.listHttpDeviceFields': http.list,
  'customValues.getGenericDeviceField': generic.get,
  'customValues.setGenericDeviceField': generic.set,
  'customValues.setGenericDeviceFieldViaPost': generic.set,
  'customValues.listGenericDeviceFields': generic.list,
};
