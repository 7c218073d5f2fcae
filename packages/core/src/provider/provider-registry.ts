import { ConfigError } from '../errors/error-types';
import type { AnyPsaProvider } from './provider-definition';

/** The providers a container knows, by name. Names are unique. */
export class ProviderRegistry {
  readonly #providers = new Map<string, AnyPsaProvider>();

  constructor(providers: readonly AnyPsaProvider[] = []) {
    for (const provider of providers) this.register(provider);
  }

  register(provider: AnyPsaProvider): void {
    const existing = this.#providers.get(provider.name);
    if (existing === provider) return;
    if (existing) {
      throw new ConfigError(`A provider named "${provider.name}" is already registered; provider names must be unique.`, {
        provider: provider.name,
        code: 'DUPLICATE_PROVIDER',
      });
    }
    this.#providers.set(provider.name, provider);
  }

  has(name: string): boolean {
    return this.#providers.has(name);
  }

  get(name: string): AnyPsaProvider | undefined {
    return this.#providers.get(name);
  }

  /** The provider, or a ConfigError that lists what is registered and suggests the closest name. */
  require(name: string): AnyPsaProvider {
    const provider = this.#providers.get(name);
    if (provider) return provider;
    const names = this.names();
    if (names.length === 0) {
      throw new ConfigError(
        `No provider is registered, so "${name}" cannot be used. Pass one to createGateway, e.g. { providers: [ateraProvider] }.`,
        { code: 'UNKNOWN_PROVIDER' },
      );
    }
    const suggestion = closest(name, names);
    throw new ConfigError(
      `Unknown provider "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Registered providers: ${names.join(', ')}.`,
      { code: 'UNKNOWN_PROVIDER' },
    );
  }

  names(): string[] {
    return [...this.#providers.keys()].sort();
  }

  list(): AnyPsaProvider[] {
    return this.names().map((name) => this.#providers.get(name) as AnyPsaProvider);
  }
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
