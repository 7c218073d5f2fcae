import { describe, expect, it } from 'vitest';
import { createHelpdeskSandbox, helpdeskProvider } from '../../examples/helpdesk/index';
import { configFromEnv } from '../config/env-config';
import { ConfigError } from '../errors/error-types';
import { createGatewayFromEnv } from './create-gateway-from-env';
import { useMswServer } from '../testing/msw-server';

const sandbox = createHelpdeskSandbox();
useMswServer({ handlers: [...sandbox.handlers] });

const providers = [helpdeskProvider];

describe('createGatewayFromEnv', () => {
  it('builds a working gateway from PSAGATE_PROVIDER and the provider’s own variables', async () => {
    const gateway = createGatewayFromEnv(
      { PSAGATE_PROVIDER: 'helpdesk', HELPDESK_API_KEY: sandbox.apiKey, HELPDESK_BASE_URL: sandbox.baseUrl, PSAGATE_TIMEOUT_MS: '5000' },
      { providers },
    );
    expect(gateway.provider).toBe('helpdesk');
    expect((await gateway.customers.list().toArray()).length).toBe(5);
  });

  it('asks for PSAGATE_PROVIDER and lists the choices when it is missing', () => {
    expect(() => createGatewayFromEnv({}, { providers })).toThrow(/Set PSAGATE_PROVIDER to the provider to use \(helpdesk\)/);
  });

  it('names the missing variable, not just the setting', () => {
    try {
      createGatewayFromEnv({ PSAGATE_PROVIDER: 'helpdesk' }, { providers });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain('apiKey (HELPDESK_API_KEY): is required');
    }
  });

  it('reports unreadable and invalid variables together', () => {
    try {
      createGatewayFromEnv(
        { PSAGATE_PROVIDER: 'helpdesk', PSAGATE_TIMEOUT_MS: 'soon', PSAGATE_CACHE: 'maybe', HELPDESK_BASE_URL: 'http://helpdesk.example.com' },
        { providers },
      );
      expect.unreachable();
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toContain('4 problems');
      expect(message).toContain('timeoutMs (PSAGATE_TIMEOUT_MS): PSAGATE_TIMEOUT_MS must be a number');
      expect(message).toContain('cache.enabled (PSAGATE_CACHE): PSAGATE_CACHE must be true or false');
      expect(message).toContain('baseUrl (HELPDESK_BASE_URL): must use https://');
      expect(message).toContain('apiKey (HELPDESK_API_KEY): is required');
    }
  });

  it('converts typed variables and nests dotted settings', () => {
    const { config, issues } = configFromEnv(helpdeskProvider, {
      HELPDESK_API_KEY: ' key-with-spaces-around ',
      PSAGATE_MAX_ATTEMPTS: '2',
      PSAGATE_CACHE: 'off',
      PSAGATE_RESPONSE_VALIDATION: 'lenient',
      UNRELATED: 'ignored',
    });
    expect(issues).toEqual([]);
    expect(config).toEqual({ apiKey: 'key-with-spaces-around', retry: { maxAttempts: 2 }, cache: { enabled: false }, responseValidation: 'lenient' });
  });

  it('treats empty variables as unset', () => {
    const { config } = configFromEnv(helpdeskProvider, { HELPDESK_API_KEY: '', HELPDESK_BASE_URL: '   ' });
    expect(config).toEqual({});
  });
});
