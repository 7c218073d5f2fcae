import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * A Lua script run by its SHA (EVALSHA), loaded with EVAL the first time a server does not know it
 * (a fresh or restarted server answers NOSCRIPT).
 */
export class LuaScript {
  readonly #source: string;
  readonly #sha: string;
  readonly #keyCount: number;

  constructor(source: string, keyCount: number) {
    this.#source = source;
    this.#keyCount = keyCount;
    this.#sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    if (keys.length !== this.#keyCount) throw new RangeError(`This script takes ${this.#keyCount} keys, got ${keys.length}`);
    try {
      return await redis.evalsha(this.#sha, this.#keyCount, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(this.#source, this.#keyCount, ...keys, ...args);
    }
  }
}
