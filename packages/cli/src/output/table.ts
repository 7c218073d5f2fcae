import Table from 'cli-table3';
import { type Column, cellText } from './resources';
import { terminalSafe } from './terminal-text';

const cut = (text: string, maxWidth: number | undefined): string =>
  maxWidth !== undefined && text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;

/** A cell on one line, cut to `maxWidth`, with any control character shown rather than obeyed. */
const cell = (value: unknown, maxWidth: number | undefined): string => terminalSafe(cut(cellText(value), maxWidth).replace(/\s+/g, ' '));

const plainStyle = () => ({ head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 0 });

/** Records as a borderless table with a header row, one line each. */
export function formatTable(records: readonly unknown[], columns: readonly Column[]): string {
  const table = new Table({
    head: columns.map((column) => column.header),
    style: plainStyle(),
    chars: borderless,
  });
  for (const record of records) {
    table.push(columns.map((column) => cell(column.value(record as Readonly<Record<string, unknown>>), column.maxWidth)));
  }
  return trimLineEnds(table.toString());
}

/** One record as `field  value` lines, every neutral field but `raw`. */
export function formatRecord(record: Readonly<Record<string, unknown>>): string {
  const table = new Table({ style: plainStyle(), chars: borderless });
  for (const [key, value] of Object.entries(record)) {
    if (key === 'raw') continue;
    table.push([terminalSafe(key), cell(value, 100)]);
  }
  return trimLineEnds(table.toString());
}

const borderless = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

const trimLineEnds = (text: string): string => `${text.split('\n').map((line) => line.trimEnd()).join('\n')}\n`;
