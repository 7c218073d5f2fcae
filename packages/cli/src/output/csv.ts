import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { cellText } from './resources';
import type { RecordWriter } from './record-writer';
import { writeChunk } from './write-chunk';

/**
 * CSV with a fixed header (every neutral field but `raw`); nested values are JSON in their cell.
 * Each row is written whole, so an interrupted export still ends on a complete row.
 */
export class CsvRecordWriter implements RecordWriter {
  #headerWritten = false;

  constructor(
    private readonly stream: Writable,
    private readonly columns: readonly string[],
  ) {}

  async write(record: unknown): Promise<void> {
    if (!this.#headerWritten) await this.#writeHeader();
    const values = record as Readonly<Record<string, unknown>>;
    await writeChunk(this.stream, stringify([this.columns.map((column) => cellText(values[column]))]));
  }

  async finish(): Promise<void> {
    if (!this.#headerWritten) await this.#writeHeader();
  }

  async #writeHeader(): Promise<void> {
    this.#headerWritten = true;
    await writeChunk(this.stream, stringify([[...this.columns]]));
  }
}
