/**
 * Type tests, checked by `tsc -b` (the typecheck step of `pnpm test`), never run: the gateway stays
 * typed with every real provider registered. Here because the CLI depends on all of them (core
 * never imports a provider).
 */
import type { AteraClient } from '@psagate/atera';
import { ateraProvider } from '@psagate/atera';
import type { AutomateClient } from '@psagate/automate';
import { automateProvider } from '@psagate/automate';
import { type ConfigFor, type Paginated, type Ticket, createGateway } from '@psagate/core';
import type { HaloClient } from '@psagate/halopsa';
import { haloProvider } from '@psagate/halopsa';
import { describe, expectTypeOf, it } from 'vitest';

const providers = [ateraProvider, haloProvider, automateProvider];

describe('a gateway with Atera, HaloPSA and Automate registered', () => {
  it("types gateway.native as the config's provider's client", () => {
    expectTypeOf(createGateway({ provider: 'atera', apiKey: 'k' }, { providers: [ateraProvider, haloProvider] }).native).toEqualTypeOf<AteraClient>();
    const halo = createGateway({ provider: 'halopsa', baseUrl: 'https://example.halopsa.com', clientId: 'c', clientSecret: 's' }, { providers });
    expectTypeOf(halo.native).toEqualTypeOf<HaloClient>();
    const automate = createGateway({ provider: 'automate', baseUrl: 'https://automate.example.com', username: 'u', password: 'p', clientId: 'c' }, { providers });
    expectTypeOf(automate.native).toEqualTypeOf<AutomateClient>();
  });

  it("reaches the provider's own operations through gateway.native without a cast", () => {
    const atera = createGateway({ provider: 'atera', apiKey: 'k' }, { providers });
    expectTypeOf(atera.native.agents.list).toBeFunction();
    expectTypeOf(atera.tickets.list()).toEqualTypeOf<Paginated<Ticket>>();
  });

  it('rejects a setting of another provider and a misspelt one', () => {
    // @ts-expect-error clientSecret is a HaloPSA setting
    createGateway({ provider: 'atera', apiKey: 'k', clientSecret: 's' }, { providers });
    // @ts-expect-error apiKye is a misspelt apiKey
    createGateway({ provider: 'atera', apiKye: 'k' }, { providers });
    const config: ConfigFor<typeof ateraProvider> = {
      provider: 'atera',
      apiKey: 'k',
      // @ts-expect-error tenant is a HaloPSA setting
      tenant: 'acme',
    };
    return config;
  });
});
