import { describe, expect, it } from 'vitest';
import { detectAteraKeyStyle } from '../auth/atera-auth';
import { authenticate } from './sandbox-auth';
import { sandboxApiKey, sandboxLegacyApiKey } from './sandbox-keys';

const keys = { apiKey: sandboxApiKey(1), legacyApiKey: sandboxLegacyApiKey(1) };

describe('sandbox keys', () => {
  it('derive a JWT-shaped key and a short legacy key from the seed, the same every time', () => {
    expect(keys.apiKey.split('.')).toHaveLength(3);
    expect(keys.apiKey.length).toBeGreaterThan(60);
    expect(detectAteraKeyStyle(keys.apiKey)).toBe('bearer');
    expect(detectAteraKeyStyle(keys.legacyApiKey)).toBe('x-api-key');
    expect(sandboxApiKey(1)).toBe(keys.apiKey);
    expect(sandboxApiKey(2)).not.toBe(keys.apiKey);
    expect(sandboxLegacyApiKey(2)).not.toBe(keys.legacyApiKey);
  });
});

describe('authenticate', () => {
  it('accepts the JWT key as a bearer token and the legacy key in X-API-KEY', () => {
    expect(authenticate(new Headers({ Authorization: `Bearer ${keys.apiKey}` }), keys)).toEqual({ ok: true, credential: 'apiKey' });
    expect(authenticate(new Headers({ 'X-API-KEY': keys.legacyApiKey }), keys)).toEqual({ ok: true, credential: 'legacyApiKey' });
  });

  it('refuses each key sent the other way, saying which header it needs', () => {
    expect(authenticate(new Headers({ 'X-API-KEY': keys.apiKey }), keys)).toEqual({ ok: false, message: expect.stringContaining('Authorization: Bearer') });
    expect(authenticate(new Headers({ Authorization: `Bearer ${keys.legacyApiKey}` }), keys)).toEqual({ ok: false, message: expect.stringContaining('X-API-KEY') });
  });

  it('refuses a missing or wrong key without echoing it', () => {
    expect(authenticate(new Headers(), keys)).toEqual({ ok: false, message: expect.stringContaining('No API key') });
    const wrong = authenticate(new Headers({ Authorization: 'Bearer not-the-key' }), keys);
    expect(wrong).toEqual({ ok: false, message: expect.stringContaining('not valid') });
    expect(JSON.stringify(wrong)).not.toContain('not-the-key');
  });
});
