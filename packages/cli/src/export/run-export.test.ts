import { Writable } from 'node:stream';
import { Paginated, ServerError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { createRecordWriter } from '../output/record-writer';
import { type ExportProgress, createExportProgress } from './export-progress';
import { ExportStats, describeProgress, formatDuration } from './export-stats';
import { runExport } from './run-export';

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  return {
    stream: new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
    text: () => text,
  };
}

const records = Array.from({ length: 23 }, (_, index) => ({ id: String(index + 1) }));
const silent: ExportProgress = { update: () => undefined, stop: () => undefined };

describe('runExport', () => {
  it('streams every record page by page and counts records, pages and the total', async () => {
    const { stream, text } = sink();
    const stats = new ExportStats();
    const outcome = await runExport({ list: Paginated.fromArray(records), writer: createRecordWriter('json', stream, []), stats, progress: silent, signal: new AbortController().signal, pageSize: 5 });
    expect(outcome).toEqual({ interrupted: false });
    expect(JSON.parse(text())).toEqual(records);
    expect(stats).toMatchObject({ records: 23, pages: 5, total: 23 });
  });

  it('stops after the record being written when aborted, and still closes the output', async () => {
    const { stream, text } = sink();
    const controller = new AbortController();
    const stats = new ExportStats();
    const stopAtSeven: ExportProgress = { update: () => (stats.records === 7 ? controller.abort() : undefined), stop: () => undefined };
    const outcome = await runExport({ list: Paginated.fromArray(records), writer: createRecordWriter('json', stream, []), stats, progress: stopAtSeven, signal: controller.signal, pageSize: 5 });
    expect(outcome).toEqual({ interrupted: true });
    expect(JSON.parse(text())).toEqual(records.slice(0, 7));
  });

  it('returns the error that ended the walk, with the output complete up to it', async () => {
    const failing = new Paginated<{ id: string }>(
      async function* () {
        yield { items: records.slice(0, 5), pageNumber: 1, pageSize: 5 };
        throw new ServerError('atera GET /api/v3/tickets failed with 503');
      },
      { defaultPageSize: 5, maxPageSize: 50, supportsStartPage: true, defaultConcurrency: 1, defaultMaxPages: 10 },
    );
    const { stream, text } = sink();
    const outcome = await runExport({ list: failing, writer: createRecordWriter('ndjson', stream, []), stats: new ExportStats(), progress: silent, signal: new AbortController().signal });
    expect(outcome.error).toBeInstanceOf(ServerError);
    expect(text().trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('export progress', () => {
  it('describes records, pages, rate, ETA and rate-limit waits', () => {
    let now = 0;
    const stats = new ExportStats(() => now);
    Object.assign(stats, { records: 100, pages: 2, total: 400, rateLimitWaits: 1, rateLimitWaitMs: 3000 });
    now = 10_000;
    expect(describeProgress(stats)).toBe('100/400 records, 2 pages, 10/s, ETA 30s, 1 rate-limit wait (3s)');
  });

  it('formats durations from seconds to hours, and ? when unknown', () => {
    expect([formatDuration(undefined), formatDuration(0.25), formatDuration(42), formatDuration(125), formatDuration(7260)]).toEqual(['?', '0.3s', '42s', '2m05s', '2h01m']);
  });

  it('prints a plain line at most every interval when stderr is not a terminal, and nothing when quiet', () => {
    let now = 0;
    const stats = new ExportStats(() => now);
    const { stream, text } = sink();
    const progress = createExportProgress(stats, { stream, label: 'Exporting tickets', quiet: false, plainIntervalMs: 1000 });
    for (let step = 1; step <= 25; step++) {
      now = step * 100;
      stats.records = step;
      progress.update();
    }
    expect(text().trimEnd().split('\n')).toEqual(['Exporting tickets: 10 records, 0 pages, 10/s, ETA ?, 0 rate-limit waits', 'Exporting tickets: 20 records, 0 pages, 10/s, ETA ?, 0 rate-limit waits']);

    const quiet = sink();
    const silenced = createExportProgress(stats, { stream: quiet.stream, label: 'x', quiet: true });
    now = 100_000;
    silenced.update();
    expect(quiet.text()).toBe('');
  });
});
