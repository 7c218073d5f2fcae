import type { ExitCodeValue } from '../exit-codes';
import { terminalSafe } from '../output/terminal-text';

/** The result of one doctor check: what was found and, when it is not fine, what to do. */
export interface Finding {
  readonly check: string;
  readonly status: 'ok' | 'warn' | 'fail' | 'skip';
  readonly detail: string;
  readonly fix?: string | undefined;
  /** The exit status a failure maps to. */
  readonly exitCode?: ExitCodeValue | undefined;
}

const MARKS: Readonly<Record<Finding['status'], string>> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL', skip: 'skip' };

export function formatFinding(finding: Finding): string {
  const lines = [`${MARKS[finding.status]}  ${finding.check.padEnd(12)} ${finding.detail}`];
  if (finding.fix) lines.push(`${' '.repeat(19)}fix: ${finding.fix}`);
  // Details quote server answers and error messages: show their control characters, never obey them.
  return `${terminalSafe(lines.join('\n'))}\n`;
}
