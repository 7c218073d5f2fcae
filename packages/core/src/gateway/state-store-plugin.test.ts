import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiKeyAuth } from '../auth/api-key-auth';
import { InMemoryTokenStore } from '../auth/token-store';
import type { StateStore, StateStoreContext, StateStorePlugin, StateStoreSettings } from '../container/state-store';
import { ConfigError } from '../errors/error-types';
import type { RateLimiter } from '../http/rate-limiter';
import type { ProviderContext } from '../provider/provider-context';
import { definePsaProvider } from '../provider/provider-definition';
import { createGateway } from './create-gateway';
import { createGatewayFromEnv } from './create-gateway-from-env';

const PASSWORD = 'hunter2-redis-password';

/** A plug-in that records what it was asked for, with a limiter and token store of its own. */
function recordingPlugin(type = 'redis') {
  const connections: { settings: StateStoreSettings; context: StateStoreContext; closed: number; lanes: string[] }[] = [];
  const limiter: RateLimiter = { acquire: async () => ({ release: () => undefined }), observe: () => undefined };
  const tokenStore = new InMemoryTokenStore();
  const plugin: StateStorePlugin = {
    type,
    urlSchemes: ['redis:', 'rediss:'],
    connect(settings, context): StateStore {
      const connection = { settings, context, closed: 0, lanes: [] as string[] };
      connections.push(connection);
      return {
        createRateLimiter: (_policy, laneKey) => {
          connection.lanes.push(laneKey);
          return limiter;
        },
        tokenStore,
        close: async () => {
          connection.closed++;
        },
      };
    },
  };
  return { plugin, connections, limiter, tokenStore };
}

function probeProvider(options: { failCreate?: boolean } = {}) {
  const seen: ProviderContext[] = [];
  const provider = definePsaProvider({
    name: 'probe',
    displayName: 'Probe',
    configSchema: z.strictObject({ key: z.string().default('probe-key-123456') }),
    capabilities: {},
    create: (config, context) => {
      seen.push(context);
      if (options.failCreate) throw new Error('provider could not start');
      const auth = new ApiKeyAuth({ key: config.key, header: 'X-Key' });
      const first = context.createTransport({ baseUrl: 'https://probe.example.test', auth });
      const second = context.createTransport({ baseUrl: 'https://probe.example.test', auth });
      return { native: { first, second } };
    },
  });
  return { provider, seen };
}

const redisUrl = `redis://:${PASSWORD}@127.0.0.1:6379/0`;

describe('a gateway with a state store', () => {
  it('takes its rate limiters and token store from the plug-in the config names, one limiter per lane', () => {
    const { plugin, connections, limiter, tokenStore } = recordingPlugin();
    const { provider, seen } = probeProvider();
    const gateway = createGateway({ provider: 'probe', stateStore: { type: 'redis', url: redisUrl } }, { providers: [provider], stateStores: [plugin] });
    expect(gateway.native.first.limiter).toBe(limiter);
    expect(seen[0]?.tokenStore).toBe(tokenStore);
    expect(seen[0]?.tokenAuthOptions().tokenStore).toBe(tokenStore);
    expect(connections).toHaveLength(1);
    expect(connections[0]?.lanes).toHaveLength(1);
    expect(connections[0]?.lanes[0]).toMatch(/^probe\|https:\/\/probe\.example\.test\|[0-9a-f]{16}$/);
    expect(connections[0]?.context.provider).toBe('probe');
    expect(connections[0]?.context.events).toBe(gateway.events);
  });

  it('hands the plug-in the URL as a Secret that never prints', () => {
    const { plugin, connections } = recordingPlugin();
    const { provider } = probeProvider();
    createGateway({ provider: 'probe', stateStore: { type: 'redis', url: redisUrl, keyPrefix: 'acme:' } }, { providers: [provider], stateStores: [plugin] });
    const settings = connections[0]?.settings;
    expect(settings?.url.reveal()).toBe(redisUrl);
    expect(settings?.keyPrefix).toBe('acme:');
    expect(JSON.stringify(settings)).not.toContain(PASSWORD);
    expect(inspect(settings)).not.toContain(PASSWORD);
  });

  it('closes the state store when the gateway closes', async () => {
    const { plugin, connections } = recordingPlugin();
    const { provider } = probeProvider();
    const gateway = createGateway({ provider: 'probe', stateStore: { type: 'redis', url: redisUrl } }, { providers: [provider], stateStores: [plugin] });
    await gateway.close();
    expect(connections[0]?.closed).toBe(1);
  });

  it('closes the state store when the provider fails to start', async () => {
    const { plugin, connections } = recordingPlugin();
    const { provider } = probeProvider({ failCreate: true });
    expect(() => createGateway({ provider: 'probe', stateStore: { type: 'redis', url: redisUrl } }, { providers: [provider], stateStores: [plugin] })).toThrow(
      'provider could not start',
    );
    await Promise.resolve();
    expect(connections[0]?.closed).toBe(1);
  });

  it('says which package to install when the config names a store that was not passed, without the URL', () => {
    const { provider } = probeProvider();
    try {
      createGateway({ provider: 'probe', stateStore: { type: 'redis', url: redisUrl } }, { providers: [provider] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { message, code } = error as ConfigError;
      expect(code).toBe('STATE_STORE_NOT_INSTALLED');
      expect(message).toContain('Install @psagate/redis');
      expect(message).toContain('stateStores: [redisStateStore]');
      expect(message).not.toContain(PASSWORD);
    }
  });

  it('names the plug-ins it was given when none matches an unknown type', () => {
    const { plugin } = recordingPlugin();
    const { provider } = probeProvider();
    expect(() => createGateway({ provider: 'probe', stateStore: { type: 'etcd', url: 'etcd://localhost:2379' } }, { providers: [provider], stateStores: [plugin] })).toThrow(
      /"etcd" state store .*\(passed: redis\)/,
    );
  });

  it('rejects a URL that is not one, or is for another store, without repeating it', () => {
    const { plugin } = recordingPlugin();
    const { provider } = probeProvider();
    const build = (url: string) => () => createGateway({ provider: 'probe', stateStore: { type: 'redis', url } }, { providers: [provider], stateStores: [plugin] });
    expect(build(`not a url ${PASSWORD}`)).toThrow(/stateStore\.url: must be an absolute URL/);
    expect(build(`http://user:${PASSWORD}@cache.example.test`)).toThrow(/stateStore\.url: must start with redis:\/\/ or rediss:\/\//);
    try {
      build(`not a url ${PASSWORD}`)();
    } catch (error) {
      expect((error as Error).message).not.toContain(PASSWORD);
    }
  });

  it('keeps state in memory when the config has no state store, even if plug-ins were passed', () => {
    const { plugin, connections } = recordingPlugin();
    const { provider } = probeProvider();
    createGateway({ provider: 'probe' }, { providers: [provider], stateStores: [plugin] });
    expect(connections).toHaveLength(0);
  });
});

describe('createGatewayFromEnv with a state store', () => {
  it('reads PSAGATE_STATE_STORE_URL and picks the plug-in from its scheme', () => {
    const { plugin, connections } = recordingPlugin();
    const { provider } = probeProvider();
    createGatewayFromEnv({ PSAGATE_PROVIDER: 'probe', PSAGATE_STATE_STORE_URL: `rediss://:${PASSWORD}@cache.example.test:6380` }, { providers: [provider], stateStores: [plugin] });
    expect(connections[0]?.settings.type).toBe('redis');
    expect(connections[0]?.settings.url.reveal()).toBe(`rediss://:${PASSWORD}@cache.example.test:6380`);
  });

  it('names the variable when the URL is unusable or missing', () => {
    const { plugin } = recordingPlugin();
    const { provider } = probeProvider();
    const build = (env: Record<string, string>) => () => createGatewayFromEnv({ PSAGATE_PROVIDER: 'probe', ...env }, { providers: [provider], stateStores: [plugin] });
    expect(build({ PSAGATE_STATE_STORE: 'redis', PSAGATE_STATE_STORE_URL: 'memcached://cache.example.test' })).toThrow(
      /stateStore\.url \(PSAGATE_STATE_STORE_URL\): must start with redis:\/\//,
    );
    expect(build({ PSAGATE_STATE_STORE_URL: 'memcached://cache.example.test' })).toThrow(/"memcached" state store/);
    expect(build({ PSAGATE_STATE_STORE: 'redis' })).toThrow(/PSAGATE_STATE_STORE_URL is required when PSAGATE_STATE_STORE is set/);
  });

  it('asks for the plug-in package when the URL names a store that was not passed', () => {
    const { provider } = probeProvider();
    expect(() => createGatewayFromEnv({ PSAGATE_PROVIDER: 'probe', PSAGATE_STATE_STORE_URL: 'redis://127.0.0.1:6379' }, { providers: [provider] })).toThrow(
      /Install @psagate\/redis/,
    );
  });
});
