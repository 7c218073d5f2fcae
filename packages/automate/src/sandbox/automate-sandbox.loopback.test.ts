import { createGateway } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { automateProvider } from '../provider/automate-provider';
import { createAutomateSandbox } from './automate-sandbox';

describe('the Automate sandbox on loopback', () => {
  it('serves the API over real HTTP, configured by gatewayConfig(url)', async () => {
    const sandbox = createAutomateSandbox();
    const loopback = await sandbox.listen({ port: 0 });
    try {
      const config = sandbox.gatewayConfig(loopback.url);
      expect(config).toMatchObject({ provider: 'automate', baseUrl: loopback.url, clientId: sandbox.credentials.clientId });
      const gateway = createGateway(config, { providers: [automateProvider] });
      expect(await gateway.devices.list().toArray()).toHaveLength(12);
      expect(await gateway.tickets.listComments('5001').toArray()).toHaveLength(1);
      expect(sandbox.requestCount()).toBe(3);
    } finally {
      await loopback.close();
    }
  });
});
