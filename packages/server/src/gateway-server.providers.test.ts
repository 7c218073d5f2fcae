import { type Gateway, createGateway } from '@psagate/core';
import { automateProvider } from '@psagate/automate';
import { createAutomateSandbox } from '@psagate/automate/sandbox';
import { haloProvider } from '@psagate/halopsa';
import { createHaloSandbox } from '@psagate/halopsa/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, serveGateway } from './server-harness.test-helpers';

interface Page {
  data: { id: string }[];
  nextCursor: string | null;
}

async function walk(h: Harness, path: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let requests = 0;
  do {
    const response = await h.call(`${path}?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status, await response.clone().text()).toBe(200);
    const page = (await response.json()) as Page;
    ids.push(...page.data.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor !== null && ++requests < 100);
  return ids;
}

/** The same checks for every provider: walks equal the gateway's own lists, gets find what lists return, 404s are problems. */
function describeProvider(name: string, start: () => Promise<Harness>) {
  describe(`over the ${name} sandbox`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await start();
    });
    afterAll(() => h.close());

    it.each(['tickets', 'devices', 'customers'] as const)('walks every %s page by page to the records the gateway lists', async (resource) => {
      const expected = (await h.gateway[resource].list().toArray()).map((record) => record.id);
      expect(expected.length).toBeGreaterThan(3);
      expect(await walk(h, `/v1/${resource}`, 3)).toEqual(expected);
    });

    it('gets a record by the id a list returned, and answers 404 for one it does not have', async () => {
      const [ticket] = await h.gateway.tickets.list().toArray({ limit: 1 });
      const found = await h.call(`/v1/tickets/${ticket?.id}`);
      expect(found.status).toBe(200);
      expect(((await found.json()) as { id: string; provider: string }).provider).toBe(h.gateway.provider);
      const missing = await h.call('/v1/customers/987654');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
    });

    it('is ready once the PSA answered', async () => {
      expect((await h.call('/readyz', { token: null })).status).toBe(200);
    });
  });
}

describeProvider('HaloPSA', async () => {
  const sandbox = createHaloSandbox();
  const psa = await sandbox.listen({ port: 0 });
  const gateway = createGateway(sandbox.gatewayConfig(psa.url), { providers: [haloProvider] }) as Gateway;
  return serveGateway(gateway, {}, () => psa.close());
});

describeProvider('ConnectWise Automate', async () => {
  const sandbox = createAutomateSandbox();
  const psa = await sandbox.listen({ port: 0 });
  const gateway = createGateway(sandbox.gatewayConfig(psa.url), { providers: [automateProvider] }) as Gateway;
  return serveGateway(gateway, {}, () => psa.close());
});
