import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConflictError, NotFoundError, PermissionError, ResponseShapeError, ServerError, ValidationError } from '../errors/error-types';
import { type PsaError, isPsaError } from '../errors/psa-error';
import { PsaEvents } from '../observability/events';
import { PageNumberWithTotals } from '../pagination/page-number-with-totals';
import { API, createKit, failure, useMswServer } from './http-transport.test-helpers';

const server = useMswServer();

function asPsaError(error: unknown): PsaError {
  if (!isPsaError(error)) throw new Error(`expected a PsaError, got ${String(error)}`);
  return error;
}

function reply(method: 'get' | 'post', path: string, response: () => Response): void {
  server.use(http[method](`${API}${path}`, response));
}

const getTicket = { operation: 'tickets.get', method: 'GET', path: '/api/v3/tickets/{ticketId}', pathParams: { ticketId: 4711 }, pathParamKinds: { ticketId: 'integer' } } as const;

describe('error bodies become psagate errors', () => {
  it('maps an Atera {"Message"} 404 to NotFoundError naming provider, method, path template and the server message', async () => {
    reply('get', '/api/v3/tickets/4711', () => HttpResponse.json({ Message: 'Ticket 4711 was not found' }, { status: 404, headers: { 'x-request-id': 'req-123' } }));
    const kit = createKit({ provider: 'atera' });
    const error = asPsaError(await failure(kit.transport.request(getTicket)));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('atera GET /api/v3/tickets/{ticketId} failed with 404: Ticket 4711 was not found');
    expect(error.message).not.toContain('/api/v3/tickets/4711');
    expect(error).toMatchObject({ provider: 'atera', operation: 'tickets.get', method: 'GET', path: '/api/v3/tickets/{ticketId}', status: 404, requestId: 'req-123' });
  });

  it('maps an ASP.NET 400 with field errors to ValidationError with issues', async () => {
    reply('post', '/api/v3/tickets', () =>
      HttpResponse.json(
        { title: 'One or more validation errors occurred.', status: 400, errors: { TicketTitle: ['The TicketTitle field is required.'], EndUserID: ['Must be positive.', 'Unknown user.'] } },
        { status: 400 },
      ),
    );
    const kit = createKit({ provider: 'atera' });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.create', method: 'POST', path: '/api/v3/tickets', body: {} })));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([
      { path: 'TicketTitle', message: 'The TicketTitle field is required.' },
      { path: 'EndUserID', message: 'Must be positive.' },
      { path: 'EndUserID', message: 'Unknown user.' },
    ]);
    expect(error.maybeApplied).toBe(false);
  });

  it('reads an Automate {error:{code,message,details}} body', async () => {
    reply('get', '/cwa/api/v1/computers', () =>
      HttpResponse.json({ error: { code: 'Forbidden', message: 'User lacks the Computers.Read permission', details: [] } }, { status: 403 }),
    );
    const kit = createKit({ provider: 'automate' });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'computers.list', method: 'GET', path: '/cwa/api/v1/computers' })));
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.providerCode).toBe('Forbidden');
    expect(error.message).toContain('User lacks the Computers.Read permission');
  });

  it('reads a HaloPSA plain-text error', async () => {
    reply('get', '/api/Tickets/9', () => new HttpResponse('Ticket not found', { status: 404, headers: { 'Content-Type': 'text/plain' } }));
    const kit = createKit({ provider: 'halopsa' });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.get', method: 'GET', path: '/api/Tickets/{id}', pathParams: { id: 9 } })));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('failed with 404: Ticket not found');
  });

  it('summarises an HTML error page by its title', async () => {
    reply('get', '/api/Tickets', () =>
      HttpResponse.html('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>', { status: 500 }),
    );
    const kit = createKit({ provider: 'halopsa' });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'tickets.list', method: 'GET', path: '/api/Tickets' })));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('HTML error page: 502 Bad Gateway');
    expect(error.message).not.toContain('<h1>');
  });

  it('lets a provider classifier map a 405 to ConflictError', async () => {
    reply('post', '/api/v3/customers/1/delete', () => HttpResponse.json({ Message: 'Customer has agents' }, { status: 405 }));
    const kit = createKit({
      provider: 'atera',
      classifyError: (failure) =>
        failure.context.status === 405
          ? new ConflictError(`atera refused${failure.serverSaid}. Remove the dependencies first.`, { ...failure.context, code: 'HAS_DEPENDENCIES' })
          : undefined,
    });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'customers.delete', method: 'POST', path: '/api/v3/customers/{id}/delete', pathParams: { id: 1 } })));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('HAS_DEPENDENCIES');
    expect(error.message).toContain('Customer has agents');
  });

  it('falls back to the default mapping when the classifier returns undefined', async () => {
    reply('get', '/x', () => HttpResponse.json({ Message: 'gone' }, { status: 404 }));
    const kit = createKit({ classifyError: () => undefined });
    expect(await failure(kit.transport.request({ operation: 'x', method: 'GET', path: '/x' }))).toBeInstanceOf(NotFoundError);
  });

  it('uses a custom error body parser', async () => {
    reply('get', '/x', () => HttpResponse.json({ result: { text: 'custom words' } }, { status: 409 }));
    const kit = createKit({ errorBodyParser: (body) => ({ message: (body as { result: { text: string } }).result.text, code: 'E42' }) });
    const error = asPsaError(await failure(kit.transport.request({ operation: 'x', method: 'GET', path: '/x' })));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.providerCode).toBe('E42');
    expect(error.message).toContain('custom words');
  });

  it('takes the request id from x-request-id on success and failure', async () => {
    reply('get', '/ok', () => HttpResponse.json({}, { headers: { 'X-Request-Id': 'abc-1' } }));
    reply('get', '/bad', () => HttpResponse.json({}, { status: 404, headers: { 'X-Request-Id': 'abc-2' } }));
    const kit = createKit();
    const ok = await kit.transport.request({ operation: 'ok', method: 'GET', path: '/ok' });
    expect(ok.requestId).toBe('abc-1');
    const error = asPsaError(await failure(kit.transport.request({ operation: 'bad', method: 'GET', path: '/bad' })));
    expect(error.requestId).toBe('abc-2');
    expect(kit.of('response').map((event) => event.requestId)).toEqual(['abc-1', 'abc-2']);
  });
});

describe('response bodies', () => {
  it('parses JSON and lower-cases response header names', async () => {
    reply('get', '/x', () => HttpResponse.json({ a: 1 }, { headers: { 'X-Total-Count': '10' } }));
    const kit = createKit();
    const response = await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' });
    expect(response.data).toEqual({ a: 1 });
    expect(response.headers['x-total-count']).toBe('10');
  });

  it('fails with ResponseShapeError INVALID_JSON on malformed JSON to a GET', async () => {
    reply('get', '/x', () => new HttpResponse('{"a": 1,', { headers: { 'Content-Type': 'application/json' } }));
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'x', method: 'GET', path: '/x' })));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.code).toBe('INVALID_JSON');
    expect(error.maybeApplied).toBe(false);
    expect(error.status).toBe(200);
    expect(error.retryable).toBe(true);
  });

  it('says a POST may have been applied when its answer is malformed JSON', async () => {
    reply('post', '/x', () => new HttpResponse('{"id": ', { status: 201, headers: { 'Content-Type': 'application/json' } }));
    const kit = createKit();
    const error = asPsaError(await failure(kit.transport.request({ operation: 'x.create', method: 'POST', path: '/x', body: {} })));
    expect(error.code).toBe('INVALID_JSON');
    expect(error.maybeApplied).toBe(true);
    expect(error.message).toMatch(/may have been applied/);
    expect(error.retryable).toBe(false);
    expect(error.message).not.toMatch(/try again/i);
  });

  it('returns undefined data for a 204', async () => {
    reply('post', '/x', () => new HttpResponse(null, { status: 204 }));
    const kit = createKit();
    const response = await kit.transport.request({ operation: 'x', method: 'POST', path: '/x', body: {} });
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
  });

  it('returns a 304 to a conditional request as a result with no data', async () => {
    reply('get', '/x', () => new HttpResponse(null, { status: 304, headers: { ETag: '"v1"' } }));
    const kit = createKit();
    const response = await kit.transport.request({ operation: 'x', method: 'GET', path: '/x', headers: { 'If-None-Match': '"v1"' } });
    expect(response.status).toBe(304);
    expect(response.data).toBeUndefined();
    expect(response.headers.etag).toBe('"v1"');
  });

  it('returns a plain-text body as a string', async () => {
    reply('get', '/x', () => HttpResponse.text('hello'));
    const kit = createKit();
    expect((await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' })).data).toBe('hello');
  });

  const Ticket = z.object({ TicketID: z.number(), TicketTitle: z.string(), Customer: z.object({ CustomerID: z.number() }) });

  it('checks the body against the schema strictly: a mismatch names the field path, not the value', async () => {
    reply('get', '/api/v3/tickets/4711', () =>
      HttpResponse.json({ TicketID: 'private-value-4711', TicketTitle: 'Printer', Customer: { CustomerID: 'secret-customer-name' } }),
    );
    const kit = createKit({ provider: 'atera' });
    const error = asPsaError(await failure(kit.transport.request({ ...getTicket, schema: Ticket })));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.code).toBe('SCHEMA_MISMATCH');
    expect(error.issues.map((issue) => issue.path)).toEqual(['TicketID', 'Customer.CustomerID']);
    expect(error.message).toContain('TicketID');
    expect(error.message).toContain('Customer.CustomerID');
    expect(JSON.stringify(error)).not.toContain('private-value-4711');
    expect(JSON.stringify(error)).not.toContain('secret-customer-name');
  });

  it('keeps the data in lenient mode and reports SCHEMA_DRIFT with the issue paths', async () => {
    const body = { TicketID: 4711, TicketTitle: null, Customer: { CustomerID: 1 }, NewField: true };
    reply('get', '/api/v3/tickets/4711', () => HttpResponse.json(body));
    const kit = createKit({ provider: 'atera', responseValidation: 'lenient' });
    const response = await kit.transport.request({ ...getTicket, schema: Ticket });
    expect(response.data).toEqual(body);
    const warnings = kit.of('warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ provider: 'atera', code: 'SCHEMA_DRIFT', operation: 'tickets.get' });
    expect(warnings[0]?.issues?.map((issue) => issue.path)).toEqual(['TicketTitle']);
  });

  it('returns the parsed value (transforms applied) when the body matches', async () => {
    reply('get', '/x', () => HttpResponse.json({ when: '2026-01-02T03:04:05Z' }));
    const kit = createKit();
    const response = await kit.transport.request({ operation: 'x', method: 'GET', path: '/x', schema: z.object({ when: z.string().transform((text) => new Date(text)) }) });
    expect(response.data.when).toBeInstanceOf(Date);
  });
});

describe('paginate', () => {
  const Item = z.object({ id: z.number(), name: z.string() });
  const atera = (): PageNumberWithTotals =>
    new PageNumberWithTotals({ pageParam: 'page', pageSizeParam: 'itemsInPage', itemsField: 'items', totalItemsField: 'totalItemCount', totalPagesField: 'totalPages', maxPageSize: 50 });

  function serveItems(items: unknown[]): { queries: string[] } {
    const seen = { queries: [] as string[] };
    server.use(
      http.get(`${API}/api/v3/customers`, ({ request }) => {
        const url = new URL(request.url);
        seen.queries.push(url.search);
        const page = Number(url.searchParams.get('page'));
        const size = Number(url.searchParams.get('itemsInPage'));
        return HttpResponse.json({
          items: items.slice((page - 1) * size, page * size),
          totalItemCount: items.length,
          totalPages: Math.ceil(items.length / size),
          page,
          itemsInPage: size,
        });
      }),
    );
    return seen;
  }

  const records = Array.from({ length: 7 }, (_, index) => ({ id: index + 1, name: `c${index + 1}` }));

  it('walks every page in order', async () => {
    const seen = serveItems(records);
    const kit = createKit({ provider: 'atera' });
    const list = kit.transport.paginate({ strategy: atera(), request: { operation: 'customers.list', method: 'GET', path: '/api/v3/customers', query: { active: true } }, itemSchema: Item });
    const pages: number[][] = [];
    for await (const page of list.byPage({ pageSize: 3 })) pages.push(page.items.map((item) => item.id));
    expect(pages).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(seen.queries).toHaveLength(3);
    for (const query of seen.queries) expect(query).toContain('active=true');
    expect(kit.of('request').every((event) => event.path === '/api/v3/customers' && event.operation === 'customers.list')).toBe(true);
  });

  it('maps each item after validating it', async () => {
    serveItems(records);
    const kit = createKit();
    const list = kit.transport.paginate({ strategy: atera(), request: { operation: 'customers.list', method: 'GET', path: '/api/v3/customers' }, itemSchema: Item, map: (item) => item.name });
    expect(await list.toArray({ pageSize: 5 })).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
  });

  it('fails the walk on an item that breaks the schema in strict mode', async () => {
    serveItems([...records.slice(0, 4), { id: 'five', name: 'c5' }]);
    const kit = createKit();
    const list = kit.transport.paginate({ strategy: atera(), request: { operation: 'customers.list', method: 'GET', path: '/api/v3/customers' }, itemSchema: Item });
    const error = asPsaError(await failure(list.toArray({ pageSize: 2 })));
    expect(error.code).toBe('SCHEMA_MISMATCH');
    expect(error.issues[0]?.path).toBe('items[0].id');
    expect(error.message).not.toContain('five');
  });

  it('keeps an item that breaks the schema in lenient mode and warns', async () => {
    serveItems([...records.slice(0, 4), { id: 'five', name: 'c5' }]);
    const kit = createKit({ responseValidation: 'lenient' });
    const list = kit.transport.paginate({ strategy: atera(), request: { operation: 'customers.list', method: 'GET', path: '/api/v3/customers' }, itemSchema: Item });
    const items = await list.toArray({ pageSize: 2 });
    expect(items).toHaveLength(5);
    expect(items[4]).toEqual({ id: 'five', name: 'c5' });
    expect(kit.of('warning').filter((warning) => warning.code === 'SCHEMA_DRIFT')).toHaveLength(1);
  });

  it('propagates an HTTP error of a later page', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/api/v3/customers`, () => {
        calls++;
        return calls === 1
          ? HttpResponse.json({ items: records.slice(0, 2), totalItemCount: 7, totalPages: 4 })
          : HttpResponse.json({ Message: 'nope' }, { status: 403 });
      }),
    );
    const kit = createKit();
    const list = kit.transport.paginate({ strategy: atera(), request: { operation: 'customers.list', method: 'GET', path: '/api/v3/customers' } });
    expect(await failure(list.toArray({ pageSize: 2, concurrency: 1 }))).toBeInstanceOf(PermissionError);
  });
});

describe('events', () => {
  it('reports request, response, retry and error with provider, operation, method, path template and attempt', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/api/v3/tickets/4711`, () => {
        calls++;
        return calls === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ Message: 'gone' }, { status: 404 });
      }),
    );
    const kit = createKit({ provider: 'atera' });
    await failure(kit.transport.request(getTicket));
    const callId = kit.of('request')[0]?.callId;
    expect(callId).toBeTypeOf('string');
    const base = { callId, provider: 'atera', operation: 'tickets.get', method: 'GET', path: '/api/v3/tickets/{ticketId}' };
    expect(kit.events.map((entry) => entry.name)).toEqual(['request', 'response', 'retry', 'request', 'response', 'error']);
    expect(kit.of('request')).toEqual([
      { ...base, attempt: 1 },
      { ...base, attempt: 2 },
    ]);
    expect(kit.of('response')).toMatchObject([
      { ...base, attempt: 1, status: 503 },
      { ...base, attempt: 2, status: 404 },
    ]);
    expect(kit.of('retry')).toEqual([{ ...base, attempt: 1, nextAttempt: 2, delayMs: 250, reason: 'HTTP 503' }]);
    expect(kit.of('error')[0]?.error).toBeInstanceOf(NotFoundError);
    expect(kit.of('error')[0]?.callId).toBe(callId);
  });

  it('reports rate-limit waits when the local budget is spent', async () => {
    reply('get', '/x', () => HttpResponse.json({}));
    const kit = createKit({ rateLimit: { requestsPerWindow: 2, windowMs: 10_000, maxConcurrency: 10, windowMarginMs: 0 } });
    await Promise.all([1, 2, 3].map(() => kit.transport.request({ operation: 'x', method: 'GET', path: '/x' })));
    const waiting = kit.of('request')[2]?.callId;
    expect(waiting).toBeTypeOf('string');
    expect(kit.of('rateLimitWait')).toEqual([{ provider: 'acme', callId: waiting, waitMs: 10_000, reason: 'window' }]);
  });

  it('keeps working when a listener throws, and reports the listener error', async () => {
    reply('get', '/x', () => HttpResponse.json({ fine: true }));
    const listenerErrors: unknown[] = [];
    const events = new PsaEvents({ onListenerError: (error) => listenerErrors.push(error) });
    events.on('request', () => {
      throw new Error('listener bug');
    });
    events.on('response', () => {
      throw new Error('listener bug 2');
    });
    const kit = createKit({ events });
    const response = await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' });
    expect(response.data).toEqual({ fine: true });
    expect(listenerErrors).toHaveLength(2);
  });

  it('keeps retrying when the logger throws', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/x`, () => {
        calls++;
        return calls === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ fine: true });
      }),
    );
    const broken = () => {
      throw new Error('logger bug');
    };
    const kit = createKit({ logger: { debug: broken, info: broken, warn: broken, error: broken } });
    const response = await kit.transport.request({ operation: 'x', method: 'GET', path: '/x' });
    expect(response.data).toEqual({ fine: true });
    expect(calls).toBe(2);
  });

  it('logs each retry as a warning naming the path template', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/api/v3/tickets/4711`, () => {
        calls++;
        return calls === 1 ? HttpResponse.json({}, { status: 502 }) : HttpResponse.json({});
      }),
    );
    const kit = createKit({ provider: 'atera' });
    await kit.transport.request(getTicket);
    expect(kit.logs).toEqual([{ level: 'warn', message: 'atera GET /api/v3/tickets/{ticketId}: HTTP 502, retrying in 250 ms (attempt 2 of 4)', fields: undefined }]);
  });
});
