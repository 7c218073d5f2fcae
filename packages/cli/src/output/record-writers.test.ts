import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createRecordWriter } from './record-writer';
import { csvFields } from './resources';
import { formatRecord, formatTable } from './table';
import { tableColumns } from './resources';

/** A stream that keeps what it is given, with a tiny buffer so writers must honour backpressure. */
function collector(): { stream: Writable; text: () => string; drains: () => number } {
  const chunks: string[] = [];
  let drains = 0;
  const stream = new Writable({
    highWaterMark: 8,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      setImmediate(done);
    },
  });
  stream.on('drain', () => drains++);
  return { stream, text: () => chunks.join(''), drains: () => drains };
}

const ticket = (id: string, title: string) => ({ id, title, status: 'open', contact: { name: 'Ann' }, raw: { secretish: 'not in csv' } });

describe('record writers', () => {
  it('writes a JSON array a record a line and closes it, waiting for drain', async () => {
    const { stream, text, drains } = collector();
    const writer = createRecordWriter('json', stream, []);
    await writer.write(ticket('1', 'a'));
    await writer.write(ticket('2', 'b'));
    await writer.finish();
    expect(JSON.parse(text())).toHaveLength(2);
    expect(text().split('\n')).toHaveLength(5);
    expect(drains()).toBeGreaterThan(0);
  });

  it('writes an empty JSON array when there is nothing to write', async () => {
    const { stream, text } = collector();
    await createRecordWriter('json', stream, []).finish();
    expect(JSON.parse(text())).toEqual([]);
  });

  it('writes one complete JSON document a line as ndjson', async () => {
    const { stream, text } = collector();
    const writer = createRecordWriter('ndjson', stream, []);
    await writer.write(ticket('1', 'a'));
    await writer.write(ticket('2', 'b'));
    await writer.finish();
    expect(text().trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['1', '2']);
  });

  it('writes CSV with the neutral fields as header, quoting commas and nesting objects as JSON, raw left out', async () => {
    const { stream, text } = collector();
    const writer = createRecordWriter('csv', stream, ['id', 'title', 'contact', 'missing']);
    await writer.write(ticket('1', 'Printer, floor 2'));
    await writer.finish();
    expect(text()).toBe('id,title,contact,missing\n1,"Printer, floor 2","{""name"":""Ann""}",\n');
  });

  it('writes the CSV header even when no record came', async () => {
    const { stream, text } = collector();
    await createRecordWriter('csv', stream, ['id', 'title']).finish();
    expect(text()).toBe('id,title\n');
  });

  it('takes every neutral field but raw as the CSV columns of a resource', () => {
    expect(csvFields.tickets).toContain('title');
    expect(csvFields.tickets).toContain('statusRaw');
    expect(csvFields.tickets).not.toContain('raw');
  });
});

describe('tables', () => {
  it('lays out records under their headings, cutting long cells', () => {
    const table = formatTable(
      [{ id: '7', status: 'open', priority: 'high', customerName: 'Acme', title: 'x'.repeat(80), updatedAt: '2026-01-02T03:04:05.000Z' }],
      tableColumns.tickets,
    );
    const [header, row] = table.split('\n');
    expect(header).toMatch(/^ID\s+STATUS\s+PRIORITY\s+CUSTOMER\s+TITLE\s+UPDATED$/);
    expect(row).toMatch(/^7\s+open\s+high\s+Acme\s+x{47}…\s+2026-01-02$/);
  });

  it('shows one record as field and value lines without raw', () => {
    const text = formatRecord({ id: '7', title: 'Printer', contact: { name: 'Ann' }, resolvedAt: null, raw: { TicketID: 7 } });
    expect(text).toBe('id          7\ntitle       Printer\ncontact     {"name":"Ann"}\nresolvedAt\n');
  });
});
