/**
 * Type tests, checked by `tsc -b` (the typecheck step of `pnpm test`), never run: with several
 * providers registered, the config's `provider` picks the settings it is checked against and the
 * native client `gateway.native` has. (packages/cli/src/gateway-typing.test-d.ts does the same
 * with the real providers.)
 */
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { type AnyPsaProvider, type ConfigFor, type NativeOf, createGateway, createPsaContainer } from '../index';
import { definePsaProvider } from '../provider';

interface AlphaClient {
  readonly alphaOnly: () => string;
}
interface BetaClient {
  readonly betaOnly: () => number;
}
declare const alphaClient: AlphaClient;
declare const betaClient: BetaClient;

const alphaSchema = z.strictObject({ apiKey: z.string(), region: z.enum(['eu', 'us']).optional() });
const alpha = definePsaProvider({ name: 'alpha', displayName: 'Alpha', configSchema: alphaSchema, capabilities: {}, create: () => ({ native: alphaClient }) });
const beta = definePsaProvider({
  name: 'beta',
  displayName: 'Beta',
  configSchema: z.strictObject({ clientId: z.string(), clientSecret: z.string() }),
  capabilities: {},
  create: () => ({ native: betaClient }),
});
type Alpha = typeof alpha;
type Beta = typeof beta;

describe('createGateway with several providers', () => {
  it("types gateway.native as the client of the config's provider, not a union", () => {
    const gateway = createGateway({ provider: 'alpha', apiKey: 'k' }, { providers: [alpha, beta] });
    expectTypeOf(gateway.native).toEqualTypeOf<AlphaClient>();
    expectTypeOf(gateway.native.alphaOnly).returns.toEqualTypeOf<string>();
    const other = createGateway({ provider: 'beta', clientId: 'c', clientSecret: 's' }, { providers: [alpha, beta] });
    expectTypeOf(other.native).toEqualTypeOf<BetaClient>();
  });

  it('types gateway.native with one provider registered', () => {
    expectTypeOf(createGateway({ provider: 'alpha', apiKey: 'k' }, { providers: [alpha] }).native).toEqualTypeOf<AlphaClient>();
  });

  it("checks the config against the named provider's settings", () => {
    // @ts-expect-error clientSecret is a setting of beta, not of alpha
    createGateway({ provider: 'alpha', apiKey: 'k', clientSecret: 's' }, { providers: [alpha, beta] });
    // @ts-expect-error apiKye is a misspelt apiKey
    createGateway({ provider: 'alpha', apiKye: 'k' }, { providers: [alpha, beta] });
    // @ts-expect-error alpha needs its apiKey
    createGateway({ provider: 'alpha' }, { providers: [alpha, beta] });
    // @ts-expect-error region is 'eu' or 'us'
    createGateway({ provider: 'alpha', apiKey: 'k', region: 'mars' }, { providers: [alpha, beta] });
    // @ts-expect-error no provider named gamma is registered
    createGateway({ provider: 'gamma', apiKey: 'k' }, { providers: [alpha, beta] });
  });

  it('accepts the gateway settings every provider shares', () => {
    createGateway({ provider: 'alpha', apiKey: 'k', stateStore: { type: 'redis', url: 'redis://127.0.0.1:6379' } }, { providers: [alpha, beta] });
  });

  it('leaves a gateway built from a container without providers untyped', () => {
    const gateway = createGateway({ provider: 'alpha', anything: 1 }, { container: createPsaContainer() });
    expectTypeOf(gateway.native).toBeAny();
  });

  it('types a gateway over any provider as any native client', () => {
    const providers: readonly AnyPsaProvider[] = [alpha, beta];
    expectTypeOf(createGateway({ provider: 'alpha', apiKey: 'k' }, { providers }).native).toBeAny();
  });
});

describe('ConfigFor', () => {
  it("is one provider's settings with its name", () => {
    expectTypeOf<ConfigFor<Alpha>>().toEqualTypeOf<{ readonly provider: 'alpha' } & z.input<typeof alphaSchema>>();
    const config: ConfigFor<Alpha> = { provider: 'alpha', apiKey: 'k', region: 'eu' };
    expectTypeOf(config.provider).toEqualTypeOf<'alpha'>();
  });

  it('rejects foreign and misspelt settings', () => {
    const foreign: ConfigFor<Alpha> = {
      provider: 'alpha',
      apiKey: 'k',
      // @ts-expect-error clientSecret belongs to beta
      clientSecret: 's',
    };
    const misspelt: ConfigFor<Alpha> = {
      provider: 'alpha',
      // @ts-expect-error apiKye is not a setting
      apiKye: 'k',
    };
    // @ts-expect-error the provider's name is part of its config
    const nameless: ConfigFor<Alpha> = { apiKey: 'k' };
    return [foreign, misspelt, nameless];
  });

  it('is told apart by provider for several providers', () => {
    const either: ConfigFor<Alpha | Beta> = { provider: 'beta', clientId: 'c', clientSecret: 's' };
    const mixed: ConfigFor<Alpha | Beta> = {
      provider: 'beta',
      clientId: 'c',
      clientSecret: 's',
      // @ts-expect-error apiKey is a setting of alpha, not of beta
      apiKey: 'k',
    };
    return [either, mixed];
  });
});

describe('NativeOf', () => {
  it('picks the native client by provider name', () => {
    expectTypeOf<NativeOf<Alpha | Beta, 'beta'>>().toEqualTypeOf<BetaClient>();
    expectTypeOf<NativeOf<Alpha | Beta>>().toEqualTypeOf<AlphaClient | BetaClient>();
    expectTypeOf<NativeOf<Alpha | Beta, 'gamma'>>().toBeNever();
  });
});
