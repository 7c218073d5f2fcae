import type { Writable } from 'node:stream';
import { CsvRecordWriter } from './csv';
import { JsonArrayWriter } from './json';
import { NdjsonWriter } from './ndjson';

/** Streams records to a stream in one format; `finish()` leaves complete output (a closed array, whole rows). */
export interface RecordWriter {
  write(record: unknown): Promise<void>;
  /** Writes what closes the output (`]` for JSON). Does not end the stream. */
  finish(): Promise<void>;
}

export const recordFormats = ['ndjson', 'json', 'csv'] as const;
export type RecordFormat = (typeof recordFormats)[number];

export function createRecordWriter(format: RecordFormat, stream: Writable, csvColumns: readonly string[]): RecordWriter {
  switch (format) {
    case 'ndjson':
      return new NdjsonWriter(stream);
    case 'json':
      return new JsonArrayWriter(stream);
    case 'csv':
      return new CsvRecordWriter(stream, csvColumns);
  }
}
