import 'reflect-metadata';
import { Container, ContainerModule } from 'inversify';
import { InMemoryTokenStore } from '../auth/token-store';
import { LruReferenceCache, type ReferenceCacheOptions } from '../cache/reference-cache';
import { RateLimiterRegistry } from '../http/rate-limiter-registry';
import { type PsaLogger, silentLogger } from '../observability/logger';
import type { AnyPsaProvider } from '../provider/provider-definition';
import { ProviderRegistry } from '../provider/provider-registry';
import { type Clock, systemClock } from '../time/clock';
import { PsaTokens } from './tokens';

export interface PsaContainerOptions {
  readonly providers?: readonly AnyPsaProvider[] | undefined;
  readonly logger?: PsaLogger | undefined;
  readonly clock?: Clock | undefined;
  /** Size and TTL of the shared reference-data cache. */
  readonly cache?: Omit<ReferenceCacheOptions, 'clock' | 'enabled'> | undefined;
}

/** Binds psagate's default services. Load it into your own container to compose psagate with your app. */
export function psaCoreModule(options: PsaContainerOptions = {}): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(PsaTokens.logger).toConstantValue(options.logger ?? silentLogger);
    bind(PsaTokens.clock).toConstantValue(options.clock ?? systemClock);
    bind(PsaTokens.providers).toConstantValue(new ProviderRegistry(options.providers ?? []));
    bind(PsaTokens.tokenStore).toConstantValue(new InMemoryTokenStore());
    bind(PsaTokens.rateLimiters)
      .toDynamicValue((context) => new RateLimiterRegistry({ clock: context.get(PsaTokens.clock) }))
      .inSingletonScope();
    bind(PsaTokens.cache)
      .toDynamicValue((context) => new LruReferenceCache({ ...options.cache, clock: context.get(PsaTokens.clock) }))
      .inSingletonScope();
  });
}

/**
 * A container with psagate's services: provider registry, logger, clock, cache, rate-limit lanes
 * and token store. One container per application (or per isolation boundary): nothing is shared
 * through module state.
 */
export function createPsaContainer(options: PsaContainerOptions = {}): Container {
  const container = new Container();
  container.load(psaCoreModule(options));
  return container;
}
