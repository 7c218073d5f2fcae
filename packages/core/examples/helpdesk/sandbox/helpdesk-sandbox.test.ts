import { isConnectionDrop, type SandboxAnswer } from '@psagate/core/sandbox-kit';
import { describe, expect, it } from 'vitest';
import { createHelpdeskSandbox, type HelpdeskSandboxOptions } from './helpdesk-sandbox';

function sandboxWith(options: HelpdeskSandboxOptions = {}) {
  const sandbox = createHelpdeskSandbox(options);
  const send = (method: string, path: string, init: { key?: string; body?: unknown } = {}) =>
    sandbox.handle(
      new Request(`${sandbox.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${init.key ?? sandbox.apiKey}`, 'content-type': 'application/json' },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
    );
  return { sandbox, send };
}

async function json(answer: SandboxAnswer): Promise<unknown> {
  if (isConnectionDrop(answer)) throw new Error('the connection was dropped');
  return answer.json();
}

describe('the Helpdesk sandbox', () => {
  it('serves pages of { data, total } to the right key and refuses any other with 401', async () => {
    const { send } = sandboxWith();
    const answer = await send('GET', '/v1/tickets?page=2&per_page=5');
    expect(await json(answer)).toMatchObject({ total: 12, data: [{ id: 1005 }, {}, {}, {}, {}] });
    const refused = await send('GET', '/v1/tickets', { key: 'hd_live_wrong_key_0000000000' });
    expect((refused as Response).status).toBe(401);
    expect(await json(refused)).toEqual({ error: { code: 'unauthorized', message: 'Invalid API token' } });
  });

  it('answers 400 for a page size over 100 and 404 for a path it does not serve', async () => {
    const { send } = sandboxWith();
    expect((await send('GET', '/v1/devices?per_page=101')) as Response).toMatchObject({ status: 400 });
    expect((await send('GET', '/v1/printers')) as Response).toMatchObject({ status: 404 });
    expect((await send('DELETE', '/v1/tickets/1000')) as Response).toMatchObject({ status: 405 });
  });

  it('counts requests per key in a sliding window and refuses the one over budget with 429 and Retry-After', async () => {
    let now = 1_000_000;
    const { sandbox, send } = sandboxWith({ rateLimit: { requestsPerMinute: 2, windowMs: 10_000 }, clock: () => now });
    const first = (await send('GET', '/v1/customers')) as Response;
    expect(first.headers.get('X-RateLimit-Remaining')).toBe('1');
    await send('GET', '/v1/customers');
    const refused = (await send('GET', '/v1/customers')) as Response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('10');
    now += 10_000;
    expect(((await send('GET', '/v1/customers')) as Response).status).toBe(200);
    expect(sandbox.stats()).toMatchObject({ requests: 4, rateLimited: 1 });
  });

  it('answers an injected fault in its own error shape, and drops the connection after applying a write', async () => {
    const { sandbox, send } = sandboxWith();
    sandbox.injectFault('503', { route: 'tickets.list' });
    const failed = await send('GET', '/v1/tickets');
    expect((failed as Response).status).toBe(503);
    expect(await json(failed)).toMatchObject({ error: { code: 'server_error' } });
    sandbox.injectFault('drop-after-write');
    const dropped = await send('POST', '/v1/tickets', { body: { subject: 'Scanner jammed' } });
    expect(isConnectionDrop(dropped)).toBe(true);
    expect(sandbox.state.tickets.at(-1)?.subject).toBe('Scanner jammed');
    expect(sandbox.requests.map((request) => request.fault)).toEqual(['503', 'drop-after-write']);
  });
});
