import { createGatewayFromEnv } from '@psagate/core';
import { http, HttpResponse } from 'msw';
import { useMswServer } from '@psagate/core/testing';
import { describe, expect, it } from 'vitest';
import { ateraProvider } from './atera-provider';

const server = useMswServer();

describe('ateraProvider', () => {
  it('is configured from ATERA_* variables and sends the key in the style asked for', async () => {
    const headers: Headers[] = [];
    server.use(
      http.get('https://atera.test/api/v3/customers/7', ({ request }) => {
        headers.push(request.headers);
        return HttpResponse.json({ CustomerID: 7, CustomerName: 'Acme' });
      }),
    );
    const gateway = createGatewayFromEnv(
      { PSAGATE_PROVIDER: 'atera', ATERA_API_KEY: 'short-key-123', ATERA_BASE_URL: 'https://atera.test', ATERA_AUTH_STYLE: 'bearer', ATERA_REQUESTS_PER_MINUTE: '400' },
      { providers: [ateraProvider] },
    );
    expect((await gateway.customers.get('7')).name).toBe('Acme');
    expect(headers[0]?.get('authorization')).toBe('Bearer short-key-123');
    expect(headers[0]?.get('x-api-key')).toBeNull();
  });

  it('names the variable of a setting that is wrong', () => {
    expect(() => createGatewayFromEnv({ PSAGATE_PROVIDER: 'atera', ATERA_API_KEY: 'k', ATERA_REQUESTS_PER_MINUTE: 'lots' }, { providers: [ateraProvider] })).toThrow(
      /ATERA_REQUESTS_PER_MINUTE/,
    );
  });

  it('exposes the native Atera client', () => {
    const gateway = createGatewayFromEnv({ PSAGATE_PROVIDER: 'atera', ATERA_API_KEY: 'k', ATERA_BASE_URL: 'https://atera.test' }, { providers: [ateraProvider] });
    expect(typeof (gateway.native as { tickets: { listLastModified: unknown } }).tickets.listLastModified).toBe('function');
    expect(gateway.displayName).toBe('Atera');
  });
});
