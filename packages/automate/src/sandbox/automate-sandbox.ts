import {
  FaultPlan,
  type InjectFaultOptions,
  Latency,
  type LoopbackServer,
  RequestRecorder,
  type SandboxAnswer,
  type SandboxCommonOptions,
  type SandboxFaultKind,
  type SandboxHandler,
  type SandboxStats,
  SlidingWindowCounter,
  answerWithFault,
  isWriteMethod,
  jsonResponse,
  mswHandlersFor,
  nowOf,
  rateLimitHeaders,
  retryAfterHeader,
  serveOnLoopback,
  sleepOf,
} from '@psagate/core/sandbox-kit';
import type { HttpHandler } from 'msw';
import { valueAt } from './condition-parser';
import { ListQueryError, applyListQuery, projectFields, queryParam, readListQuery } from './list-query';
import { type Route, type RouteHandler, matchRoute, route } from './route-table';
import { answer, asObject, failure, find, lowerKeyed, notFound, stringIds, withHeaders } from './sandbox-http';
import { type AutomateSandboxState, type SeedCounts, sandboxTime, seedState } from './seed';
import { type SandboxAuthState, type SandboxCredentials, SandboxTokens } from './sandbox-tokens';

export interface AutomateSandboxOptions extends SandboxCommonOptions {
  /** Origin the msw handlers answer for (default `https://automate.sandbox.test`); the API is under `/cwa/api`. */
  readonly baseUrl?: string | undefined;
  /** Overrides of the accepted user name, password and ClientId. */
  readonly credentials?: Partial<Omit<SandboxCredentials, 'twoFactorPasscode'>> | undefined;
  /** Require a second factor: `true` for the passcode `123456`, or the passcode to accept. */
  readonly twoFactor?: boolean | string | undefined;
  readonly tokenLifetimeMs?: number | undefined;
  readonly absoluteLifetimeMs?: number | undefined;
  /** Send ids as numbers (what servers are observed to do, the default) or strings (what the OpenAPI document declares). */
  readonly idStyle?: 'number' | 'string' | undefined;
  /** Send the total count in this header (e.g. `Total-Count`); none by default, as Automate documents none. */
  readonly totalCountHeader?: string | false | undefined;
  /** Page size when the request names none. Default 50. */
  readonly defaultPageSize?: number | undefined;
  /** Larger pages are silently served at this size. Default 1000. */
  readonly maxPageSize?: number | undefined;
  /** Which batch script routes exist. Default both. */
  readonly batchRoutes?: 'both' | 'ScriptSchedule' | 'ScriptExecute' | undefined;
  /** Record counts of the seeded data. */
  readonly size?: SeedCounts | undefined;
}

/** One request as the sandbox logged it. */
export interface AutomateSandboxRequest {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  readonly route: string;
  readonly clientId: string | null;
}

export interface AutomateSandbox {
  readonly baseUrl: string;
  readonly credentials: SandboxCredentials;
  /** msw handlers serving the API for `baseUrl`. */
  readonly handlers: HttpHandler[];
  /** The sandbox as a fetch-style handler. */
  readonly handle: SandboxHandler;
  /** The records, live: tests may read and change them. */
  readonly state: AutomateSandboxState & { readonly auth: SandboxAuthState };
  /** Logged requests (when `recordRequests` is on). */
  readonly requests: readonly AutomateSandboxRequest[];
  /** Serves the sandbox on a loopback HTTP server. */
  listen(options?: { readonly port?: number | undefined; readonly host?: string | undefined }): Promise<LoopbackServer>;
  /** Requests that reached the sandbox, answered or not. */
  requestCount(): number;
  stats(): SandboxStats;
  /** Makes the next matching requests fail (`route` is an operation id such as `computers.list`). */
  injectFault(kind: SandboxFaultKind, options?: InjectFaultOptions): void;
  /** A complete gateway config for this sandbox, served at `url` (default `baseUrl`). */
  gatewayConfig(url?: string): AutomateSandboxGatewayConfig;
}

export interface AutomateSandboxGatewayConfig {
  readonly provider: 'automate';
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
  readonly clientId: string;
  readonly twoFactorPasscode?: string;
}

const DEFAULT_BASE_URL = 'https://automate.sandbox.test';
const DEFAULT_CREDENTIALS = {
  username: 'integrator',
  password: 'sandbox-Pa55word!',
  clientId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
} as const;

/**
 * An in-memory ConnectWise Automate server: APIToken login (with an optional second factor),
 * refresh and expiring tokens, the `ClientId` check, the resources psagate covers with seeded data in
 * Automate's shapes, the `condition` language, bare-array pages, an optional rate limit with 429,
 * latency and fault injection. Serves msw handlers and a loopback HTTP server.
 */
export function createAutomateSandbox(options: AutomateSandboxOptions = {}): AutomateSandbox {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const now = nowOf(options.clock);
  const passcode = options.twoFactor === true ? '123456' : typeof options.twoFactor === 'string' ? options.twoFactor : undefined;
  const credentials: SandboxCredentials = { ...DEFAULT_CREDENTIALS, ...options.credentials, ...(passcode ? { twoFactorPasscode: passcode } : {}) };
  const tokens = new SandboxTokens(credentials, now, { tokenLifetimeMs: options.tokenLifetimeMs, absoluteLifetimeMs: options.absoluteLifetimeMs });
  const data = seedState(options.size);
  const state = Object.assign(data, { auth: tokens.state });
  const recorder = new RequestRecorder<AutomateSandboxRequest>({ record: options.recordRequests });
  const faults = new FaultPlan(options.faults);
  const latency = new Latency(options.latencyMs, { sleep: sleepOf(options.clock) });
  const limiter = options.rateLimit
    ? new SlidingWindowCounter({ limit: options.rateLimit.requestsPerMinute, windowMs: options.rateLimit.windowMs ?? 60_000, now })
    : undefined;
  const defaultPageSize = options.defaultPageSize ?? 50;
  const maxPageSize = options.maxPageSize ?? 1000;
  const batchRoutes = options.batchRoutes ?? 'both';
  let nextId = 20_000;

  const present = (record: Record<string, unknown>, fields: { includedFields?: string | undefined; excludedFields?: string | undefined } = {}) =>
    projectFields(options.idStyle === 'string' ? stringIds(record) as Record<string, unknown> : structuredClone(record), fields);

  const listOf =
    (records: () => readonly Record<string, unknown>[], idField: string): RouteHandler =>
    ({ url }) => {
      const query = readListQuery(url, defaultPageSize, maxPageSize);
      const matching = applyListQuery(records(), query, idField);
      const page = matching.slice((query.page - 1) * query.pageSize, query.page * query.pageSize).map((record) => present(record, query));
      const headers: Record<string, string> = options.totalCountHeader ? { [options.totalCountHeader]: String(matching.length) } : {};
      return jsonResponse(page, 200, headers);
    };

  const one =
    (records: () => readonly Record<string, unknown>[], idField: string, param: string, kind: string): RouteHandler =>
    ({ url, params }) => {
      const record = find(records(), idField, params[param]);
      if (!record) return notFound(kind, params[param]);
      return jsonResponse(present(record, { includedFields: queryParam(url, 'includedFields'), excludedFields: queryParam(url, 'excludedFields') }));
    };

  const computerChild =
    (records: () => readonly Record<string, unknown>[], idField: string, key = 'ComputerId'): RouteHandler =>
    (context) => {
      if (!find(data.computers, 'Id', context.params.computerId)) return notFound('Computer', context.params.computerId);
      return listOf(() => records().filter((record) => String(valueAt(record, key)) === context.params.computerId), idField)(context);
    };

  const remove =
    (records: Record<string, unknown>[], idField: string, param: string, kind: string): RouteHandler =>
    ({ params }) => {
      const index = records.findIndex((record) => String(record[idField]) === params[param]);
      if (index < 0) return notFound(kind, params[param]);
      records.splice(index, 1);
      recorder.countWriteApplied();
      return new Response(null, { status: 204 });
    };

  const clientRef = (body: Record<string, unknown>): Record<string, unknown> | undefined => {
    const reference = body.Client as Record<string, unknown> | undefined;
    return reference ? find(data.clients, 'Id', String(reference.Id ?? reference.ClientId)) : undefined;
  };

  const scheduleOne = (computer: Record<string, unknown>, script: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> => {
    const scheduled = {
      Id: nextId++,
      ScriptId: script.Id,
      ComputerId: computer.Id,
      ClientId: (computer.Client as { Id?: unknown } | null)?.Id ?? null,
      LocationId: (computer.Location as { Id?: unknown } | null)?.Id ?? null,
      Parameters: typeof extra.Parameters === 'string' ? extra.Parameters : '',
      Priority: typeof extra.Priority === 'number' ? extra.Priority : 6,
      SkipOffline: extra.SkipOffline === true,
      WakeOffline: extra.WakeOffline === true,
      EffectiveStartDate: typeof extra.EffectiveStartDate === 'string' ? extra.EffectiveStartDate : sandboxTime(20_000),
      NextRun: sandboxTime(20_000),
      User: credentials.username,
    };
    data.scheduledScripts.push(scheduled);
    data.scriptHistory.push({
      Id: nextId++,
      ScriptId: script.Id,
      ComputerId: computer.Id,
      Name: script.Name,
      User: credentials.username,
      Status: 'Running',
      State: 'Information',
      HistoryDate: sandboxTime(20_000),
      DiagnosticMessage: '',
    });
    recorder.countWriteApplied();
    return scheduled;
  };

  const batch: RouteHandler = ({ body }) => {
    const request = asObject(body);
    const entityIds = Array.isArray(request.EntityIds) ? request.EntityIds : undefined;
    const script = find(data.scripts, 'Id', String(request.ScriptId));
    if (!entityIds || entityIds.length === 0) return failure(400, 'BadRequest', 'EntityIds must list at least one id.');
    if (!script) return notFound('Script', String(request.ScriptId));
    const parameters = Array.isArray(request.Parameters)
      ? (request.Parameters as { Key?: unknown; Value?: unknown }[]).map((entry) => `${String(entry.Key)}=${String(entry.Value)}`).join('|')
      : '';
    const results = entityIds.map((entityId) => {
      const computer = find(data.computers, 'Id', String(entityId));
      if (!computer) return { EntityId: entityId, ResultDetails: { ResultStatus: 1, ReasonCode: 404, Message: `Computer ${String(entityId)} not found.` } };
      scheduleOne(computer, script, { Parameters: parameters, Priority: request.Priority });
      return { EntityId: entityId, ResultDetails: { ResultStatus: 0, ReasonCode: 0, Message: 'Scheduled.' } };
    });
    return jsonResponse({ ScriptResults: results, ContainsUnsuccessfulResults: results.some((result) => result.ResultDetails.ResultStatus !== 0) });
  };

  const routes: Route[] = [
    route('auth.login', 'POST', '/v1/APIToken', ({ body }) => answer(tokens.login(body)), true),
    route('auth.refresh', 'POST', '/v1/APIToken/Refresh', ({ body }) => answer(tokens.refresh(body)), true),

    route('computers.list', 'GET', '/v1/Computers', listOf(() => data.computers, 'Id')),
    route('computers.get', 'GET', '/v1/Computers/:computerId', one(() => data.computers, 'Id', 'computerId', 'Computer')),
    route('computers.listAlerts', 'GET', '/v1/Computers/:computerId/Alerts', computerChild(() => data.alerts, 'AlertId', 'Computer.Id')),
    route('computers.getOperatingSystem', 'GET', '/v1/Computers/:computerId/OperatingSystem', one(() => data.operatingSystems, 'ComputerId', 'computerId', 'Computer')),
    route('computers.listScheduledScripts', 'GET', '/v1/Computers/:computerId/ScheduledScripts', computerChild(() => data.scheduledScripts, 'Id')),
    route('computers.scheduleScript', 'POST', '/v1/Computers/:computerId/ScheduledScripts', ({ params, body }) => {
      const computer = find(data.computers, 'Id', params.computerId);
      if (!computer) return notFound('Computer', params.computerId);
      const request = asObject(body);
      const script = find(data.scripts, 'Id', String(request.ScriptId));
      if (!script) return failure(400, 'BadRequest', `ScriptId ${JSON.stringify(request.ScriptId)} is not a script.`, [{ field: 'ScriptId', message: 'must name an existing script' }]);
      return jsonResponse(present(scheduleOne(computer, script, request)));
    }),
    route('computers.listScriptHistory', 'GET', '/v1/Computers/:computerId/ScriptHistory', computerChild(() => data.scriptHistory, 'Id')),

    route('clients.list', 'GET', '/v1/Clients', listOf(() => data.clients, 'Id')),
    route('clients.get', 'GET', '/v1/Clients/:clientId', one(() => data.clients, 'Id', 'clientId', 'Client')),
    route('clients.create', 'POST', '/v1/Clients', ({ body }) => {
      const input = asObject(body);
      if (typeof input.Name !== 'string' || input.Name.trim() === '') return failure(400, 'BadRequest', 'The client is invalid.', [{ field: 'Name', message: 'Name is required.' }]);
      const client = { ...input, Id: nextId++, Locations: [] };
      data.clients.push(client);
      recorder.countWriteApplied();
      return jsonResponse(present(client));
    }),
    route('clients.update', 'PUT', '/v1/Clients/:clientId', ({ params, body }) => replace(data.clients, 'Id', params.clientId, 'Client', asObject(body), ['Name'])),
    route('clients.patch', 'PATCH', '/v1/Clients/:clientId', ({ params, body }) => patch(data.clients, 'Id', params.clientId, 'Client', body)),
    route('clients.delete', 'DELETE', '/v1/Clients/:clientId', remove(data.clients, 'Id', 'clientId', 'Client')),

    route('locations.list', 'GET', '/v1/Locations', listOf(() => data.locations, 'Id')),
    route('locations.get', 'GET', '/v1/Locations/:locationId', one(() => data.locations, 'Id', 'locationId', 'Location')),
    route('locations.create', 'POST', '/v1/Locations', ({ body }) => {
      const input = asObject(body);
      const client = clientRef(input);
      if (typeof input.Name !== 'string' || input.Name.trim() === '') return failure(400, 'BadRequest', 'The location is invalid.', [{ field: 'Name', message: 'Name is required.' }]);
      if (!client) return failure(400, 'BadRequest', 'The location is invalid.', [{ field: 'Client.Id', message: 'Client.Id must name an existing client.' }]);
      const location = { ...input, Id: nextId++, Client: { Id: client.Id, Name: client.Name } };
      data.locations.push(location);
      recorder.countWriteApplied();
      return jsonResponse(present(location));
    }),
    route('locations.update', 'PUT', '/v1/Locations/:locationId', ({ params, body }) => replace(data.locations, 'Id', params.locationId, 'Location', asObject(body), ['Name'])),
    route('locations.patch', 'PATCH', '/v1/Locations/:locationId', ({ params, body }) => patch(data.locations, 'Id', params.locationId, 'Location', body)),
    route('locations.delete', 'DELETE', '/v1/Locations/:locationId', remove(data.locations, 'Id', 'locationId', 'Location')),

    route('contacts.list', 'GET', '/v2/Contacts', listOf(() => data.contacts, 'ContactId')),
    route('contacts.get', 'GET', '/v2/Contacts/:contactId', one(() => data.contacts, 'ContactId', 'contactId', 'Contact')),
    route('contacts.create', 'POST', '/v2/Contacts', ({ body }) => {
      const input = asObject(body);
      const client = clientRef(input);
      if (!client) return failure(400, 'BadRequest', 'The contact is invalid.', [{ field: 'Client.Id', message: 'Client.Id must name an existing client.' }]);
      const contact = { ...input, ContactId: nextId++, Client: { Id: client.Id, Name: client.Name }, DateCreated: sandboxTime(20_000), LastUpdateDate: sandboxTime(20_000) };
      data.contacts.push(contact);
      recorder.countWriteApplied();
      return jsonResponse(present(contact));
    }),
    route('contacts.update', 'PUT', '/v2/Contacts/:contactId', ({ params, body }) => replace(data.contacts, 'ContactId', params.contactId, 'Contact', asObject(body), [])),
    route('contacts.delete', 'DELETE', '/v2/Contacts/:contactId', remove(data.contacts, 'ContactId', 'contactId', 'Contact')),

    route('users.list', 'GET', '/v1/Users', listOf(() => data.users, 'UserId')),
    route('users.get', 'GET', '/v1/Users/:userId', one(() => data.users, 'UserId', 'userId', 'User')),
    route('alerts.list', 'GET', '/v1/Alerts', listOf(() => data.alerts, 'AlertId')),
    route('alerts.get', 'GET', '/v1/Alerts/:alertId', one(() => data.alerts, 'AlertId', 'alertId', 'Alert')),
    route('tickets.list', 'GET', '/v1/Tickets', listOf(() => data.tickets, 'TicketId')),
    route('tickets.get', 'GET', '/v1/Tickets/:ticketId', one(() => data.tickets, 'TicketId', 'ticketId', 'Ticket')),
    route('scripts.list', 'GET', '/v1/Scripts', listOf(() => data.scripts, 'Id')),
    ...(batchRoutes !== 'ScriptExecute' ? [route('scripts.scheduleBatch', 'POST', '/v1/Batch/ScriptSchedule', batch)] : []),
    ...(batchRoutes !== 'ScriptSchedule' ? [route('scripts.executeBatch', 'POST', '/v1/Batch/ScriptExecute', batch)] : []),
  ];

  function replace(records: Record<string, unknown>[], idField: string, id: string | undefined, kind: string, input: Record<string, unknown>, required: readonly string[]): Response {
    const index = records.findIndex((record) => String(record[idField]) === id);
    if (index < 0) return notFound(kind, id);
    const missing = required.filter((field) => typeof input[field] !== 'string' || (input[field] as string).trim() === '');
    if (missing.length > 0) return failure(400, 'BadRequest', `The ${kind.toLowerCase()} is invalid.`, missing.map((field) => ({ field, message: `${field} is required.` })));
    const current = records[index] as Record<string, unknown>;
    const updated = { ...input, [idField]: current[idField], ...(current.Client && !input.Client ? { Client: current.Client } : {}) };
    records[index] = updated;
    recorder.countWriteApplied();
    return jsonResponse(present(updated));
  }

  function patch(records: Record<string, unknown>[], idField: string, id: string | undefined, kind: string, body: unknown): Response {
    const record = find(records, idField, id);
    if (!record) return notFound(kind, id);
    if (!Array.isArray(body) || body.length === 0) return failure(400, 'BadRequest', 'A patch is a non-empty array of { Op, Path, Value } operations.');
    const copy = structuredClone(record);
    for (const raw of body) {
      const operation = lowerKeyed(raw);
      const op = String(operation.op ?? '').toLowerCase();
      const path = String(operation.path ?? '');
      const parts = path.split('/').filter(Boolean);
      if (parts.length === 0 || parts[0]?.toLowerCase() === idField.toLowerCase()) return failure(400, 'BadRequest', `Patch path ${JSON.stringify(path)} cannot be changed.`);
      const parent = parts.slice(0, -1).reduce<Record<string, unknown> | undefined>((node, part) => (node?.[part] as Record<string, unknown> | undefined) ?? undefined, copy);
      const last = parts[parts.length - 1] as string;
      if (!parent) return failure(400, 'BadRequest', `Patch path ${JSON.stringify(path)} does not exist.`);
      if (op === 'replace' || op === 'add') parent[last] = operation.value;
      else if (op === 'remove') delete parent[last];
      else return failure(400, 'BadRequest', `Patch op ${JSON.stringify(op)} is not supported.`);
    }
    Object.keys(record).forEach((key) => delete record[key]);
    Object.assign(record, copy);
    recorder.countWriteApplied();
    return jsonResponse(present(record));
  }

  const handle: SandboxHandler = async (request) => {
    const url = new URL(request.url);
    const matched = matchRoute(routes, request.method, url.pathname);
    const routeName = matched?.route.name ?? 'unmatched';
    recorder.countRequest(routeName);
    recorder.record({ method: request.method, url: `${url.pathname}${url.search}`, route: routeName, clientId: request.headers.get('clientid') });
    await latency.wait();

    const clientId = request.headers.get('clientid');
    if (clientId === null || clientId.trim() === '') {
      return failure(401, 'Unauthorized', 'The ClientId header is required: register an integration with ConnectWise and send its ClientId on every request.');
    }
    if (clientId !== credentials.clientId) return failure(401, 'Unauthorized', 'The ClientId is not registered with this server.');
    if (!matched) return failure(404, 'NotFound', `No resource matches ${request.method} ${url.pathname}.`);
    if (!matched.route.open) {
      const header = request.headers.get('authorization') ?? '';
      const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
      if (!token || !tokens.isValid(token)) return failure(401, 'Unauthorized', 'Authorization has been denied for this request.');
    }
    let limitHeaders: Record<string, string> = {};
    if (limiter) {
      const decision = limiter.hit(clientId);
      limitHeaders = rateLimitHeaders(decision);
      if (!decision.allowed) {
        recorder.countRateLimited();
        return failure(429, 'TooManyRequests', 'Too many requests; wait for Retry-After.', undefined, { ...limitHeaders, ...retryAfterHeader(decision.retryAfterMs) });
      }
    }

    let body: unknown;
    if (request.method !== 'GET' && request.method !== 'DELETE') {
      const text = await request.text();
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          return failure(400, 'BadRequest', 'The request body is not valid JSON.');
        }
      }
    }
    const fault = faults.draw({ route: routeName, write: isWriteMethod(request.method) });
    if (fault) recorder.countFault(fault);
    const answerOf = (): Response => {
      try {
        return withHeaders(matched.route.handle({ request, url, params: matched.params, body }), limitHeaders);
      } catch (error) {
        if (error instanceof ListQueryError) return failure(400, 'BadRequest', error.message);
        throw error;
      }
    };
    const result: SandboxAnswer = await answerWithFault({
      fault,
      run: async () => answerOf(),
      error: (status, message, headers) => failure(status, status === 429 ? 'TooManyRequests' : 'ServerError', message, undefined, headers),
      pause: (ms) => latency.pause(ms),
      slowMs: faults.slowMs,
      burstRetryAfterMs: faults.burstRetryAfterMs,
    });
    return result;
  };

  return {
    baseUrl,
    credentials,
    handlers: mswHandlersFor(`${baseUrl}/cwa/api`, handle),
    handle,
    state,
    get requests() {
      return recorder.entries;
    },
    listen: (listenOptions = {}) => serveOnLoopback(handle, listenOptions),
    requestCount: () => recorder.requestCount,
    stats: () => recorder.stats(),
    injectFault: (kind, injectOptions) => faults.inject(kind, injectOptions),
    gatewayConfig: (url = baseUrl) => ({
      provider: 'automate',
      baseUrl: url,
      username: credentials.username,
      password: credentials.password,
      clientId: credentials.clientId,
      ...(credentials.twoFactorPasscode ? { twoFactorPasscode: credentials.twoFactorPasscode } : {}),
    }),
  };
}
