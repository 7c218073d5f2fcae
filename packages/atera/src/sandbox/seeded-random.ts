/**
 * A small deterministic random source (mulberry32). The sandbox derives one per record from
 * (seed, table, index), so a record is the same whether it is generated first, last or alone.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A generator for one record of one table: independent of every other record. */
  static for(seed: number, salt: string, index: number): SeededRandom {
    return new SeededRandom(mixSeed(seed, salt, index));
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    const value = values[Math.floor(this.next() * values.length)];
    if (value === undefined) throw new RangeError('SeededRandom.pick needs at least one value.');
    return value;
  }

  /** A lower-case GUID in the 8-4-4-4-12 form (version 4 bits set). */
  guid(): string {
    const hex = (digits: number): string => {
      let text = '';
      for (let i = 0; i < digits; i++) text += Math.floor(this.next() * 16).toString(16);
      return text;
    };
    const variant = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }
}

/** Folds a seed, a salt and an index into one 32-bit seed (FNV-1a over the salt, then a murmur finaliser). */
function mixSeed(seed: number, salt: string, index: number): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < salt.length; i++) hash = Math.imul(hash ^ salt.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (index >>> 0), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
