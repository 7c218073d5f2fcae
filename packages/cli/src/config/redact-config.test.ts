import { describe, expect, it } from 'vitest';
import { redactConfig, secretValuesOf } from './redact-config';

describe('redactConfig', () => {
  const config = {
    provider: 'halopsa',
    baseUrl: 'https://halo.example.com',
    clientId: 'client-1',
    clientSecret: 'secret-1',
    retry: { maxAttempts: 3 },
    stateStore: { type: 'redis', url: 'redis://user:pa55@redis.example.com:6379' },
  };

  it('shows secrets and URL credentials as *** and leaves the rest readable', () => {
    expect(redactConfig(config)).toEqual({
      provider: 'halopsa',
      baseUrl: 'https://halo.example.com',
      clientId: 'client-1',
      clientSecret: '***',
      retry: { maxAttempts: 3 },
      stateStore: { type: 'redis', url: 'redis://***@redis.example.com:6379' },
    });
  });

  it('collects the secret values for a logger to mask', () => {
    expect(secretValuesOf({ ...config, apiKey: 'k', password: 'p' })).toEqual(['secret-1', 'k', 'p']);
  });
});
