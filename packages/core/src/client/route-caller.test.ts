import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiKeyAuth } from '../auth/api-key-auth';
import { ValidationError } from '../errors/error-types';
import { HttpTransport } from '../http/http-transport';
import { PageNumberWithTotals } from '../pagination/page-number-with-totals';
import { useMswServer } from '../testing/msw-server';
import type { Route } from './route';
import { RouteCaller, type RoutePaging } from './route-caller';
import type { RouteOperation } from './route-operation';

const API = 'https://api.test';
const seen: { method: string; url: URL; body: unknown }[] = [];
const server = useMswServer({ afterEach: () => (seen.length = 0) });

function answer(method: 'get' | 'post', path: string, reply: (url: URL) => unknown): void {
  server.use(
    http[method](`${API}${path}`, async ({ request }) => {
      const text = await request.text();
      const url = new URL(request.url);
      seen.push({ method: request.method, url, body: text === '' ? undefined : JSON.parse(text) });
      return HttpResponse.json(reply(url) as never);
    }),
  );
}

const widget = z.looseObject({ id: z.number(), name: z.string() });

function route(overrides: Partial<Route> & Pick<Route, 'group' | 'method' | 'httpMethod' | 'path'>): Route {
  return { pathParams: [], queryParams: [], body: null, idempotent: overrides.httpMethod !== 'POST', ...overrides };
}

const listWidgets: RouteOperation<string, Route, z.ZodType, typeof widget> = {
  id: 'widgets.list',
  route: route({ group: 'widgets', method: 'list', httpMethod: 'GET', path: '/widgets', queryParams: ['colour', 'page', 'size'] }),
  params: z.strictObject({ colour: z.string().optional(), page: z.int().optional(), size: z.int().optional() }),
  response: widget,
};
const getWidget: RouteOperation<string, Route, z.ZodType, typeof widget> = {
  id: 'widgets.get',
  route: route({ group: 'widgets', method: 'get', httpMethod: 'GET', path: '/widgets/{widgetId}', pathParams: [{ name: 'widgetId', kind: 'integer' }] }),
  params: z.strictObject({ widgetId: z.union([z.int(), z.string()]) }),
  response: widget,
};
const createWidget: RouteOperation<string, Route, z.ZodType, typeof widget> = {
  id: 'widgets.create',
  route: route({ group: 'widgets', method: 'create', httpMethod: 'POST', path: '/widgets', body: 'Widget' }),
  params: z.strictObject({ body: z.strictObject({ name: z.string() }) }),
  response: widget,
};
const searchWidgets: RouteOperation<string, Route, z.ZodType, typeof widget> = {
  id: 'widgets.search',
  route: route({ group: 'widgets', method: 'search', httpMethod: 'POST', path: '/widgets/search', body: 'Query', idempotent: true }),
  params: z.strictObject({ body: z.strictObject({ text: z.string() }) }),
  response: widget,
};

const paging: RoutePaging = {
  strategy: new PageNumberWithTotals({ pageParam: 'page', pageSizeParam: 'size', itemsField: 'items', totalItemsField: 'total', maxPageSize: 2 }),
  startPageParam: 'page',
  pageSizeParam: 'size',
};

function caller(hooks?: ConstructorParameters<typeof RouteCaller>[0]['hooks']): RouteCaller {
  const transport = new HttpTransport({ provider: 'widgets', baseUrl: API, auth: new ApiKeyAuth({ key: 'k-123', header: 'X-Key' }), pageConcurrency: 1 });
  return new RouteCaller({ transport, paging, hooks });
}

const widgets = (page: number, size: number, total: number) => ({
  items: Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, index) => ({ id: (page - 1) * size + index + 1, name: `w${index}` })),
  total,
});

describe('RouteCaller', () => {
  it('checks params against the operation schema and sends nothing when they are wrong', async () => {
    const failure = caller().send(getWidget, { widgetId: 1, colour: 'red' } as never);
    await expect(failure).rejects.toThrow(ValidationError);
    await expect(failure).rejects.toThrow(/colour/);
    expect(seen).toHaveLength(0);
  });

  it('fills path parameters checked by their kind, and refuses one of the wrong kind before sending', async () => {
    answer('get', '/widgets/7', () => ({ id: 7, name: 'seven' }));
    expect(await caller().send(getWidget, { widgetId: 7 })).toMatchObject({ id: 7 });
    await expect(caller().send(getWidget, { widgetId: 'seven' })).rejects.toThrow(/widgetId/);
    expect(seen.map((request) => request.url.pathname)).toEqual(['/widgets/7']);
  });

  it('sends the body of operations that take one', async () => {
    answer('post', '/widgets', () => ({ id: 1, name: 'new' }));
    await caller().send(createWidget, { body: { name: 'new' } });
    expect(seen[0]?.body).toEqual({ name: 'new' });
  });

  it('walks lists with the start-page and page-size params as the walk, not as query parameters twice', async () => {
    answer('get', '/widgets', (url) => widgets(Number(url.searchParams.get('page')), Number(url.searchParams.get('size')), 5));
    const items = await caller().list(listWidgets, { colour: 'blue', page: 2 }).toArray();
    expect(items.map((item) => item.id)).toEqual([3, 4, 5]);
    expect(seen.map((request) => request.url.search)).toEqual(['?colour=blue&page=2&size=2', '?colour=blue&page=3&size=2']);
  });

  it('adds the query a hook derives from the params', async () => {
    answer('get', '/widgets', () => widgets(1, 2, 1));
    await caller({ extraQuery: (parsed) => ({ filter: `colour eq ${String(parsed.colour)}` }) }).list(listWidgets, { colour: 'blue' }).toArray();
    expect(seen[0]?.url.searchParams.get('filter')).toBe('colour eq blue');
  });

  it('runs the check before sending, and for a list when its walk starts rather than when it is made', async () => {
    const checked: string[] = [];
    const refusing = caller({
      beforeSend: (parsed, operation) => {
        checked.push(operation.id);
        if (parsed.colour === 'forbidden') throw new ValidationError('no such colour');
      },
    });
    const list = refusing.list(listWidgets, { colour: 'forbidden' });
    expect(checked).toEqual([]);
    await expect(list.toArray()).rejects.toThrow('no such colour');
    expect(checked).toEqual(['widgets.list']);
    expect(seen).toHaveLength(0);
    answer('post', '/widgets', () => ({ id: 1, name: 'x' }));
    await refusing.send(createWidget, { body: { name: 'x' } });
    expect(checked).toEqual(['widgets.list', 'widgets.create']);
    expect(seen.map((request) => request.method)).toEqual(['POST']);
  });

  it('hands the check of a list the walk\'s signal, or else the call\'s', async () => {
    answer('get', '/widgets', () => widgets(1, 2, 1));
    const signals: (AbortSignal | undefined)[] = [];
    const checking = caller({ beforeSend: (_parsed, _operation, options) => void signals.push(options?.signal) });
    const call = new AbortController();
    const walk = new AbortController();
    const list = checking.list(listWidgets, {}, { signal: call.signal });
    await list.toArray();
    await list.toArray({ signal: walk.signal });
    expect(signals).toEqual([call.signal, walk.signal]);
  });

  it('keeps the start page and page size of a list\'s params when a hook runs before its walk', async () => {
    answer('get', '/widgets', (url) => widgets(Number(url.searchParams.get('page')), Number(url.searchParams.get('size')), 5));
    const checked = caller({ beforeSend: () => undefined });
    const items = await checked.list(listWidgets, { page: 2, size: 1 }).toArray();
    expect(items.map((item) => item.id)).toEqual([2, 3, 4, 5]);
    expect(seen.map((request) => request.url.search)).toEqual(['?page=2&size=1', '?page=3&size=1', '?page=4&size=1', '?page=5&size=1']);
  });

  it('validates a bare-array answer item by item', async () => {
    answer('post', '/widgets/search', () => [{ id: 1, name: 'a' }, { id: 'two', name: 'b' }]);
    await expect(caller().sendForArray(searchWidgets, { body: { text: 'a' } })).rejects.toThrow(/\[1\]\.id/);
  });

  it('sends a body given to request() instead of params.body, and answers the raw response', async () => {
    answer('post', '/widgets', () => ({ saved: [{ id: 3 }] }));
    const response = await caller().request(createWidget, { body: { name: 'ignored' } }, { body: [{ name: 'sent' }] });
    expect(seen[0]?.body).toEqual([{ name: 'sent' }]);
    expect(response.data).toEqual({ saved: [{ id: 3 }] });
  });
});
