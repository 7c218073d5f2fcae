import { createGateway } from '@psagate/core';
import { describeProviderConformance, useMswServer } from '@psagate/core/testing';
import { describe } from 'vitest';
import { createAteraSandbox } from '../sandbox/index';
import { ateraProvider } from './atera-provider';

const server = useMswServer();

/** Keys of the right shape that the sandbox does not know. */
const WRONG_KEYS = {
  bearer: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJub3QtYS1yZWFsLWtleSJ9.bm90LWEtcmVhbC1zaWduYXR1cmUtYXQtYWxsLXJlYWxseQ',
  legacy: '0badc0de0badc0de0badc0de0badc0de',
};

for (const style of ['bearer', 'legacy'] as const) {
  describe(style === 'bearer' ? 'with a JWT key (Authorization: Bearer)' : 'with a legacy key (X-API-KEY)', () => {
    describeProviderConformance({
      name: 'atera',
      setup() {
        const sandbox = createAteraSandbox();
        server.resetHandlers(...sandbox.handlers);
        const gatewayFor = (apiKey: string) =>
          createGateway({ provider: 'atera', apiKey, baseUrl: sandbox.baseUrl, retry: { maxAttempts: 1 } }, { providers: [ateraProvider] });
        const secret = style === 'bearer' ? sandbox.apiKey : sandbox.legacyApiKey;
        return {
          gateway: gatewayFor(secret),
          gatewayWithWrongCredentials: gatewayFor(WRONG_KEYS[style]),
          secret,
          requestCount: () => sandbox.requestCount(),
        };
      },
    });
  });
}
