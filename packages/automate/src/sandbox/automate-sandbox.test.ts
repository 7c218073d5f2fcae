import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { sandboxClient } from '../testing/sandbox-client.test-helpers';
import { createAutomateSandbox } from './automate-sandbox';

const server = useMswServer();

async function call(sandbox: ReturnType<typeof createAutomateSandbox>, path: string, init: RequestInit = {}, token?: string): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('ClientId', sandbox.credentials.clientId);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const answer = await sandbox.handle(new Request(`${sandbox.baseUrl}${path}`, { ...init, headers }));
  if (!(answer instanceof Response)) throw new Error('the sandbox dropped the connection');
  return answer;
}

async function login(sandbox: ReturnType<typeof createAutomateSandbox>): Promise<string> {
  const response = await call(sandbox, '/cwa/api/v1/apitoken', { method: 'POST', body: JSON.stringify({ username: sandbox.credentials.username, password: sandbox.credentials.password }) });
  return ((await response.json()) as { AccessToken: string }).AccessToken;
}

describe('the Automate sandbox', () => {
  it('gives the passcode in gatewayConfig when it requires a second factor', () => {
    expect(createAutomateSandbox({ twoFactor: true }).gatewayConfig()).toMatchObject({ twoFactorPasscode: '123456' });
  });

  it('matches paths without regard to case, and reads the options.* parameter names', async () => {
    const sandbox = createAutomateSandbox();
    const token = await login(sandbox);
    const response = await call(sandbox, "/cwa/api/v1/computers?options.pageSize=3&options.page=2&options.condition=Type%20%3D%20'Workstation'", {}, token);
    const page = (await response.json()) as { Type: string }[];
    expect(page).toHaveLength(3);
    expect(page.every((computer) => computer.Type === 'Workstation')).toBe(true);
  });

  it('serves pages larger than its maximum at the maximum, silently', async () => {
    const sandbox = createAutomateSandbox({ maxPageSize: 4 });
    const token = await login(sandbox);
    expect(await (await call(sandbox, '/cwa/api/v1/Computers?pageSize=10', {}, token)).json()).toHaveLength(4);
  });

  it('answers bad list options and unknown routes in Automate’s error shape', async () => {
    const sandbox = createAutomateSandbox();
    const token = await login(sandbox);
    const bad = await call(sandbox, "/cwa/api/v1/Computers?condition=Status%20%3D%20'Online", {}, token);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BadRequest', message: expect.stringContaining('not closed') });
    const missing = await call(sandbox, '/cwa/api/v1/Nothing', {}, token);
    expect(missing.status).toBe(404);
    const unauthenticated = await call(sandbox, '/cwa/api/v1/Computers');
    expect(unauthenticated.status).toBe(401);
  });

  it('limits the request rate when configured, answering 429 with Retry-After and rate headers', async () => {
    const sandbox = createAutomateSandbox({ rateLimit: { requestsPerMinute: 3 } });
    const token = await login(sandbox);
    const first = await call(sandbox, '/cwa/api/v1/Users', {}, token);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    await call(sandbox, '/cwa/api/v1/Users', {}, token);
    const refused = await call(sandbox, '/cwa/api/v1/Users', {}, token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'TooManyRequests' });
    expect(sandbox.stats().rateLimited).toBe(1);
  });

  it('is kept within its rate limit by a client that reads its rate headers', async () => {
    const { client, sandbox, clock } = sandboxClient(server, { rateLimit: { requestsPerMinute: 3 } });
    const started = clock.now();
    for (let id = 1; id <= 5; id++) expect(await client.users.get({ userId: 1 + (id % 4) })).toBeDefined();
    expect(sandbox.stats().rateLimited).toBe(0);
    expect(clock.now() - started).toBeGreaterThanOrEqual(60_000);
  });

  it('injects server errors, which the client retries for reads', async () => {
    const { client, sandbox } = sandboxClient(server);
    sandbox.injectFault('503', { route: 'computers.list' });
    expect(await client.computers.list().toArray()).toHaveLength(12);
    expect(sandbox.stats().faultsByKind['503']).toBe(1);
  });

  it('drops a create after applying it, and the client neither replays it nor hides that it may have been applied', async () => {
    const { client, sandbox } = sandboxClient(server);
    sandbox.injectFault('drop-after-write', { route: 'clients.create' });
    const error = await client.clients.create({ body: { Name: 'Initech' } }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ kind: 'network', retryable: false, maybeApplied: true });
    expect(sandbox.state.clients.filter((record) => record.Name === 'Initech')).toHaveLength(1);
  });

  it('sends malformed JSON on demand, which the client reports as a response-shape problem', async () => {
    const { client, sandbox } = sandboxClient(server, {}, { retry: { maxAttempts: 1 } });
    sandbox.injectFault('malformed-json', { route: 'clients.get' });
    await expect(client.clients.get({ clientId: 1 })).rejects.toMatchObject({ kind: 'response_shape' });
  });

  it('adds latency on its clock', async () => {
    const { client, clock } = sandboxClient(server, { latencyMs: 250 });
    const started = clock.now();
    await client.users.get({ userId: 1 });
    expect(clock.now() - started).toBe(500);
  });

  it('keeps seeded data deterministic and sized by options', () => {
    const first = createAutomateSandbox({ size: { computers: 30, clients: 7 } });
    const second = createAutomateSandbox({ size: { computers: 30, clients: 7 } });
    expect(first.state.computers).toHaveLength(30);
    expect(first.state.clients).toHaveLength(7);
    expect(first.state.computers).toEqual(second.state.computers);
  });
});
