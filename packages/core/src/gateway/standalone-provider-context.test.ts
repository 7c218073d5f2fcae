import { describe, expect, it } from 'vitest';
import { ApiKeyAuth } from '../auth/api-key-auth';
import { InMemoryTokenStore } from '../auth/token-store';
import { PsaEvents } from '../observability/events';
import { FakeClock } from '../testing/fake-clock';
import { standaloneProviderContext } from './provider-context-factory';

describe('standaloneProviderContext', () => {
  const auth = (key: string) => new ApiKeyAuth({ key, header: 'X-Key' });

  it('hands a client the events, clock and token store it was given', () => {
    const events = new PsaEvents();
    const clock = new FakeClock();
    const tokenStore = new InMemoryTokenStore();
    const context = standaloneProviderContext('widgets', { events, clock, tokenStore });
    expect(context.events).toBe(events);
    expect(context.clock).toBe(clock);
    expect(context.tokenStore).toBe(tokenStore);
    expect(context.tokenAuthOptions()).toMatchObject({ provider: 'widgets', clock, tokenStore });
  });

  it('shares one rate lane between the transports of one credential, and none between contexts', () => {
    const context = standaloneProviderContext('widgets');
    const options = { baseUrl: 'https://api.test', ...context.transportDefaults({} as never, { rateLimit: { requestsPerWindow: 10 } }) };
    const first = context.createTransport({ ...options, auth: auth('key-one') });
    const again = context.createTransport({ ...options, auth: auth('key-one') });
    const other = context.createTransport({ ...options, auth: auth('key-two') });
    expect(again.limiter).toBe(first.limiter);
    expect(other.limiter).not.toBe(first.limiter);
    expect(standaloneProviderContext('widgets').createTransport({ ...options, auth: auth('key-one') }).limiter).not.toBe(first.limiter);
  });
});
