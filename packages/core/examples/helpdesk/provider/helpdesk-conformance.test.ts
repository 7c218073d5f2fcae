import { createGateway } from '@psagate/core';
import { describeProviderConformance, useMswServer } from '@psagate/core/testing';
import { createHelpdeskSandbox } from '../sandbox/helpdesk-sandbox';
import { helpdeskProvider } from './helpdesk-provider';

const server = useMswServer();

describeProviderConformance({
  name: 'helpdesk',
  setup() {
    const sandbox = createHelpdeskSandbox();
    server.resetHandlers(...sandbox.handlers);
    const gatewayFor = (apiKey: string) =>
      createGateway({ provider: 'helpdesk', apiKey, baseUrl: sandbox.baseUrl, retry: { maxAttempts: 1 } }, { providers: [helpdeskProvider] });
    return {
      gateway: gatewayFor(sandbox.apiKey),
      gatewayWithWrongCredentials: gatewayFor('hd_live_wrong_key_0000000000'),
      secret: sandbox.apiKey,
      requestCount: sandbox.requestCount,
    };
  },
});
