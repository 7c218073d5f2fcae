/** Timing helpers for side-by-side benchmarks: alternate the contenders round by round, report medians. */

export interface Contender {
  readonly name: string;
  /** Runs one round of the workload. */
  run(): Promise<void>;
}

export interface RoundResult {
  readonly name: string;
  /** Median wall time of one round, in milliseconds. */
  readonly medianMs: number;
  readonly roundsMs: readonly number[];
}

/**
 * Runs each contender `rounds` times, alternating the order every round so neither side always
 * runs warm or cold, after one warm-up round each. Returns median round times.
 */
export async function sideBySide(contenders: readonly Contender[], rounds: number): Promise<RoundResult[]> {
  for (const contender of contenders) await contender.run();
  const times = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) {
      const started = process.hrtime.bigint();
      await contender.run();
      times.get(contender.name)?.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return contenders.map((contender) => {
    const roundsMs = times.get(contender.name) ?? [];
    return { name: contender.name, medianMs: median(roundsMs), roundsMs };
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[middle] ?? 0);
}

export function printTable(title: string, rows: readonly (readonly string[])[]): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  console.log(`\n${title}`);
  for (const row of rows) console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`);
}
