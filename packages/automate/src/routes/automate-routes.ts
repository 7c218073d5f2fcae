import type { AutomateRoute } from './automate-route';

/** A path parameter: every one Automate has is an int32 record id. */
const id = <N extends string>(name: N) => ({ name, kind: 'integer' }) as const;
type IdParam = ReturnType<typeof id>;

const list = <G extends string, M extends string>(group: G, method: M, path: string, specOperationId: string | null, pathParams: readonly IdParam[] = []) =>
  ({ group, method, httpMethod: 'GET', path, pathParams, options: 'list', queryParams: [], body: null, response: 'list', idempotent: true, specOperationId }) as const;
const get = <G extends string, M extends string>(group: G, method: M, path: string, specOperationId: string | null, pathParams: readonly IdParam[]) =>
  ({ group, method, httpMethod: 'GET', path, pathParams, options: 'fields', queryParams: [], body: null, response: 'object', idempotent: true, specOperationId }) as const;
const write = <G extends string, M extends string>(
  group: G,
  method: M,
  httpMethod: 'POST' | 'PUT' | 'PATCH',
  path: string,
  body: string,
  specOperationId: string | null,
  pathParams: readonly IdParam[] = [],
) =>
  ({
    group,
    method,
    httpMethod,
    path,
    pathParams,
    options: 'none',
    queryParams: [],
    body,
    response: 'object',
    // PUT replaces the record with the same body every time; POST creates, PATCH may add.
    idempotent: httpMethod === 'PUT',
    specOperationId,
  }) as const;
const remove = <G extends string>(group: G, path: string, specOperationId: string, pathParam: IdParam) =>
  ({
    group,
    method: 'delete',
    httpMethod: 'DELETE',
    path,
    pathParams: [pathParam],
    options: 'none',
    queryParams: [],
    body: null,
    response: 'none',
    idempotent: true,
    specOperationId,
  }) as const;

/**
 * The Automate operations psagate covers, as data: the client is derived from this table and a
 * test checks every entry against Automate's OpenAPI document. Paths are below `/cwa/api`.
 */
export const automateRoutes = [
  list('computers', 'list', '/v1/Computers', 'Computers_GetComputerList'),
  get('computers', 'get', '/v1/Computers/{computerId}', null, [id('computerId')]),
  list('computers', 'listAlerts', '/v1/Computers/{computerId}/Alerts', 'ComputerAlerts_GetComputerAlerts', [id('computerId')]),
  get('computers', 'getOperatingSystem', '/v1/Computers/{computerId}/OperatingSystem', 'ComputerOperatingSystem_GetComputerOperatingSystem', [id('computerId')]),
  list('computers', 'listScheduledScripts', '/v1/Computers/{computerId}/ScheduledScripts', 'ScheduledScript_GetComputerScheduledScripts', [id('computerId')]),
  write('computers', 'scheduleScript', 'POST', '/v1/Computers/{computerId}/ScheduledScripts', 'ScheduledScript', 'ScheduledScript_PostComputerScheduledScript', [id('computerId')]),
  list('computers', 'listScriptHistory', '/v1/Computers/{computerId}/ScriptHistory', 'ComputerScriptHistory_GetComputerScriptHistoryList', [id('computerId')]),

  list('clients', 'list', '/v1/Clients', 'Clients_GetClientList'),
  get('clients', 'get', '/v1/Clients/{clientId}', 'Clients_GetClient', [id('clientId')]),
  write('clients', 'create', 'POST', '/v1/Clients', 'Client', 'Clients_PostClient'),
  write('clients', 'update', 'PUT', '/v1/Clients/{clientId}', 'Client', 'Clients_PutClient', [id('clientId')]),
  write('clients', 'patch', 'PATCH', '/v1/Clients/{clientId}', 'PatchOperation[]', 'Clients_PatchClient', [id('clientId')]),
  remove('clients', '/v1/Clients/{clientId}', 'Clients_DeleteClient', id('clientId')),

  list('locations', 'list', '/v1/Locations', 'Locations_GetLocationList'),
  get('locations', 'get', '/v1/Locations/{locationId}', 'Locations_GetLocation', [id('locationId')]),
  write('locations', 'create', 'POST', '/v1/Locations', 'Location', 'Locations_PostLocation'),
  write('locations', 'update', 'PUT', '/v1/Locations/{locationId}', 'Location', 'Locations_PutLocation', [id('locationId')]),
  write('locations', 'patch', 'PATCH', '/v1/Locations/{locationId}', 'PatchOperation[]', 'Locations_PatchLocation', [id('locationId')]),
  remove('locations', '/v1/Locations/{locationId}', 'Locations_DeleteLocation', id('locationId')),

  list('contacts', 'list', '/v2/Contacts', 'V2Contacts_GetContactList'),
  get('contacts', 'get', '/v2/Contacts/{contactId}', 'V2Contacts_GetContact', [id('contactId')]),
  write('contacts', 'create', 'POST', '/v2/Contacts', 'Contact', 'V2Contacts_PostContact'),
  write('contacts', 'update', 'PUT', '/v2/Contacts/{contactId}', 'Contact', 'V2Contacts_PutContact', [id('contactId')]),
  remove('contacts', '/v2/Contacts/{contactId}', 'V2Contacts_DeleteContact', id('contactId')),

  list('users', 'list', '/v1/Users', 'Users_GetUserList'),
  get('users', 'get', '/v1/Users/{userId}', 'Users_GetUser', [id('userId')]),

  list('alerts', 'list', '/v1/Alerts', 'Alerts_GetAlertsList'),
  get('alerts', 'get', '/v1/Alerts/{alertId}', 'Alerts_GetAlert', [id('alertId')]),

  list('tickets', 'list', '/v1/Tickets', 'Tickets_GetTicketList'),
  get('tickets', 'get', '/v1/Tickets/{ticketId}', 'Tickets_GetTicket', [id('ticketId')]),

  list('scripts', 'list', '/v1/Scripts', 'Scripts_GetScriptList'),
  write('scripts', 'scheduleBatch', 'POST', '/v1/Batch/ScriptSchedule', 'ScheduleScriptBatchRequest', 'BatchScripts_ScheduleScript'),
  write('scripts', 'executeBatch', 'POST', '/v1/Batch/ScriptExecute', 'ScheduleScriptBatchRequest', null),
] as const satisfies readonly AutomateRoute[];
