import { describe, expect, it } from 'vitest';
import { tableColumns } from './resources';
import { formatRecord, formatTable } from './table';
import { CONTROL_REPLACEMENT, terminalSafe } from './terminal-text';

/** A ticket title as an attacker could send it by email: an OSC title change, BEL, a colour, a C1 CSI, DEL, CR. */
const hostileTitle = '\u001b]0;pwned\u0007\u001b[31mRED\u009b2J\u007f\rover';
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const anyControlButNewline = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('terminalSafe', () => {
  it('shows C0 controls, DEL and C1 controls as a replacement character, one for one', () => {
    expect(terminalSafe(hostileTitle)).toBe('�]0;pwned��[31mRED�2J��over');
    expect(terminalSafe('\u0000\u0008\u000b\u001f\u0080\u009f')).toBe(CONTROL_REPLACEMENT.repeat(6));
  });

  it('keeps tab, newline and printable text, accents and emoji included', () => {
    expect(terminalSafe('a\tb\nc é ü — 🚀 ÿ')).toBe('a\tb\nc é ü — 🚀 ÿ');
  });
});

describe('human-readable output of PSA text', () => {
  const ticket = { id: '7', status: 'open', priority: 'high', customerName: 'Evil\u001b[2J Corp', title: hostileTitle, updatedAt: '2026-11-25T00:00:00Z', raw: {} };

  it('keeps escape sequences out of a table, lines and widths intact', () => {
    const table = formatTable([ticket], tableColumns.tickets);
    expect(table).not.toMatch(anyControlButNewline);
    expect(table).toContain('Evil�[2J Corp');
    expect(table).toContain('�]0;pwned��[31mRED�2J� over');
    expect(table.trimEnd().split('\n')).toHaveLength(2);
  });

  it('keeps escape sequences out of a record, nested values included', () => {
    const text = formatRecord({ ...ticket, contact: { name: 'Ann\u009b31m' } });
    expect(text).not.toMatch(anyControlButNewline);
    expect(text).toMatch(/^title\s+�\]0;pwned/m);
    expect(text).toContain('{"name":"Ann�31m"}');
  });
});
