import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OAuth2ClientCredentialsAuth } from '../auth/oauth2-client-credentials-auth';
import { InMemoryTokenStore } from '../auth/token-store';
import { LruReferenceCache } from '../cache/reference-cache';
import { createGateway } from '../gateway/create-gateway';
import { RateLimiterRegistry } from '../http/rate-limiter-registry';
import type { RateLimiter } from '../http/rate-limiter';
import { ApiKeyAuth } from '../auth/api-key-auth';
import { definePsaProvider } from '../provider/provider-definition';
import type { ProviderContext } from '../provider/provider-context';
import { FakeClock } from '../testing/fake-clock';
import { createPsaContainer } from './psa-container';
import { PsaTokens } from './tokens';

/** A provider that only records the context it was given. */
function probeProvider() {
  const seen: ProviderContext[] = [];
  const provider = definePsaProvider({
    name: 'probe',
    displayName: 'Probe',
    configSchema: z.strictObject({ key: z.string().default('probe-key-123456') }),
    capabilities: {},
    create: (config, context) => {
      seen.push(context);
      const transport = context.createTransport({ baseUrl: 'https://probe.example.test', auth: new ApiKeyAuth({ key: config.key, header: 'X-Key' }) });
      return { native: transport };
    },
  });
  return { provider, seen };
}

describe('createPsaContainer', () => {
  it('binds every service a provider needs', () => {
    const container = createPsaContainer();
    for (const token of Object.values(PsaTokens)) expect(container.isBound(token)).toBe(true);
    expect(container.get(PsaTokens.cache)).toBeInstanceOf(LruReferenceCache);
    expect(container.get(PsaTokens.rateLimiters)).toBe(container.get(PsaTokens.rateLimiters));
  });

  it('gives two containers separate services, so tenants never share state', () => {
    const first = createPsaContainer();
    const second = createPsaContainer();
    expect(first.get(PsaTokens.rateLimiters)).not.toBe(second.get(PsaTokens.rateLimiters));
    expect(first.get(PsaTokens.tokenStore)).not.toBe(second.get(PsaTokens.tokenStore));
    expect(first.get(PsaTokens.cache)).not.toBe(second.get(PsaTokens.cache));
  });

  it('hands providers the clock, token store and cache that were rebound', () => {
    const { provider, seen } = probeProvider();
    const container = createPsaContainer({ providers: [provider] });
    const clock = new FakeClock();
    const store = new InMemoryTokenStore();
    container.rebind(PsaTokens.clock).toConstantValue(clock);
    container.rebind(PsaTokens.tokenStore).toConstantValue(store);
    createGateway({ provider: 'probe' }, { container });
    expect(seen[0]?.clock).toBe(clock);
    expect(seen[0]?.tokenStore).toBe(store);
  });

  it('lets users replace the rate limiter, for example with one shared by every credential', () => {
    const { provider } = probeProvider();
    const container = createPsaContainer({ providers: [provider] });
    const shared: RateLimiter = { acquire: async () => ({ release: () => undefined }), observe: () => undefined };
    container.rebind(PsaTokens.rateLimiters).toConstantValue(new RateLimiterRegistry({ clock: new FakeClock(), factory: () => shared }));
    const first = createGateway({ provider: 'probe', key: 'probe-key-aaaaaaaa' }, { container });
    const second = createGateway({ provider: 'probe', key: 'probe-key-bbbbbbbb' }, { container });
    expect(first.native.limiter).toBe(shared);
    expect(second.native.limiter).toBe(shared);
  });
});

describe('token auth wired through the provider context', () => {
  it('reports token refreshes as events and store failures as warnings', async () => {
    const server = setupServer(
      http.post('https://auth.example.test/token', () => HttpResponse.json({ access_token: 'token-abcdef-123456', expires_in: 3600 })),
    );
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const warnings: string[] = [];
      const container = createPsaContainer();
      container.rebind(PsaTokens.logger).toConstantValue({ debug: () => undefined, info: () => undefined, warn: (message: string) => warnings.push(message), error: () => undefined });
      container.rebind(PsaTokens.tokenStore).toConstantValue({
        get: () => undefined,
        set: () => {
          throw new Error('store offline');
        },
        delete: () => undefined,
      });
      let context: ProviderContext | undefined;
      const provider = definePsaProvider({
        name: 'tokenized',
        displayName: 'Tokenized',
        configSchema: z.strictObject({}),
        capabilities: {},
        create: (_config, given) => {
          context = given;
          return { native: null };
        },
      });
      const gateway = createGateway({ provider: 'tokenized' }, { providers: [provider], container });
      const tokens: unknown[] = [];
      gateway.events.on('token', (event) => tokens.push(event));
      const auth = new OAuth2ClientCredentialsAuth({
        tokenUrl: 'https://auth.example.test/token',
        clientId: 'client',
        clientSecret: 'secret-value-123',
        ...context?.tokenAuthOptions(),
      });
      const headers: Record<string, string> = {};
      await auth.authorize({ method: 'GET', url: new URL('https://api.example.test/x'), headers });
      expect(headers.Authorization).toBe('Bearer token-abcdef-123456');
      expect(tokens).toEqual([{ provider: 'tokenized', reason: 'initial', outcome: 'refreshed' }]);
      expect(warnings).toEqual([expect.stringContaining('token store failed to set a token')]);
    } finally {
      server.close();
    }
  });
});
