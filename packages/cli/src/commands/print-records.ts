import type { CliIo } from '../cli-io';
import { formatJson } from '../output/json';
import { NdjsonWriter } from '../output/ndjson';
import type { Column } from '../output/resources';
import { formatRecord, formatTable } from '../output/table';
import { writeChunk } from '../output/write-chunk';
import { JsonArrayWriter } from '../output/json';
import type { OutputMode } from './output-options';

/** Prints a list in the chosen mode: JSON and ndjson stream record by record, a table is laid out at the end. */
export async function printRecords(io: CliIo, mode: OutputMode, records: AsyncIterable<unknown>, columns: readonly Column[]): Promise<number> {
  let count = 0;
  if (mode === 'table') {
    const rows: unknown[] = [];
    for await (const record of records) rows.push(record);
    count = rows.length;
    if (count > 0) await writeChunk(io.stdout, formatTable(rows, columns));
    return count;
  }
  const writer = mode === 'json' ? new JsonArrayWriter(io.stdout) : new NdjsonWriter(io.stdout);
  for await (const record of records) {
    await writer.write(record);
    count++;
  }
  await writer.finish();
  return count;
}

/** Prints one record: `field value` lines, or JSON. */
export function printRecord(io: CliIo, mode: OutputMode, record: unknown): Promise<void> {
  const text = mode === 'table' ? formatRecord(record as Readonly<Record<string, unknown>>) : mode === 'json' ? formatJson(record) : `${JSON.stringify(record)}\n`;
  return writeChunk(io.stdout, text);
}
