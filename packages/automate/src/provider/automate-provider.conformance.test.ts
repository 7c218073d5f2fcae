import { createGateway } from '@psagate/core';
import { describeProviderConformance, useMswServer } from '@psagate/core/testing';
import { createAutomateSandbox } from '../sandbox/automate-sandbox';
import { automateProvider } from './automate-provider';

const server = useMswServer();

for (const idStyle of ['number', 'string'] as const) {
  describeProviderConformance({
    name: 'automate',
    setup() {
      const sandbox = createAutomateSandbox({ idStyle });
      server.resetHandlers(...sandbox.handlers);
      const config = sandbox.gatewayConfig();
      const gatewayFor = (password: string) => createGateway({ ...config, password, retry: { maxAttempts: 1 } }, { providers: [automateProvider] });
      return {
        gateway: gatewayFor(config.password),
        gatewayWithWrongCredentials: gatewayFor('not-the-password-0000'),
        secret: config.password,
        requestCount: () => sandbox.requestCount(),
      };
    },
  });
}
