import { SingleBar } from 'cli-progress';
import type { OutputStream } from '../cli-io';
import { type ExportStats, describeProgress } from './export-stats';

/** Shows how an export is going; `update()` is cheap to call after every record. */
export interface ExportProgress {
  update(): void;
  stop(): void;
}

export interface ProgressOptions {
  readonly stream: OutputStream;
  readonly label: string;
  readonly quiet: boolean;
  /** Between two plain progress lines when the stream is not a terminal. Default 2 s. */
  readonly plainIntervalMs?: number | undefined;
}

/** A live bar on a terminal, a plain line every few seconds otherwise, nothing with `--quiet`. */
export function createExportProgress(stats: ExportStats, options: ProgressOptions): ExportProgress {
  if (options.quiet) return { update: () => undefined, stop: () => undefined };
  if (options.stream.isTTY) return terminalProgress(stats, options);
  return plainProgress(stats, options);
}

function terminalProgress(stats: ExportStats, { stream, label }: ProgressOptions): ExportProgress {
  const bar = new SingleBar({
    stream: stream as unknown as NodeJS.WritableStream,
    fps: 8,
    hideCursor: true,
    clearOnComplete: true,
    format: (options, params) => {
      const width = options.barsize ?? 30;
      const filled = stats.total ? Math.round(width * Math.min(1, params.value / stats.total)) : 0;
      const bar = stats.total ? `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ` : '';
      return `${label} ${bar}${describeProgress(stats)}`;
    },
  });
  bar.start(stats.total ?? 0, 0);
  return {
    update: () => bar.update(stats.records),
    stop: () => bar.stop(),
  };
}

function plainProgress(stats: ExportStats, { stream, label, plainIntervalMs = 2000 }: ProgressOptions): ExportProgress {
  let lastLineAt = stats.elapsedMs;
  return {
    update() {
      const elapsed = stats.elapsedMs;
      if (elapsed - lastLineAt < plainIntervalMs) return;
      lastLineAt = elapsed;
      stream.write(`${label}: ${describeProgress(stats)}\n`);
    },
    stop: () => undefined,
  };
}
