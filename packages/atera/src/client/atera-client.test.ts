import { ConfigError, ConflictError, PsaEvents, ResponseShapeError, ValidationError, type WarningEvent } from '@psagate/core';
import { http, HttpResponse } from 'msw';
import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { createAteraClient } from './atera-client';

const BASE = 'https://app.atera.com';
const JWT_KEY = `${'eyJhbGciOiJIUzI1NiJ9'}.${'eyJhY2NvdW50IjoxMjM0NTYsInNjb3BlIjoiYXBpIn0'}.${'c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU'}`;
const LEGACY_KEY = '0123456789abcdef0123456789abcdef';

interface Seen {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: unknown;
}

const seen: Seen[] = [];
const server = useMswServer({ afterEach: () => (seen.length = 0) });

function answer(method: 'get' | 'post' | 'put' | 'delete', path: string, reply: (url: URL) => Response | Promise<Response>): void {
  server.use(
    http[method](`${BASE}${path}`, async ({ request }) => {
      const text = await request.text();
      const url = new URL(request.url);
      seen.push({ method: request.method, url, headers: request.headers, body: text === '' ? undefined : JSON.parse(text) });
      return reply(url);
    }),
  );
}

const agent = (id: number) => ({ AgentID: id, MachineName: `PC-${id}`, DeviceGuid: '7f2c1c1e-1111-4222-8333-444455556666', CustomerID: 1 });

describe('Atera authentication', () => {
  it('sends a JWT key as a bearer token and a short legacy key as X-API-KEY', async () => {
    answer('get', '/api/v3/account', () => HttpResponse.json({ AccountID: 'account-1' }));
    await createAteraClient({ apiKey: JWT_KEY }).account.get();
    await createAteraClient({ apiKey: LEGACY_KEY }).account.get();
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${JWT_KEY}`);
    expect(seen[0]?.headers.get('x-api-key')).toBeNull();
    expect(seen[1]?.headers.get('x-api-key')).toBe(LEGACY_KEY);
    expect(seen[1]?.headers.get('authorization')).toBeNull();
  });

  it('follows an explicit authStyle over the detected one', async () => {
    answer('get', '/api/v3/account', () => HttpResponse.json({ AccountID: 'account-1' }));
    await createAteraClient({ apiKey: LEGACY_KEY, authStyle: 'bearer' }).account.get();
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${LEGACY_KEY}`);
  });

  it('refuses plain HTTP to a remote host and lists every config problem at once', () => {
    const attempt = () => createAteraClient({ apiKey: '', baseUrl: 'http://atera.example.com', requestsPerMinute: -1 } as never);
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toMatch(/apiKey/);
      expect(message).toMatch(/baseUrl/);
      expect(message).toMatch(/requestsPerMinute/);
    }
  });
});

describe('Atera input checks send nothing', () => {
  const client = createAteraClient({ apiKey: JWT_KEY, validateCustomFieldNames: true });

  it('rejects a non-numeric id', async () => {
    const failure = client.agents.get({ agentId: 'abc' as unknown as number });
    await expect(failure).rejects.toThrow(ValidationError);
    await expect(failure).rejects.toThrow(/agentId/);
    expect(seen).toHaveLength(0);
  });

  it('rejects a DeviceGuid that is not a GUID on the patch routes', async () => {
    await expect(client.agents.getInstalledPatches({ deviceGuid: '../../account' })).rejects.toThrow(/deviceGuid/);
    expect(seen).toHaveLength(0);
  });

  it('names a missing required body field', async () => {
    const failure = client.contacts.create({ body: { CustomerID: 1 } as never });
    await expect(failure).rejects.toThrow(ValidationError);
    await expect(failure).rejects.toThrow(/body\.Email/);
    expect(seen).toHaveLength(0);
  });

  it('names an unknown body field', async () => {
    await expect(client.tickets.create({ body: { TicketTitle: 'x', Description: 'y', EndUserID: 1, Colour: 'red' } as never })).rejects.toThrow(/Colour/);
    expect(seen).toHaveLength(0);
  });

  it('rejects a page size over 50 when the walk is set up', () => {
    expect(() => client.agents.list({ itemsInPage: 500 })).toThrow(ValidationError);
    expect(() => client.agents.list({ itemsInPage: 500 })).toThrow(/50/);
    expect(seen).toHaveLength(0);
  });

  it('rejects an unknown custom field with the valid names, before the value request', async () => {
    answer('get', '/api/v3/customvalues/customfields', () =>
      HttpResponse.json([
        { Name: 'Warranty end', Target: 'Ticket', DataType: 'Date' },
        { Name: 'Site code', Target: 'Customer', DataType: 'Text' },
      ]),
    );
    const failure = client.customValues.getTicketField({ ticketId: 7, fieldName: 'Warranty ends' });
    await expect(failure).rejects.toMatchObject({ code: 'UNKNOWN_CUSTOM_FIELD' });
    await expect(failure).rejects.toThrow(/"Warranty end"/);
    expect(seen.map((request) => request.url.pathname)).toEqual(['/api/v3/customvalues/customfields']);
  });
});

describe('Atera answers', () => {
  it('turns a 405 on delete into a ConflictError about dependencies', async () => {
    answer('delete', '/api/v3/customers/5', () => HttpResponse.json({ Message: 'The customer has agents.' }, { status: 405 }));
    const failure = createAteraClient({ apiKey: JWT_KEY }).customers.delete({ customerId: 5 });
    await expect(failure).rejects.toThrow(ConflictError);
    await expect(failure).rejects.toMatchObject({ code: 'HAS_DEPENDENCIES', status: 405 });
    await expect(failure).rejects.toThrow(/depend/i);
  });

  it('fails a drifted response in strict mode with the field named', async () => {
    answer('get', '/api/v3/agents/3', () => HttpResponse.json({ ...agent(3), AgentID: 'three' }));
    const failure = createAteraClient({ apiKey: JWT_KEY }).agents.get({ agentId: 3 });
    await expect(failure).rejects.toThrow(ResponseShapeError);
    await expect(failure).rejects.toThrow(/AgentID/);
  });

  it('keeps a drifted record in lenient mode and reports a warning', async () => {
    answer('get', '/api/v3/agents/3', () => HttpResponse.json({ ...agent(3), AgentID: 'three' }));
    const events = new PsaEvents();
    const warnings: WarningEvent[] = [];
    events.on('warning', (event) => warnings.push(event));
    const record = await createAteraClient({ apiKey: JWT_KEY, responseValidation: 'lenient' }, { events }).agents.get({ agentId: 3 });
    expect(record.AgentID).toBe('three');
    expect(record.MachineName).toBe('PC-3');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/AgentID/);
  });

  it('keeps fields the spec does not know yet', async () => {
    answer('get', '/api/v3/agents/3', () => HttpResponse.json({ ...agent(3), BrandNewField: 42 }));
    const record = await createAteraClient({ apiKey: JWT_KEY }).agents.get({ agentId: 3 });
    expect((record as Record<string, unknown>).BrandNewField).toBe(42);
  });

  it('walks pages of 50 and reads totals from totalItems as well as totalItemCount', async () => {
    const total = 120;
    answer('get', '/api/v3/agents', (url) => {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('itemsInPage'));
      const ids = Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, index) => (page - 1) * size + index + 1);
      return HttpResponse.json({ items: ids.map(agent), totalItems: total, page, itemsInPage: size, totalPages: Math.ceil(total / size) });
    });
    const agents = await createAteraClient({ apiKey: JWT_KEY }).agents.list().toArray();
    expect(agents.map((item) => item.AgentID)).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    expect(seen.map((request) => request.url.searchParams.get('itemsInPage'))).toEqual(['50', '50', '50']);
  });

  it('starts a walk at the page and with the page size its params name', async () => {
    const total = 120;
    answer('get', '/api/v3/agents', (url) => {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('itemsInPage'));
      const ids = Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, index) => (page - 1) * size + index + 1);
      return HttpResponse.json({ items: ids.map(agent), totalItemCount: total, page, itemsInPage: size, totalPages: Math.ceil(total / size) });
    });
    const agents = await createAteraClient({ apiKey: JWT_KEY }).agents.list({ page: 3, itemsInPage: 40 }).toArray();
    expect(agents.map((item) => item.AgentID)).toEqual(Array.from({ length: 40 }, (_, index) => index + 81));
    expect(seen.map((request) => request.url.search)).toEqual(['?page=3&itemsInPage=40']);
  });
});
