import type { TokenSet } from './token-set';

/**
 * Where tokens live between requests. The default keeps them in memory per container; bind your
 * own (for example a shared cache) to let several processes reuse one token.
 */
export interface TokenStore {
  get(key: string): TokenSet | undefined | Promise<TokenSet | undefined>;
  set(key: string, token: TokenSet): void | Promise<void>;
  delete(key: string): void | Promise<void>;
  /**
   * Optional single-flight renewal for stores shared by several processes: a stored token other
   * than `stale` (another process renewed it), or undefined when this caller should fetch the token
   * and `set()` it (the store then lets others wait for it).
   */
  claimRenewal?(key: string, stale: TokenSet | undefined): Promise<TokenSet | undefined>;
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
