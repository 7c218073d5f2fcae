import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
