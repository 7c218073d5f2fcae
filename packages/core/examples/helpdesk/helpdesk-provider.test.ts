import { createGateway } from '@psagate/core';
import { describeProviderConformance } from '@psagate/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { helpdeskProvider } from './helpdesk-provider';
import { createHelpdeskSandbox } from './helpdesk-sandbox';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

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
