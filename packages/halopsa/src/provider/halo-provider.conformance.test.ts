import { createGateway } from '@psagate/core';
import { describeProviderConformance, useMswServer } from '@psagate/core/testing';
import { createHaloSandbox } from '../sandbox';
import { haloProvider } from './halo-provider';

const server = useMswServer();

describeProviderConformance({
  name: 'halopsa',
  setup() {
    const sandbox = createHaloSandbox({ tenant: 'acme' });
    server.resetHandlers(...sandbox.handlers);
    const config = { ...sandbox.gatewayConfig(), retry: { maxAttempts: 1 } };
    return {
      gateway: createGateway(config, { providers: [haloProvider] }),
      gatewayWithWrongCredentials: createGateway({ ...config, clientSecret: 'wrong-secret-for-the-sandbox-0000' }, { providers: [haloProvider] }),
      secret: sandbox.clientSecret,
      requestCount: sandbox.requestCount,
    };
  },
});
