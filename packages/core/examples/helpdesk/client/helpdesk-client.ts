import type { CallOptions, Paginated } from '@psagate/core';
import type { HttpTransport, RouteCaller } from '@psagate/core/provider';
import {
  type HelpdeskIdParams,
  type HelpdeskListParams,
  type HelpdeskNewNoteParams,
  type HelpdeskNewTicketParams,
  type HelpdeskNoteListParams,
  type HelpdeskOperation,
  type HelpdeskTicketChangesParams,
  type HelpdeskTicketListParams,
  helpdeskOperations as ops,
} from '../routes/helpdesk-operations';
import type { HelpdeskAlert, HelpdeskCustomer, HelpdeskDevice, HelpdeskNote, HelpdeskTicket } from '../schemas/helpdesk-records';

/**
 * The native Helpdesk client: every route as `client.<group>.<method>(params, options)`, params
 * named as in the API (`id`, `state`, `page`, `per_page`, and `body` for writes). Params are checked
 * before anything is sent; lists return lazy `Paginated` walks, everything else a promise of the
 * parsed record.
 */
export interface HelpdeskClient {
  /** The transport every call goes through (rate limiter, auth, retries, events). */
  readonly transport: HttpTransport;
  readonly customers: {
    list(params?: HelpdeskListParams, options?: CallOptions): Paginated<HelpdeskCustomer>;
    get(params: HelpdeskIdParams, options?: CallOptions): Promise<HelpdeskCustomer>;
  };
  readonly tickets: {
    /** Tickets, all of them or those in one `state`. */
    list(params?: HelpdeskTicketListParams, options?: CallOptions): Paginated<HelpdeskTicket>;
    get(params: HelpdeskIdParams, options?: CallOptions): Promise<HelpdeskTicket>;
    create(params: HelpdeskNewTicketParams, options?: CallOptions): Promise<HelpdeskTicket>;
    update(params: HelpdeskTicketChangesParams, options?: CallOptions): Promise<HelpdeskTicket>;
    listNotes(params: HelpdeskNoteListParams, options?: CallOptions): Paginated<HelpdeskNote>;
    addNote(params: HelpdeskNewNoteParams, options?: CallOptions): Promise<HelpdeskNote>;
  };
  readonly devices: {
    list(params?: HelpdeskListParams, options?: CallOptions): Paginated<HelpdeskDevice>;
    get(params: HelpdeskIdParams, options?: CallOptions): Promise<HelpdeskDevice>;
  };
  readonly alerts: {
    list(params?: HelpdeskListParams, options?: CallOptions): Paginated<HelpdeskAlert>;
    get(params: HelpdeskIdParams, options?: CallOptions): Promise<HelpdeskAlert>;
    /** Clears an alert; clearing a cleared one changes nothing. */
    clear(params: HelpdeskIdParams, options?: CallOptions): Promise<HelpdeskAlert>;
  };
}

/** The client over a route caller: each method is one typed call into it. */
export function helpdeskClientOver(caller: RouteCaller<HelpdeskOperation>): HelpdeskClient {
  return {
    transport: caller.transport,
    customers: {
      list: (params = {}, options) => caller.list(ops.customers.list, params, options),
      get: (params, options) => caller.send(ops.customers.get, params, options),
    },
    tickets: {
      list: (params = {}, options) => caller.list(ops.tickets.list, params, options),
      get: (params, options) => caller.send(ops.tickets.get, params, options),
      create: (params, options) => caller.send(ops.tickets.create, params, options),
      update: (params, options) => caller.send(ops.tickets.update, params, options),
      listNotes: (params, options) => caller.list(ops.tickets.listNotes, params, options),
      addNote: (params, options) => caller.send(ops.tickets.addNote, params, options),
    },
    devices: {
      list: (params = {}, options) => caller.list(ops.devices.list, params, options),
      get: (params, options) => caller.send(ops.devices.get, params, options),
    },
    alerts: {
      list: (params = {}, options) => caller.list(ops.alerts.list, params, options),
      get: (params, options) => caller.send(ops.alerts.get, params, options),
      clear: (params, options) => caller.send(ops.alerts.clear, params, options),
    },
  };
}
