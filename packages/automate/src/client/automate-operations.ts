import { z } from 'zod';
import { fieldOptionsShape, listOptionsShape } from './list-options';
import type { AutomateRouteCaller } from './automate-route-caller';
import { type CallOptions, defineOperation } from './operation';
import {
  batchScriptWrite,
  clientWrite,
  contactWrite,
  idParam,
  locationWrite,
  patchDocument,
  scheduledScriptWrite,
} from '../schemas/inputs';
import * as records from '../schemas/records';

const listParams = z.strictObject(listOptionsShape);
const listOf = <K extends string>(key: K) => z.strictObject({ [key]: idParam, ...listOptionsShape } as { [P in K]: typeof idParam } & typeof listOptionsShape);
const getOf = <K extends string>(key: K) => z.strictObject({ [key]: idParam, ...fieldOptionsShape } as { [P in K]: typeof idParam } & typeof fieldOptionsShape);
const idOf = <K extends string>(key: K) => z.strictObject({ [key]: idParam } as { [P in K]: typeof idParam });
const withBody = <K extends string, B extends z.ZodType>(key: K, body: B) => z.strictObject({ [key]: idParam, body } as { [P in K]: typeof idParam } & { body: B });
const bodyOnly = <B extends z.ZodType>(body: B) => z.strictObject({ body });

export type ListParams = z.input<typeof listParams>;
/** What single-record reads accept besides their id. */
export type FieldParams = z.input<z.ZodObject<typeof fieldOptionsShape, z.core.$strict>>;

const ops = {
  computersList: defineOperation('computers.list', listParams, records.automateComputer),
  computersGet: defineOperation('computers.get', getOf('computerId'), records.automateComputer),
  computersListAlerts: defineOperation('computers.listAlerts', listOf('computerId'), records.automateAlert),
  computersGetOperatingSystem: defineOperation('computers.getOperatingSystem', getOf('computerId'), records.automateOperatingSystem),
  computersListScheduledScripts: defineOperation('computers.listScheduledScripts', listOf('computerId'), records.automateScheduledScript),
  computersScheduleScript: defineOperation('computers.scheduleScript', withBody('computerId', scheduledScriptWrite), records.automateScheduledScript),
  computersListScriptHistory: defineOperation('computers.listScriptHistory', listOf('computerId'), records.automateScriptHistory),

  clientsList: defineOperation('clients.list', listParams, records.automateClientRecord),
  clientsGet: defineOperation('clients.get', getOf('clientId'), records.automateClientRecord),
  clientsCreate: defineOperation('clients.create', bodyOnly(clientWrite), records.automateClientRecord),
  clientsUpdate: defineOperation('clients.update', withBody('clientId', clientWrite), records.automateClientRecord),
  clientsPatch: defineOperation('clients.patch', withBody('clientId', patchDocument), records.automateClientRecord),
  clientsDelete: defineOperation('clients.delete', idOf('clientId'), undefined),

  locationsList: defineOperation('locations.list', listParams, records.automateLocation),
  locationsGet: defineOperation('locations.get', getOf('locationId'), records.automateLocation),
  locationsCreate: defineOperation('locations.create', bodyOnly(locationWrite), records.automateLocation),
  locationsUpdate: defineOperation('locations.update', withBody('locationId', locationWrite), records.automateLocation),
  locationsPatch: defineOperation('locations.patch', withBody('locationId', patchDocument), records.automateLocation),
  locationsDelete: defineOperation('locations.delete', idOf('locationId'), undefined),

  contactsList: defineOperation('contacts.list', listParams, records.automateContact),
  contactsGet: defineOperation('contacts.get', getOf('contactId'), records.automateContact),
  contactsCreate: defineOperation('contacts.create', bodyOnly(contactWrite), records.automateContact),
  contactsUpdate: defineOperation('contacts.update', withBody('contactId', contactWrite), records.automateContact),
  contactsDelete: defineOperation('contacts.delete', idOf('contactId'), undefined),

  usersList: defineOperation('users.list', listParams, records.automateUser),
  usersGet: defineOperation('users.get', getOf('userId'), records.automateUser),

  alertsList: defineOperation('alerts.list', listParams, records.automateAlert),
  alertsGet: defineOperation('alerts.get', getOf('alertId'), records.automateAlert),

  ticketsList: defineOperation('tickets.list', listParams, records.automateTicket),
  ticketsGet: defineOperation('tickets.get', getOf('ticketId'), records.automateTicket),

  scriptsList: defineOperation('scripts.list', listParams, records.automateScript),
  scriptsScheduleBatch: defineOperation('scripts.scheduleBatch', bodyOnly(batchScriptWrite), records.automateBatchScriptResponse),
  scriptsExecuteBatch: defineOperation('scripts.executeBatch', bodyOnly(batchScriptWrite), records.automateBatchScriptResponse),
};

type Input<K extends keyof typeof ops> = z.input<(typeof ops)[K]['params']>;

/** Binds every operation to a route caller: `client.<group>.<method>(params, options)`. */
export function bindAutomateOperations(call: AutomateRouteCaller) {
  return {
    computers: {
      /** GET /v1/Computers */
      list: (params: Input<'computersList'> = {}, options?: CallOptions) => call.list(ops.computersList, params, options),
      /** GET /v1/Computers/{computerId} */
      get: (params: Input<'computersGet'>, options?: CallOptions) => call.send(ops.computersGet, params, options),
      /** GET /v1/Computers/{computerId}/Alerts */
      listAlerts: (params: Input<'computersListAlerts'>, options?: CallOptions) => call.list(ops.computersListAlerts, params, options),
      /** GET /v1/Computers/{computerId}/OperatingSystem */
      getOperatingSystem: (params: Input<'computersGetOperatingSystem'>, options?: CallOptions) => call.send(ops.computersGetOperatingSystem, params, options),
      /** GET /v1/Computers/{computerId}/ScheduledScripts */
      listScheduledScripts: (params: Input<'computersListScheduledScripts'>, options?: CallOptions) => call.list(ops.computersListScheduledScripts, params, options),
      /** POST /v1/Computers/{computerId}/ScheduledScripts: runs a script on the computer (now, or at EffectiveStartDate). */
      scheduleScript: (params: Input<'computersScheduleScript'>, options?: CallOptions) => call.send(ops.computersScheduleScript, params, options),
      /** GET /v1/Computers/{computerId}/ScriptHistory */
      listScriptHistory: (params: Input<'computersListScriptHistory'>, options?: CallOptions) => call.list(ops.computersListScriptHistory, params, options),
    },
    clients: {
      /** GET /v1/Clients */
      list: (params: Input<'clientsList'> = {}, options?: CallOptions) => call.list(ops.clientsList, params, options),
      /** GET /v1/Clients/{clientId} */
      get: (params: Input<'clientsGet'>, options?: CallOptions) => call.send(ops.clientsGet, params, options),
      /** POST /v1/Clients */
      create: (params: Input<'clientsCreate'>, options?: CallOptions) => call.send(ops.clientsCreate, params, options),
      /** PUT /v1/Clients/{clientId}: replaces the client. */
      update: (params: Input<'clientsUpdate'>, options?: CallOptions) => call.send(ops.clientsUpdate, params, options),
      /** PATCH /v1/Clients/{clientId}: JSON-patch operations (`[{ Op: 'replace', Path: '/City', Value: 'Leeds' }]`). */
      patch: (params: Input<'clientsPatch'>, options?: CallOptions) => call.send(ops.clientsPatch, params, options),
      /** DELETE /v1/Clients/{clientId} */
      delete: (params: Input<'clientsDelete'>, options?: CallOptions) => call.sendForNothing(ops.clientsDelete, params, options),
    },
    locations: {
      /** GET /v1/Locations */
      list: (params: Input<'locationsList'> = {}, options?: CallOptions) => call.list(ops.locationsList, params, options),
      /** GET /v1/Locations/{locationId} */
      get: (params: Input<'locationsGet'>, options?: CallOptions) => call.send(ops.locationsGet, params, options),
      /** POST /v1/Locations (Client.Id required) */
      create: (params: Input<'locationsCreate'>, options?: CallOptions) => call.send(ops.locationsCreate, params, options),
      /** PUT /v1/Locations/{locationId} */
      update: (params: Input<'locationsUpdate'>, options?: CallOptions) => call.send(ops.locationsUpdate, params, options),
      /** PATCH /v1/Locations/{locationId} */
      patch: (params: Input<'locationsPatch'>, options?: CallOptions) => call.send(ops.locationsPatch, params, options),
      /** DELETE /v1/Locations/{locationId} */
      delete: (params: Input<'locationsDelete'>, options?: CallOptions) => call.sendForNothing(ops.locationsDelete, params, options),
    },
    contacts: {
      /** GET /v2/Contacts */
      list: (params: Input<'contactsList'> = {}, options?: CallOptions) => call.list(ops.contactsList, params, options),
      /** GET /v2/Contacts/{contactId} */
      get: (params: Input<'contactsGet'>, options?: CallOptions) => call.send(ops.contactsGet, params, options),
      /** POST /v2/Contacts */
      create: (params: Input<'contactsCreate'>, options?: CallOptions) => call.send(ops.contactsCreate, params, options),
      /** PUT /v2/Contacts/{contactId} */
      update: (params: Input<'contactsUpdate'>, options?: CallOptions) => call.send(ops.contactsUpdate, params, options),
      /** DELETE /v2/Contacts/{contactId} */
      delete: (params: Input<'contactsDelete'>, options?: CallOptions) => call.sendForNothing(ops.contactsDelete, params, options),
    },
    users: {
      /** GET /v1/Users (technicians; end users are contacts) */
      list: (params: Input<'usersList'> = {}, options?: CallOptions) => call.list(ops.usersList, params, options),
      /** GET /v1/Users/{userId} */
      get: (params: Input<'usersGet'>, options?: CallOptions) => call.send(ops.usersGet, params, options),
    },
    alerts: {
      /** GET /v1/Alerts (read-only: the API cannot clear an alert) */
      list: (params: Input<'alertsList'> = {}, options?: CallOptions) => call.list(ops.alertsList, params, options),
      /** GET /v1/Alerts/{alertId} */
      get: (params: Input<'alertsGet'>, options?: CallOptions) => call.send(ops.alertsGet, params, options),
    },
    tickets: {
      /** GET /v1/Tickets (read-only; comments are embedded in each ticket) */
      list: (params: Input<'ticketsList'> = {}, options?: CallOptions) => call.list(ops.ticketsList, params, options),
      /** GET /v1/Tickets/{ticketId} */
      get: (params: Input<'ticketsGet'>, options?: CallOptions) => call.send(ops.ticketsGet, params, options),
    },
    scripts: {
      /** GET /v1/Scripts */
      list: (params: Input<'scriptsList'> = {}, options?: CallOptions) => call.list(ops.scriptsList, params, options),
      /** POST /v1/Batch/ScriptSchedule: the batch endpoint of Automate's OpenAPI document. */
      scheduleBatch: (params: Input<'scriptsScheduleBatch'>, options?: CallOptions) => call.send(ops.scriptsScheduleBatch, params, options),
      /** POST /v1/Batch/ScriptExecute: the batch endpoint public clients use. */
      executeBatch: (params: Input<'scriptsExecuteBatch'>, options?: CallOptions) => call.send(ops.scriptsExecuteBatch, params, options),
    },
  };
}

export type AutomateOperations = ReturnType<typeof bindAutomateOperations>;
