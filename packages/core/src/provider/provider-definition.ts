import type { z } from 'zod';
import type { AlertsAdapter } from '../ports/alerts-port';
import type { CustomersAdapter } from '../ports/customers-port';
import type { DevicesAdapter } from '../ports/devices-port';
import type { TicketsAdapter } from '../ports/tickets-port';
import type { ProviderSupport } from './capabilities';
import type { ProviderContext } from './provider-context';

/** What a provider's `create()` returns: neutral adapters for what it supports, and its native client. */
export interface ProviderInstance<Native = unknown> {
  readonly tickets?: TicketsAdapter | undefined;
  readonly devices?: DevicesAdapter | undefined;
  readonly alerts?: AlertsAdapter | undefined;
  readonly customers?: CustomersAdapter | undefined;
  /** The provider's full native client, exposed as `gateway.native`. */
  readonly native: Native;
  /**
   * What this instance supports with the config it was given, when that is less than the provider
   * declares (an operation that needs an optional setting). Defaults to the provider's `capabilities`.
   */
  readonly support?: ProviderSupport | undefined;
  /** Releases what the instance holds (sockets, timers). */
  close?(): void | Promise<void>;
}

/** An environment variable feeding one config setting. */
export type EnvVariable = string | { readonly name: string; readonly type: 'string' | 'number' | 'boolean' };

/**
 * A provider: a plain object. `configSchema` validates everything in the config except `provider`;
 * `env` maps dotted config paths to the environment variables `createGatewayFromEnv` reads.
 */
export interface PsaProvider<Name extends string = string, Schema extends z.ZodType = z.ZodType, Native = unknown> {
  readonly name: Name;
  /** Human name for messages, e.g. `HaloPSA`. */
  readonly displayName: string;
  readonly configSchema: Schema;
  readonly env?: Readonly<Record<string, EnvVariable>> | undefined;
  readonly capabilities: ProviderSupport;
  create(config: z.output<Schema>, context: ProviderContext): ProviderInstance<Native>;
}

/** Any provider, whatever its config and native client. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPsaProvider = PsaProvider<string, z.ZodType, any>;

const PROVIDER_NAME = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * Declares a provider. Checks the definition once, up front, so a mistake in an adapter shows at
 * start-up rather than on the first call.
 */
export function definePsaProvider<Name extends string, Schema extends z.ZodType, Native>(
  definition: PsaProvider<Name, Schema, Native>,
): PsaProvider<Name, Schema, Native> {
  if (!PROVIDER_NAME.test(definition.name)) {
    throw new TypeError(`Provider name ${JSON.stringify(definition.name)} must be 2-40 lower-case letters, digits or dashes, starting with a letter.`);
  }
  if (typeof definition.create !== 'function') throw new TypeError(`Provider "${definition.name}" has no create() function.`);
  if (!definition.configSchema || typeof (definition.configSchema as { safeParse?: unknown }).safeParse !== 'function') {
    throw new TypeError(`Provider "${definition.name}" needs a zod configSchema.`);
  }
  return Object.freeze({ ...definition });
}

/**
 * A schema's input; no settings at all for an empty object schema (whose input zod types as an
 * index signature); any settings for a provider typed with a bare `z.ZodType` (`AnyPsaProvider`).
 */
type SettingsInput<Schema extends z.ZodType> = unknown extends z.input<Schema>
  ? Readonly<Record<string, unknown>>
  : string extends keyof z.input<Schema>
    ? object
    : z.input<Schema>;

/**
 * The config a provider accepts, with the `provider` discriminator: what users pass to createGateway.
 * For several providers, the union of their configs, told apart by `provider`: a setting of another
 * provider, or a misspelt one, is an error.
 */
export type ConfigFor<P extends AnyPsaProvider> = P extends PsaProvider<infer Name, infer Schema, unknown>
  ? { readonly provider: Name } & SettingsInput<Schema>
  : never;

/**
 * The providers among `P` that answer to `Name`: the one whose name it is (or any provider typed
 * with a plain `string` name, which may be it).
 */
export type ProviderNamed<P extends AnyPsaProvider, Name extends string> = P extends unknown ? (Name extends P['name'] ? P : never) : never;

/** The native client type of the provider with the given name, among `P` (all of them by default). */
export type NativeOf<P extends AnyPsaProvider, Name extends string = P['name']> =
  P extends PsaProvider<infer ProviderName, z.ZodType, infer Native> ? (Name extends ProviderName ? Native : never) : never;
