/** Records a table starts with, made on demand from their position, so a large table costs nothing until read. */
export interface SeededRows<T> {
  readonly count: number;
  /** Id of the first seeded record; the others follow without gaps. */
  readonly firstId: number;
  make(index: number): T;
}

/** What tests may read of a table: no writes, so the sandbox's state changes only through its API. */
export interface ReadonlyRecordTable<T> {
  readonly size: number;
  get(id: number): T | undefined;
  has(id: number): boolean;
  /** Live ids in list order (seeded first, then created). */
  ids(): readonly number[];
  /** Records from list position `start` up to (not including) `end`. */
  slice(start: number, end: number): T[];
  values(): IterableIterator<T>;
}

/**
 * One resource's records by integer id. Seeded records are generated from their index each time they
 * are read; records written through the API are kept, and deletions are remembered. Records are values:
 * change one with `replace`, never by mutating what `get` returned.
 */
export class RecordTable<T> implements ReadonlyRecordTable<T> {
  readonly #seed: SeededRows<T>;
  readonly #written = new Map<number, T>();
  readonly #removed = new Set<number>();
  readonly #ids: number[];
  #nextId: number;

  constructor(seed: SeededRows<T>) {
    this.#seed = seed;
    this.#ids = Array.from({ length: seed.count }, (_, index) => seed.firstId + index);
    this.#nextId = seed.firstId + seed.count;
  }

  get size(): number {
    return this.#ids.length;
  }

  get(id: number): T | undefined {
    const written = this.#written.get(id);
    if (written !== undefined) return written;
    const index = id - this.#seed.firstId;
    if (!Number.isInteger(index) || index < 0 || index >= this.#seed.count || this.#removed.has(id)) return undefined;
    return this.#seed.make(index);
  }

  has(id: number): boolean {
    if (this.#written.has(id)) return true;
    const index = id - this.#seed.firstId;
    return Number.isInteger(index) && index >= 0 && index < this.#seed.count && !this.#removed.has(id);
  }

  ids(): readonly number[] {
    return this.#ids;
  }

  /**
   * The seeded position of a record that was never written (so a caller may derive a field from the
   * position without making the record), or undefined for a written, created or missing record.
   */
  seededIndexOf(id: number): number | undefined {
    if (this.#written.has(id)) return undefined;
    const index = id - this.#seed.firstId;
    if (!Number.isInteger(index) || index < 0 || index >= this.#seed.count || this.#removed.has(id)) return undefined;
    return index;
  }

  /** Live ids, in list order, that `accept` keeps. */
  idsWhere(accept: (id: number) => boolean): number[] {
    return this.#ids.filter(accept);
  }

  /** Records from list position `start` up to (not including) `end`. */
  slice(start: number, end: number): T[] {
    return this.#ids.slice(start, end).map((id) => this.#require(id));
  }

  *values(): IterableIterator<T> {
    for (const id of this.#ids) yield this.#require(id);
  }

  filter(accept: (record: T) => boolean): T[] {
    const found: T[] = [];
    for (const record of this.values()) if (accept(record)) found.push(record);
    return found;
  }

  find(accept: (record: T) => boolean): T | undefined {
    for (const record of this.values()) if (accept(record)) return record;
    return undefined;
  }

  /** Reserves the id of a record about to be created. */
  allocateId(): number {
    return this.#nextId++;
  }

  insert(id: number, record: T): void {
    this.#written.set(id, record);
    this.#ids.push(id);
  }

  replace(id: number, record: T): void {
    if (!this.has(id)) throw new RangeError(`No record ${id} to replace.`);
    this.#written.set(id, record);
  }

  delete(id: number): boolean {
    if (!this.has(id)) return false;
    this.#written.delete(id);
    this.#removed.add(id);
    this.#ids.splice(this.#ids.indexOf(id), 1);
    return true;
  }

  #require(id: number): T {
    const record = this.get(id);
    if (record === undefined) throw new Error(`Record ${id} is listed but missing.`);
    return record;
  }
}
