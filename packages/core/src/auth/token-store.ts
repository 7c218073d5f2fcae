import type { TokenSet } from './token-set';

/**
 * Where tokens live between requests. The default keeps them in memory per container; bind your
 * own (for example a shared cache) to let several processes reuse one token.
 */
export interface TokenStore {
  get(key: string): TokenSet | undefined | Promise<TokenSet | undefined>;
  set(key: string, token: TokenSet): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

export class InMemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, TokenSet>();

  get(key: string): TokenSet | undefined {
    return this.#tokens.get(key);
  }

  set(key: string, token: TokenSet): void {
    this.#tokens.set(key, token);
  }

  delete(key: string): void {
    this.#tokens.delete(key);
  }
}
