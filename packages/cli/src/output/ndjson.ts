import type { Writable } from 'node:stream';
import type { RecordWriter } from './record-writer';
import { writeChunk } from './write-chunk';

/** One JSON document a line: each line is complete the moment it is written. */
export class NdjsonWriter implements RecordWriter {
  constructor(private readonly stream: Writable) {}

  write(record: unknown): Promise<void> {
    return writeChunk(this.stream, `${JSON.stringify(record)}\n`);
  }

  async finish(): Promise<void> {
    // Nothing to close: every line already stands on its own.
  }
}
