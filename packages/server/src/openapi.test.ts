import { ateraProvider } from '@psagate/atera';
import { type Gateway, createGateway } from '@psagate/core';
import { automateProvider } from '@psagate/automate';
import { describe, expect, it } from 'vitest';
import { CALLER_TOKEN } from './server-harness.test-helpers';
import { createGatewayServer } from './create-gateway-server';
import { createDefaultLogger } from './logging';

type Json = Record<string, unknown>;

/** Building a gateway makes no request: the document and docs need none. */
function serverFor(gateway: Gateway) {
  return createGatewayServer({ gateway, callerTokens: [CALLER_TOKEN], logger: createDefaultLogger('silent'), processMetrics: false });
}

const atera = createGateway({ provider: 'atera', apiKey: 'atera-key-for-openapi-tests-0000', baseUrl: 'http://127.0.0.1:9' }, { providers: [ateraProvider] }) as Gateway;

async function documentOf(gateway: Gateway): Promise<Json> {
  const response = await serverFor(gateway).fetch(new Request('http://gateway.test/openapi.json'));
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

function resolvePointer(document: Json, ref: string): unknown {
  expect(ref.startsWith('#/')).toBe(true);
  return ref
    .slice(2)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, segment) => (node && typeof node === 'object' ? (node as Json)[segment] : undefined), document);
}

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, refs));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with the JSON Schema 2020-12 dialect, a bearer scheme and the problem schema', async () => {
    const document = await documentOf(atera);
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    const components = document.components as Json;
    expect((components.securitySchemes as Json).callerToken).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    expect(Object.keys(components.schemas as Json)).toEqual(
      expect.arrayContaining(['Problem', 'Ticket', 'TicketCreateInput', 'TicketUpdateInput', 'TicketComment', 'CommentCreateInput', 'Device', 'Alert', 'Customer']),
    );
  });

  it('resolves every $ref', async () => {
    const document = await documentOf(atera);
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) expect(resolvePointer(document, ref), ref).toBeDefined();
  });

  it('describes every operation completely: unique ids, declared path parameters, a success and problem responses', async () => {
    const document = await documentOf(atera);
    const operationIds = new Set<string>();
    const paths = document.paths as Record<string, Record<string, Json>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/v1/tickets', '/v1/tickets/{id}', '/v1/tickets/{id}/comments', '/v1/devices', '/v1/devices/{id}', '/v1/alerts', '/v1/alerts/{id}', '/v1/alerts/{id}/resolve', '/v1/customers', '/v1/customers/{id}', '/healthz', '/readyz', '/metrics', '/openapi.json', '/docs']),
    );
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const label = `${method.toUpperCase()} ${path}`;
        expect(operationIds.has(operation.operationId as string), label).toBe(false);
        operationIds.add(operation.operationId as string);
        const responses = operation.responses as Record<string, Json>;
        expect(Object.keys(responses).some((status) => status.startsWith('2')), label).toBe(true);
        for (const [status, response] of Object.entries(responses)) {
          expect(typeof response.description, `${label} ${status}`).toBe('string');
          if (Number(status) >= 400) expect(Object.keys(response.content as Json), `${label} ${status}`).toEqual(['application/problem+json']);
        }
        const parameters = (operation.parameters ?? []) as Json[];
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
        expect(parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name), label).toEqual(templated);
        const secured = (operation.security as unknown[]).length > 0;
        expect('401' in responses, label).toBe(secured);
      }
    }
  });

  it('documents list filters and paging as query parameters, and lists as { data, nextCursor }', async () => {
    const document = await documentOf(atera);
    const list = (document.paths as Json)['/v1/tickets'] as Record<string, Json>;
    const parameters = (list.get?.parameters ?? []) as Json[];
    expect(parameters.map((parameter) => parameter.name)).toEqual(['limit', 'cursor', 'status', 'priority', 'customerId', 'deviceId', 'search', 'updatedSince', 'createdSince']);
    expect(parameters.find((parameter) => parameter.name === 'status')).toMatchObject({ style: 'form', explode: true, schema: { type: 'array', items: { enum: expect.arrayContaining(['open', 'resolved']) } } });
    const schema = ((((list.get?.responses as Json)['200'] as Json).content as Json)['application/json'] as Json).schema as Json;
    expect(schema).toMatchObject({ required: ['data', 'nextCursor'], properties: { data: { items: { $ref: '#/components/schemas/Ticket' } } } });
  });

  it('marks operations the provider lacks, and those answer 501', async () => {
    const automate = createGateway({ provider: 'automate', baseUrl: 'http://127.0.0.1:9', username: 'u', password: 'automate-password', clientId: 'automate-client' } as never, { providers: [automateProvider] }) as Gateway;
    const document = await documentOf(automate);
    const tickets = (document.paths as Json)['/v1/tickets'] as Record<string, Json>;
    expect(tickets.post?.['x-psagate-supported']).toBe(false);
    expect(tickets.get?.['x-psagate-supported']).toBe(true);
    const response = await serverFor(automate).fetch(
      new Request('http://gateway.test/v1/tickets', { method: 'POST', headers: { authorization: `Bearer ${CALLER_TOKEN}`, 'content-type': 'application/json' }, body: '{"title":"x"}' }),
    );
    expect(response.status).toBe(501);
    expect(await response.json()).toMatchObject({ type: 'urn:psagate:problem:not-implemented', code: 'UNSUPPORTED_OPERATION' });
  });
});

describe('docs page', () => {
  it('is self-contained HTML under a strict CSP, rendered from the document', async () => {
    const response = await serverFor(atera).fetch(new Request('http://gateway.test/docs'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema\.org)[a-z]/i);
    expect(html).toContain('<code>/v1/tickets/{id}/comments</code>');
    expect(html).toContain('id="schema-ticketcreateinput"');
  });
});
