import { describe, expect, it } from 'vitest';
import { mswHandlersFor } from './msw-handlers';
import { dropConnection, type SandboxHandler } from './sandbox-answer';
import { useMswServer } from '../testing/msw-server';

let current: SandboxHandler = async () => Response.json({});
useMswServer({ handlers: [...mswHandlersFor('https://psa.example.test', (request) => current(request))] });

describe('mswHandlersFor', () => {
  it('serves any method and path of the origin from the sandbox handler', async () => {
    current = async (request) => Response.json({ method: request.method, url: request.url, body: await request.text() }, { status: 202 });
    const response = await fetch('https://psa.example.test/api/v3/tickets/5?x=1', { method: 'PUT', body: '{"a":1}' });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ method: 'PUT', url: 'https://psa.example.test/api/v3/tickets/5?x=1', body: '{"a":1}' });
  });

  it('turns a dropped connection into a network error', async () => {
    current = async () => dropConnection('drop-before-write');
    await expect(fetch('https://psa.example.test/api/v3/tickets', { method: 'POST', body: '{}' })).rejects.toThrow(TypeError);
  });

  it('serves only under the base path when the base URL has one', () => {
    const [handler] = mswHandlersFor('https://psa.example.test/base/', async () => Response.json({}));
    expect(handler?.info.header).toContain('https://psa.example.test/base/*');
  });
});
