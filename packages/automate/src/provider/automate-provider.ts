import { Paginated, type PageOptions, definePsaProvider } from '@psagate/core';
import { automateConfigSchema } from '../config';
import { wireAutomate } from '../wiring';
import { alertCondition, clientCondition, computerCondition, ticketCondition } from './neutral-conditions';
import { toAlert, toComment, toCustomer, toDevice, toTicket } from '../mapping/automate-mapping';

/**
 * ConnectWise Automate behind the neutral API. Customers are Automate clients, devices are
 * computers; tickets and alerts are read-only in Automate's API, so creating or updating tickets,
 * adding comments and resolving alerts are unsupported (and say so in `capabilities`).
 */
export const automateProvider = definePsaProvider({
  name: 'automate',
  displayName: 'ConnectWise Automate',
  configSchema: automateConfigSchema,
  env: {
    baseUrl: 'AUTOMATE_BASE_URL',
    username: 'AUTOMATE_USERNAME',
    password: 'AUTOMATE_PASSWORD',
    clientId: 'AUTOMATE_CLIENT_ID',
    twoFactorPasscode: 'AUTOMATE_TWO_FACTOR_PASSCODE',
    requestsPerMinute: { name: 'AUTOMATE_REQUESTS_PER_MINUTE', type: 'number' },
    maxConcurrency: { name: 'AUTOMATE_MAX_CONCURRENCY', type: 'number' },
  },
  capabilities: {
    tickets: {
      operations: ['list', 'get', 'listComments'],
      serverFilters: ['status', 'customerId', 'deviceId', 'updatedSince', 'createdSince'],
      note: "Automate's REST API reads tickets (comments embedded) but cannot create, update or comment on them",
    },
    devices: { operations: ['list', 'get'], serverFilters: ['customerId', 'search', 'createdSince'] },
    alerts: {
      operations: ['list', 'get'],
      serverFilters: ['status', 'customerId', 'deviceId', 'search', 'createdSince'],
      note: "Automate's REST API reads alerts but has no route to resolve them, so every alert reads as open",
    },
    customers: { operations: ['list', 'get'], serverFilters: ['search'] },
  },
  create(config, context) {
    const { client } = wireAutomate(config, context);
    const conditionOf = <C>(condition: C | undefined) => (condition === undefined ? {} : { condition });
    return {
      native: client,
      customers: {
        list: (query) => client.clients.list(conditionOf(clientCondition(query))).map(toCustomer),
        get: async (id) => toCustomer(await client.clients.get({ clientId: id })),
      },
      devices: {
        list: (query) => client.computers.list(conditionOf(computerCondition(query))).map(toDevice),
        get: async (id) => toDevice(await client.computers.get({ computerId: id })),
      },
      alerts: {
        // Automate lists only current alerts: none of them is resolved.
        list: (query) => (query.status && !query.status.includes('open') ? Paginated.fromArray([]) : client.alerts.list(conditionOf(alertCondition(query))).map(toAlert)),
        get: async (id) => toAlert(await client.alerts.get({ alertId: id })),
      },
      tickets: {
        list: (query) => client.tickets.list(conditionOf(ticketCondition(query))).map(toTicket),
        get: async (id) => toTicket(await client.tickets.get({ ticketId: id })),
        listComments: (ticketId) =>
          lazyList(async () => {
            const ticket = await client.tickets.get({ ticketId });
            return (ticket.Comments ?? []).map((comment, index) => toComment(String(ticket.TicketId ?? ticketId), comment, index));
          }),
      },
    };
  },
});

/** A list whose records come from one call, made when the list is first walked. */
function lazyList<T>(load: () => Promise<readonly T[]>): Paginated<T> {
  return new Paginated<T>(
    async function* (options) {
      yield* Paginated.fromArray(await load()).byPage(options as PageOptions);
    },
    { defaultPageSize: 100, maxPageSize: 1000, supportsStartPage: true, defaultConcurrency: 1, defaultMaxPages: 100_000 },
  );
}
