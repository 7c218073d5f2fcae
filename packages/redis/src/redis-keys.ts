import { createHash } from 'node:crypto';

/** What every key starts with unless the config sets `keyPrefix`. */
export const DEFAULT_KEY_PREFIX = 'psagate:';

/**
 * Key names for one store. Lane keys and token keys are hashed before they become part of a name,
 * so a key never reveals a credential even if a caller passes one. The hash sits in `{}` (a Redis
 * Cluster hash tag), keeping the keys one script touches in one slot.
 */
export class RedisKeys {
  readonly #prefix: string;

  constructor(prefix: string = DEFAULT_KEY_PREFIX) {
    this.#prefix = prefix;
  }

  /** Sorted set of grant start times of one rate-limit lane. */
  rateStarts(laneKey: string): string {
    return `${this.#prefix}rate:{${digest(laneKey)}}:starts`;
  }

  /** When a 429 or 503 paused one lane for every process: epoch ms. */
  ratePause(laneKey: string): string {
    return `${this.#prefix}rate:{${digest(laneKey)}}:pause`;
  }

  /** The cached token of one credential. */
  token(key: string): string {
    return `${this.#prefix}token:{${digest(key)}}`;
  }

  /** Held by the one process that fetches the credential's token, for a short time. */
  tokenLock(key: string): string {
    return `${this.#prefix}token:{${digest(key)}}:lock`;
  }
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}
