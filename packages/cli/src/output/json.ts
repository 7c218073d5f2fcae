import type { Writable } from 'node:stream';
import type { RecordWriter } from './record-writer';
import { writeChunk } from './write-chunk';

/** A JSON array written a record at a time (one a line); `finish()` closes it, even with no records. */
export class JsonArrayWriter implements RecordWriter {
  #count = 0;

  constructor(private readonly stream: Writable) {}

  write(record: unknown): Promise<void> {
    const prefix = this.#count === 0 ? '[\n' : ',\n';
    this.#count++;
    return writeChunk(this.stream, `${prefix}${JSON.stringify(record)}`);
  }

  finish(): Promise<void> {
    return writeChunk(this.stream, this.#count === 0 ? '[]\n' : '\n]\n');
  }
}

/** One value as indented JSON, for `get --json`. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
