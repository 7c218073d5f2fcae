/** Counters of one export, and what is derived from them for progress lines. */
export class ExportStats {
  records = 0;
  pages = 0;
  /** Records the server says match, once a page says so. */
  total: number | undefined;
  rateLimitWaits = 0;
  rateLimitWaitMs = 0;
  readonly #startedAt: number;

  constructor(private readonly now: () => number = Date.now) {
    this.#startedAt = now();
  }

  get elapsedMs(): number {
    return this.now() - this.#startedAt;
  }

  /** Records a second, over the whole run so far. */
  get rate(): number {
    const seconds = this.elapsedMs / 1000;
    return seconds > 0 ? this.records / seconds : 0;
  }

  /** Seconds left at the current rate; undefined while the total or the rate is unknown. */
  get etaSeconds(): number | undefined {
    if (this.total === undefined || this.rate === 0) return undefined;
    return Math.max(0, (this.total - this.records) / this.rate);
  }
}

export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '?';
  if (seconds < 10) return `${seconds.toFixed(1).replace(/\.0$/, '')}s`;
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/** `1200/5000 records, 24 pages, 850/s, ETA 5s, 0 rate-limit waits` */
export function describeProgress(stats: ExportStats): string {
  const records = stats.total === undefined ? `${stats.records} records` : `${stats.records}/${stats.total} records`;
  const waits = `${stats.rateLimitWaits} rate-limit wait${stats.rateLimitWaits === 1 ? '' : 's'}${stats.rateLimitWaits > 0 ? ` (${formatDuration(stats.rateLimitWaitMs / 1000)})` : ''}`;
  return `${records}, ${stats.pages} page${stats.pages === 1 ? '' : 's'}, ${Math.round(stats.rate)}/s, ETA ${formatDuration(stats.etaSeconds)}, ${waits}`;
}
