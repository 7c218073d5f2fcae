import type { Route, RouteOperation } from '@psagate/core/provider';
import { z } from 'zod';
import { helpdeskNewNoteSchema, helpdeskNewTicketSchema, helpdeskTicketChangesSchema } from '../schemas/helpdesk-inputs';
import { helpdeskIdParam, helpdeskPageParams } from '../schemas/helpdesk-params';
import { helpdeskAlertSchema, helpdeskCustomerSchema, helpdeskDeviceSchema, helpdeskNoteSchema, helpdeskTicketSchema } from '../schemas/helpdesk-records';
import { type HelpdeskOperationId, helpdeskRoute } from './helpdesk-routes';

/** An operation of the Helpdesk client: its route, the schema of its params, and of its response (a list's items). */
export type HelpdeskOperation<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> = RouteOperation<HelpdeskOperationId, Route, P, R>;

function operation<P extends z.ZodType, R extends z.ZodType>(id: HelpdeskOperationId, params: P, response: R): HelpdeskOperation<P, R> {
  return { id, route: helpdeskRoute(id), params, response };
}

/** Params of a list: where its walk starts and its page size. */
export const helpdeskListParams = z.strictObject(helpdeskPageParams);
export type HelpdeskListParams = z.input<typeof helpdeskListParams>;
/** Params of a call on one record. */
export const helpdeskIdParams = z.strictObject({ id: helpdeskIdParam });
export type HelpdeskIdParams = z.input<typeof helpdeskIdParams>;
/** Params of `tickets.list`: Helpdesk filters by one state. */
export const helpdeskTicketListParams = z.strictObject({ state: z.string().optional(), ...helpdeskPageParams });
export type HelpdeskTicketListParams = z.input<typeof helpdeskTicketListParams>;
/** Params of `tickets.listNotes`: the ticket, and paging. */
export const helpdeskNoteListParams = z.strictObject({ id: helpdeskIdParam, ...helpdeskPageParams });
export type HelpdeskNoteListParams = z.input<typeof helpdeskNoteListParams>;
/** Params of `tickets.create`. */
export const helpdeskNewTicketParams = z.strictObject({ body: helpdeskNewTicketSchema });
export type HelpdeskNewTicketParams = z.input<typeof helpdeskNewTicketParams>;
/** Params of `tickets.update`. */
export const helpdeskTicketChangesParams = z.strictObject({ id: helpdeskIdParam, body: helpdeskTicketChangesSchema });
export type HelpdeskTicketChangesParams = z.input<typeof helpdeskTicketChangesParams>;
/** Params of `tickets.addNote`. */
export const helpdeskNewNoteParams = z.strictObject({ id: helpdeskIdParam, body: helpdeskNewNoteSchema });
export type HelpdeskNewNoteParams = z.input<typeof helpdeskNewNoteParams>;

/** Every operation of the client, by group and method, as `client.<group>.<method>()` calls them. */
export const helpdeskOperations = {
  customers: {
    list: operation('customers.list', helpdeskListParams, helpdeskCustomerSchema),
    get: operation('customers.get', helpdeskIdParams, helpdeskCustomerSchema),
  },
  tickets: {
    list: operation('tickets.list', helpdeskTicketListParams, helpdeskTicketSchema),
    get: operation('tickets.get', helpdeskIdParams, helpdeskTicketSchema),
    create: operation('tickets.create', helpdeskNewTicketParams, helpdeskTicketSchema),
    update: operation('tickets.update', helpdeskTicketChangesParams, helpdeskTicketSchema),
    listNotes: operation('tickets.listNotes', helpdeskNoteListParams, helpdeskNoteSchema),
    addNote: operation('tickets.addNote', helpdeskNewNoteParams, helpdeskNoteSchema),
  },
  devices: {
    list: operation('devices.list', helpdeskListParams, helpdeskDeviceSchema),
    get: operation('devices.get', helpdeskIdParams, helpdeskDeviceSchema),
  },
  alerts: {
    list: operation('alerts.list', helpdeskListParams, helpdeskAlertSchema),
    get: operation('alerts.get', helpdeskIdParams, helpdeskAlertSchema),
    clear: operation('alerts.clear', helpdeskIdParams, helpdeskAlertSchema),
  },
} as const;
