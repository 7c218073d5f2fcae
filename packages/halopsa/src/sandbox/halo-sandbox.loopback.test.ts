import { createGateway } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { haloProvider } from '../provider/halo-provider';
import { createHaloSandbox } from './halo-sandbox';

// A real HTTP server on 127.0.0.1: no msw in this file, so nothing intercepts the requests.
describe('the HaloPSA sandbox on a loopback port', () => {
  it('runs the quick start\'s main job from the sandbox\'s gateway config', async () => {
    const sandbox = createHaloSandbox({ tenant: 'acme' });
    const loopback = await sandbox.listen({ port: 0 });
    try {
      const gateway = createGateway(sandbox.gatewayConfig(loopback.url), { providers: [haloProvider] });
      expect(await gateway.customers.list().toArray()).toHaveLength(sandbox.state.clients.length);
      expect((await gateway.tickets.list({ status: ['open', 'pending'] }).toArray()).length).toBeGreaterThan(0);
      expect((await gateway.devices.list().toArray()).length).toBe(sandbox.state.assets.length);
      const ticket = await gateway.tickets.create({ title: 'Loopback printer', priority: 'high', customerId: '10' });
      expect(ticket).toMatchObject({ priority: 'high', customerName: 'Acme Dental' });
      expect((await gateway.tickets.update(ticket.id, { status: 'pending' })).status).toBe('pending');
      const alert = await gateway.alerts.list({ status: 'open' }).first();
      expect((await gateway.alerts.resolve(alert?.id ?? '')).status).toBe('resolved');
      await gateway.close();
      expect(sandbox.tokenRequestCount()).toBe(1);
    } finally {
      await loopback.close();
    }
  });
});
