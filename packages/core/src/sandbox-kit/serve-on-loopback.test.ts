import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/error-types';
import { dropConnection, type SandboxHandler } from './sandbox-answer';
import { type LoopbackServer, serveOnLoopback } from './serve-on-loopback';

const open: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function serve(handler: SandboxHandler): Promise<LoopbackServer> {
  const server = await serveOnLoopback(handler);
  open.push(server);
  return server;
}

describe('serveOnLoopback', () => {
  it('hands the handler a Request with method, URL, headers and body, and sends its Response back', async () => {
    const server = await serve(async (request) => {
      const body = await request.text();
      return Response.json(
        { method: request.method, path: new URL(request.url).pathname, query: new URL(request.url).search, key: request.headers.get('x-api-key'), body },
        { status: 201, headers: { 'X-Extra': 'yes' } },
      );
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/api/things?page=2`, { method: 'POST', headers: { 'X-API-KEY': 'k' }, body: '{"a":1}' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-extra')).toBe('yes');
    expect(await response.json()).toEqual({ method: 'POST', path: '/api/things', query: '?page=2', key: 'k', body: '{"a":1}' });
  });

  it('builds request URLs on the address the client used, so absolute links point back to it', async () => {
    const server = await serve(async (request) => Response.json({ url: request.url }));
    const response = await fetch(`${server.url}/x`);
    expect(await response.json()).toEqual({ url: `${server.url}/x` });
  });

  it('answers bodiless statuses without a body', async () => {
    const server = await serve(async () => new Response(null, { status: 204 }));
    const response = await fetch(`${server.url}/x`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('destroys the socket when the handler drops the connection', async () => {
    const server = await serve(async () => dropConnection());
    await expect(fetch(`${server.url}/x`, { method: 'POST', body: '{}' })).rejects.toThrow(TypeError);
  });

  it('answers 500 with the reason when the handler throws', async () => {
    const server = await serve(async () => {
      throw new Error('state exploded');
    });
    const response = await fetch(`${server.url}/x`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('state exploded');
  });

  it('closes keep-alive connections on close(), and close() can be called twice', async () => {
    const server = await serveOnLoopback(async () => Response.json({}));
    await fetch(`${server.url}/x`, { headers: { connection: 'keep-alive' } });
    await server.close();
    await server.close();
    await expect(fetch(`${server.url}/x`)).rejects.toThrow(TypeError);
  });

  it('says how to fix a port that is taken', async () => {
    const first = await serve(async () => Response.json({}));
    await expect(serveOnLoopback(async () => Response.json({}), { port: first.port })).rejects.toThrow(ConfigError);
    await expect(serveOnLoopback(async () => Response.json({}), { port: first.port })).rejects.toThrow(/pass port: 0/);
  });
});

describe('serveOnLoopback request URLs', () => {
  it('keeps a path that looks like another host on this server', async () => {
    const server = await serveOnLoopback(async (request) => Response.json({ url: request.url }));
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const outgoing = httpRequest({ host: '127.0.0.1', port: server.port, path: '//other.example/x', headers: { host: 'not a host' } }, (incoming) => {
          let text = '';
          incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
          incoming.on('end', () => resolve(text));
        });
        outgoing.on('error', reject);
        outgoing.end();
      });
      expect(JSON.parse(body)).toEqual({ url: `${server.url}//other.example/x` });
    } finally {
      await server.close();
    }
  });
});
