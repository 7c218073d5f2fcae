import {
  commentCreateInputSchema,
  ticketCommentSchema,
  ticketCreateInputSchema,
  ticketListQuerySchema,
  ticketSchema,
  ticketUpdateInputSchema,
} from '@psagate/core';
import { readJsonBody } from '../request-input';
import { type RouteSpec, json } from '../route-spec';
import { listResponse, noFilters } from './list-response';
import { readRoutes } from './read-routes';
import { recordIdParam } from './record-id';

const tag = 'Tickets';
const ticketRecord = { name: 'Ticket', schema: ticketSchema };

export const ticketRoutes: readonly RouteSpec[] = [
  ...readRoutes({
    resource: 'tickets',
    noun: 'ticket',
    record: ticketRecord,
    query: ticketListQuerySchema,
    listDescription: 'One page of tickets matching the filters. Follow `nextCursor` (or the `Link: rel="next"` header) for the next page.',
  }),
  {
    method: 'post',
    path: '/v1/tickets',
    operationId: 'createTicket',
    summary: 'Create a ticket',
    tag,
    auth: true,
    body: { name: 'TicketCreateInput', schema: ticketCreateInputSchema },
    response: { status: 201, description: 'The ticket as the PSA stored it.', schema: ticketRecord },
    problems: [409, 413, 415, 422],
    supported: (capabilities) => capabilities.tickets.operations.create,
    handle: async ({ request, signal }, { gateway, bodyLimitBytes }) => {
      const ticket = await gateway.tickets.create(await readJsonBody(request, ticketCreateInputSchema, bodyLimitBytes), { signal });
      return json(ticket, 201, { Location: `/v1/tickets/${encodeURIComponent(ticket.id)}` });
    },
  },
  {
    method: 'patch',
    path: '/v1/tickets/{id}',
    operationId: 'updateTicket',
    summary: 'Update a ticket',
    description: 'Changes only the fields given.',
    tag,
    auth: true,
    body: { name: 'TicketUpdateInput', schema: ticketUpdateInputSchema },
    response: { status: 200, description: 'The ticket as it now stands.', schema: ticketRecord },
    pathIdFields: ['id'],
    problems: [404, 409, 413, 415, 422],
    supported: (capabilities) => capabilities.tickets.operations.update,
    handle: async ({ request, params, signal }, { gateway, bodyLimitBytes }) => {
      const id = recordIdParam(params, 'id');
      return json(await gateway.tickets.update(id, await readJsonBody(request, ticketUpdateInputSchema, bodyLimitBytes), { signal }));
    },
  },
  {
    method: 'get',
    path: '/v1/tickets/{id}/comments',
    operationId: 'listTicketComments',
    summary: 'List the comments of a ticket',
    tag,
    auth: true,
    list: true,
    response: { status: 200, description: 'One page of comments, oldest first where the PSA says.', schema: { name: 'TicketComment', schema: ticketCommentSchema } },
    pathIdFields: ['ticketId'],
    problems: [404],
    supported: (capabilities) => capabilities.tickets.operations.listComments,
    handle: (input, services) => {
      const ticketId = recordIdParam(input.params, 'id');
      return listResponse(input, services, {
        resource: `tickets/${ticketId}/comments`,
        querySchema: noFilters,
        filterModes: {},
        list: (_filters, options) => services.gateway.tickets.listComments(ticketId, options),
      });
    },
  },
  {
    method: 'post',
    path: '/v1/tickets/{id}/comments',
    operationId: 'addTicketComment',
    summary: 'Comment on a ticket',
    tag,
    auth: true,
    body: { name: 'CommentCreateInput', schema: commentCreateInputSchema },
    response: { status: 201, description: 'The comment as the PSA stored it.', schema: { name: 'TicketComment', schema: ticketCommentSchema } },
    pathIdFields: ['ticketId'],
    problems: [404, 413, 415, 422],
    supported: (capabilities) => capabilities.tickets.operations.addComment,
    handle: async ({ request, params, signal }, { gateway, bodyLimitBytes }) => {
      const id = recordIdParam(params, 'id');
      return json(await gateway.tickets.addComment(id, await readJsonBody(request, commentCreateInputSchema, bodyLimitBytes), { signal }), 201);
    },
  },
];

