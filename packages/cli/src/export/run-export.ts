import type { Paginated } from '@psagate/core';
import type { RecordWriter } from '../output/record-writer';
import type { ExportProgress } from './export-progress';
import type { ExportStats } from './export-stats';

export interface RunExportOptions {
  readonly list: Paginated<unknown>;
  readonly writer: RecordWriter;
  readonly stats: ExportStats;
  readonly progress: ExportProgress;
  /** Aborting stops the walk after the record being written; the output is still closed properly. */
  readonly signal: AbortSignal;
  readonly pageSize?: number | undefined;
}

export interface ExportOutcome {
  /** True when the signal stopped the walk before the end. */
  readonly interrupted: boolean;
  /** The failure that ended the walk early, if any (the output is still complete up to it). */
  readonly error?: unknown;
}

/**
 * Walks the whole list page by page and streams each record to the writer, holding one page at a
 * time. However it ends (done, interrupted, failed), the writer is finished so the output is valid.
 */
export async function runExport(options: RunExportOptions): Promise<ExportOutcome> {
  const { list, writer, stats, progress, signal } = options;
  let outcome: ExportOutcome = { interrupted: false };
  try {
    walk: for await (const page of list.byPage({ pageSize: options.pageSize, signal })) {
      stats.pages++;
      if (page.totalItems !== undefined) stats.total = page.totalItems;
      for (const record of page.items) {
        if (signal.aborted) break walk;
        await writer.write(record);
        stats.records++;
        progress.update();
      }
    }
    if (signal.aborted) outcome = { interrupted: true };
  } catch (error) {
    outcome = signal.aborted ? { interrupted: true } : { interrupted: false, error };
  } finally {
    progress.stop();
    await writer.finish();
  }
  return outcome;
}
