import { type SoakReport, failingCounters, requiredCounters, soakPassed } from './soak-report';

type Row = readonly [label: string, value: (report: SoakReport) => string, counter?: keyof SoakReport];

const rows: readonly Row[] = [
  ['operations', (report) => String(report.operations)],
  ['  failed (typed, judged)', (report) => String(report.failedOperations)],
  ['requests', (report) => String(report.requests)],
  ['faults injected', (report) => `${report.faultsInjected} (${percent(report.faultsInjected, report.requests)})`],
  ['retries', (report) => String(report.retries)],
  ['rate-limit waits', (report) => String(report.rateLimitWaits)],
  ['429s received: real limiter', (report) => String(report.rateLimited), 'rateLimited'],
  ['429s received: injected', (report) => String(report.injectedRateLimited)],
  ['walks verified', (report) => String(report.walksVerified), 'walksVerified'],
  ['records lost', (report) => String(report.recordsLost), 'recordsLost'],
  ['records duplicated', (report) => String(report.recordsDuplicated), 'recordsDuplicated'],
  ['writes duplicated', (report) => String(report.writesDuplicated), 'writesDuplicated'],
  ['untyped errors', (report) => String(report.untypedErrors), 'untypedErrors'],
  ['misflagged retryable', (report) => String(report.misflaggedErrors), 'misflaggedErrors'],
  ['failed writes applied', (report) => String(report.failedWritesApplied)],
  ['time', (report) => `${(report.durationMs / 1000).toFixed(1)} s`],
  ['result', (report) => (soakPassed(report) ? 'pass' : 'FAIL')],
];

/** The soak's results as a text table: one column per provider; counters that must be 0 are marked `*`, those that must not be `+`. */
export function formatSoakTable(reports: readonly SoakReport[]): string {
  const header = ['', ...reports.map((report) => report.provider)];
  const body = rows.map(([label, value, counter]) => [`${label}${markOf(counter)}`, ...reports.map(value)]);
  const table = [header, ...body];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...body.map(line), rule, '* must be 0, + must be above 0'].join('\n');
}

function markOf(counter: keyof SoakReport | undefined): string {
  if (counter === undefined) return '';
  if ((failingCounters as readonly string[]).includes(counter)) return ' *';
  return (requiredCounters as readonly string[]).includes(counter) ? ' +' : '';
}

/** Faults by kind, one line per provider. */
export function formatFaultKinds(reports: readonly SoakReport[]): string {
  return reports
    .map((report) => {
      const kinds = Object.entries(report.faultsByKind)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ');
      return `${report.provider} faults: ${kinds || 'none'}`;
    })
    .join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;
}
